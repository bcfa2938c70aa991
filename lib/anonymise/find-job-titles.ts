import { alternation } from './alternation';
import jobTitleData from './data/job-titles.json';
import { type DocumentLayout, sectionAt } from './document-layout';
import { makeSpan } from './make-span';
import type { Span } from './span';

const TITLE = `(?:(?:${alternation(jobTitleData.grades)})\\s+)*(?:${alternation(jobTitleData.titles)})`;
const TITLE_RE = new RegExp(`(?<![\\p{L}])${TITLE}(?![\\p{L}])`, 'giu');
const CURRENT_LINE = /\b(?:present|current(?:ly)?|to date|now|ongoing)\b|[–-]\s*$/i;
const LABEL = /^\s*(?:current\s+(?:role|position|post|job(?:\s+title)?)|job\s+title|position|role)\s*:/i;
const CURRENTLY_AS = new RegExp(`\\b(?:currently|presently|now)\\s+(?:work(?:ing)?|employed|practising|practicing|based)\\s+(?:as\\s+)?(?:an?\\s+)?(${TITLE})`, 'giu');
const I_AM_CURRENTLY = new RegExp(`\\bI\\s+am\\s+(?:currently\\s+|presently\\s+)?(?:an?\\s+)(${TITLE})\\b`, 'giu');

/**
 * The candidate's current job title (option `jobTitle`): in the header under the name, after
 * "Current role:", in the employment entry marked "present", and in "I am currently a …".
 * Other mentions of job titles (the post applied for, past roles) stay.
 */
export function findJobTitles(layout: DocumentLayout): Span[] {
  const { text, lines } = layout;
  const spans: Span[] = [];
  const chosen = new Set<number>();
  lines.forEach((line, i) => {
    if ((line.end <= layout.headerEnd && line.text.length <= 80) || LABEL.test(line.text)) chosen.add(i);
    const section = sectionAt(layout, line.start);
    const inEmployment = section?.kind === 'employment' && line.start >= section.bodyStart;
    if (!inEmployment || !CURRENT_LINE.test(line.text)) return;
    // The entry marked "present": its own line and the short lines either side (title, employer).
    chosen.add(i);
    // A neighbour with its own dates is another entry.
    for (const j of [i - 1, i + 1]) {
      const near = lines[j]?.text ?? '';
      if (near.trim() && near.length <= 100 && !/\b(?:19|20)\d{2}\b/.test(near)) chosen.add(j);
    }
  });
  for (const i of chosen) {
    const line = lines[i]!;
    for (const m of line.text.matchAll(TITLE_RE)) spans.push(makeSpan('job-title', line.start + m.index, line.start + m.index + m[0].length));
  }
  for (const pattern of [CURRENTLY_AS, I_AM_CURRENTLY]) {
    for (const m of text.matchAll(pattern)) {
      const value = m[1] ?? '';
      const start = m.index + m[0].length - value.length;
      spans.push(makeSpan('job-title', start, start + value.length));
    }
  }
  return spans;
}
