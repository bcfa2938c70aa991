import type { Section } from '../sections';
import type { HandlerName } from './names';

/** More essential criteria than this deters people who read "essential" literally (WIN toolkit, NHS Providers). */
export const MAX_ESSENTIAL_CRITERIA = 8;

const PREFERENCE = /\b(desirable|preferred|preferabl[ey]|ideally|advantageous|an advantage|nice to have|would be (?:good|helpful|beneficial)|if possible)\b/i;

const STATEMENTS = {
  'no-reasonable-adjustments-statement':
    /\b(reasonable adjustments?|adjustments? (?:to|for|during|in) (?:the|our|your) (?:recruitment|application|interview|selection)|access (?:needs|requirements)|alternative formats?|access to work)\b/i,
  'no-flexible-working-statement':
    /\b(flexible working|flexible (?:hours|pattern|patterns|arrangements|start)|part[- ]time|job[- ]shar(?:e|ing)|compressed hours|flexibility (?:in|around|with) (?:hours|working|your))\b/i,
  'no-equality-statement':
    /\b(equal opportunit(?:y|ies)|equality,? diversity|diversity and inclusion|inclusive employer|equality act|welcome applications from|committed to (?:equality|diversity|inclusion)|disability confident)\b/i,
  'no-salary':
    /(£\s?\d|\b\d[\d,.]*\s?(?:k|per annum|pa|per hour|an hour|a year)\b|\bband [2-9][a-d]?\b|\bsalary (?:range|scale|of|is|:)\s*(?:£|\d|band|agenda)|\bagenda for change\b|\bafc band\b)/i,
} as const satisfies Partial<Record<HandlerName, RegExp>>;

export interface StructureResult {
  handler: HandlerName;
  vars: Record<string, string>;
}

/**
 * Document-level checks for adverts: the person specification's shape and the statements an
 * inclusive advert carries. Missing statements are only reported for texts of `minWords` or more,
 * since a paragraph or a selected sentence is not a whole advert.
 */
export function checkStructure(text: string, words: number, sections: Section[], minWords: number): StructureResult[] {
  const results: StructureResult[] = [];
  const essential = sections.filter((s) => s.role === 'essential');
  if (essential.length > MAX_ESSENTIAL_CRITERIA) {
    results.push({
      handler: 'too-many-essential-criteria',
      vars: { count: String(essential.length), max: String(MAX_ESSENTIAL_CRITERIA) },
    });
  }
  const preferences = essential.map((s) => text.slice(s.start, s.end)).filter((c) => PREFERENCE.test(c));
  if (preferences.length > 0) {
    const quoted = preferences.slice(0, 3).map((c) => `“${c.length > 60 ? `${c.slice(0, 57)}…` : c}”`);
    results.push({
      handler: 'essential-reads-as-preference',
      vars: {
        count: String(preferences.length),
        reads: preferences.length === 1 ? 'criterion reads as a preference' : 'criteria read as preferences',
        examples: quoted.join(', '),
      },
    });
  }
  if (words >= minWords) {
    for (const [handler, pattern] of Object.entries(STATEMENTS) as [HandlerName, RegExp][]) {
      if (!pattern.test(text)) results.push({ handler, vars: {} });
    }
  }
  return results;
}
