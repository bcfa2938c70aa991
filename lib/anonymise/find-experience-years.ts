import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';

const COUNT = '(?:\\d{1,2}\\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|thirty-five|forty)';

const PATTERNS: RegExp[] = [
  // "over 20 years' experience", "15+ years of experience", "twenty years in general practice"
  new RegExp(
    `\\b(?:(?:over|more than|almost|nearly|around|approximately|about|some|in excess of)\\s+)?${COUNT}\\s+years?['’]?(?=\\s+(?:of\\s+)?(?:\\w+\\s+){0,3}(?:experience|in\\b|as\\b|working|practice|nursing|service|of\\s+(?:clinical|nursing|working|practice|service|NHS)))`,
    'gi',
  ),
  // "two decades", "three decades of nursing"
  /\b(?:over\s+|more than\s+|almost\s+|nearly\s+)?(?:two|three|four|several|many)\s+decades\b/gi,
];

/** Length of experience, which suggests age. Only when the panel asks (`experienceYears`). */
export function findExperienceYears(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of PATTERNS) {
    for (const m of matchAll(text, pattern)) spans.push(makeSpan('experience-years', m.index, m.index + m[0].length));
  }
  return spans;
}
