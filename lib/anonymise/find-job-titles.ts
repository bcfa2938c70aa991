import { alternation, phraseList } from './alternation';
import jobTitleData from './data/job-titles.json';
import { type DocumentLayout, sectionAt } from './document-layout';
import { makeSpan } from './make-span';
import { matchPhrases } from './match-all';
import type { Span } from './span';

const TITLES = phraseList(jobTitleData.titles, '(?<![\\p{L}])', '(?![\\p{L}])', 'giu');
const TITLE_SET = new Set(jobTitleData.titles.map((title) => title.toLowerCase()));
/** Whether a phrase is a job title the list knows, whatever its case: "Ward Sister", "practice nurse". */
export const isJobTitle = (phrase: string): boolean => TITLE_SET.has(phrase.toLowerCase().replace(/\s+/g, ' '));
/** One grade word ending just before a title: "Senior " in "Senior Staff Nurse", read back in code one at a time. */
const GRADE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(jobTitleData.grades)})\\s+$`, 'iu');
/** At most this many grades before a title ("Acting Senior Advanced Clinical Practitioner"). */
const MAX_GRADES = 4;
const CURRENT_LINE = /\b(?:present|current(?:ly)?|to date|now|ongoing)\b|[–-]\s*$/i;
const LABEL = /^\s*(?:current\s+(?:role|position|post|job(?:\s+title)?)|job\s+title|position|role)\s*:/i;
/** "currently working as a", "I am currently a": the title follows, with or without its grades. */
const CURRENTLY_AS = /\b(?:currently|presently|now)\s+(?:work(?:ing)?|employed|practising|practicing|based)\s+(?:as\s+)?(?:an?\s+)?$/i;
const I_AM_CURRENTLY = /\bI\s+am\s+(?:currently\s+|presently\s+)?an?\s+$/i;

/** The start of the grades before a title at `start` ("Senior Staff Nurse" from "Staff Nurse"). */
function withGrades(text: string, start: number): number {
  let s = start;
  for (let n = 0; n < MAX_GRADES; n++) {
    const grade = GRADE_BEFORE.exec(text.slice(Math.max(0, s - 40), s));
    if (!grade) break;
    s -= grade[0].length;
  }
  return s;
}

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
    for (const m of matchPhrases(line.text, TITLES)) spans.push(makeSpan('job-title', line.start + withGrades(line.text, m.index), line.start + m.index + m[0].length));
  }
  // Every title in the text, kept when "I am currently a" or "currently working as" leads up to its grades.
  for (const m of matchPhrases(text, TITLES)) {
    const start = withGrades(text, m.index);
    const before = text.slice(Math.max(0, start - 60), start);
    if (CURRENTLY_AS.test(before) || I_AM_CURRENTLY.test(before)) spans.push(makeSpan('job-title', start, m.index + m[0].length));
  }
  return spans;
}
