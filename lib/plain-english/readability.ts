import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import type { Readability, ReadabilitySection } from '../engine/finding';
import type { Section } from '../engine/sections';
import type { Token } from '../engine/tokenize';
import { LONG_SENTENCE } from './checks';
import type { Sentence } from './layout';

/** NHS content guidance: "we aim for a reading age of 9 to 11" (NHS digital service manual, how we write). */
export const NHS_READING_AGE = { from: 9, to: 11 } as const;
/** Where NHS guidance allows for harder medical content ("an 11 to 14-year-old"). */
const HARDER_LIMIT = 14;
/** Fewer words than this give no stable estimate. */
export const MIN_WORDS_FOR_READING_AGE = 30;
/** US school grade to UK reading age: grade 1 is the year children turn 6 or 7 (grade + 5). */
const GRADE_TO_AGE = 5;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Letters and digits, as the Automated Readability Index and Coleman-Liau count them (not apostrophes). */
function lettersIn(text: string, t: Token): number {
  let n = 0;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 0x2019 && (c < 0xdc00 || c > 0xdfff)) n++;
  }
  return n;
}

function summarise(age: number): Pick<Readability, 'band' | 'summary'> {
  const guidance = `NHS guidance is a reading age of ${NHS_READING_AGE.from} to ${NHS_READING_AGE.to}`;
  if (age <= NHS_READING_AGE.to) return { band: 'within', summary: `Reading age about ${age}: within NHS guidance (${NHS_READING_AGE.from} to ${NHS_READING_AGE.to}).` };
  if (age <= HARDER_LIMIT) return { band: 'above', summary: `Reading age about ${age}: a little harder than NHS guidance suggests (${guidance}).` };
  return { band: 'well-above', summary: `Reading age about ${age}: harder than NHS guidance suggests (${guidance}).` };
}

/** Titles NHS Jobs gives its sections, for the longest-sections list. */
const SECTION_TITLES: Record<Section['role'], string | null> = {
  title: null,
  summary: 'Job summary',
  duties: 'Main duties of the job',
  about: 'About us',
  description: 'Job description',
  details: 'Details',
  essential: 'Person specification',
  desirable: 'Person specification',
  other: 'Other information',
};

function wordsIn(sentences: Sentence[], start: number, end: number): number {
  let words = 0;
  for (const s of sentences) if (s.start >= start && s.start < end && !s.heading) words += s.words;
  return words;
}

/** The person specification's criteria: the engine finds them in plain text too, so they do not make a page. */
const CRITERIA = new Set<Section['role']>(['essential', 'desirable']);

/** Sections by the page's own headings when it gives them, otherwise by the headings in the text. */
function sectionsOf(text: string, sentences: Sentence[], given: readonly Section[]): ReadabilitySection[] {
  const found: ReadabilitySection[] = [];
  if (given.some((s) => !CRITERIA.has(s.role))) {
    const byTitle = new Map<string, ReadabilitySection>();
    for (const s of given) {
      const title = SECTION_TITLES[s.role];
      if (!title) continue;
      const block = byTitle.get(title) ?? { title, start: s.start, end: s.end, words: 0 };
      block.start = Math.min(block.start, s.start);
      block.end = Math.max(block.end, s.end);
      block.words += wordsIn(sentences, s.start, s.end);
      byTitle.set(title, block);
    }
    found.push(...byTitle.values());
  } else {
    let current: ReadabilitySection | null = null;
    for (const s of sentences) {
      if (s.heading || !current) {
        const title = s.heading ? text.slice(s.start, s.end).replace(/:$/, '') : `${text.slice(s.start, s.end).split(/\s+/).slice(0, 6).join(' ')}…`;
        current = { title, start: s.start, end: s.end, words: 0 };
        found.push(current);
        if (s.heading) continue;
      }
      current.end = s.end;
      current.words += s.words;
    }
  }
  const sections = found.filter((s) => s.words > 0);
  if (sections.length < 2) return [];
  return sections.sort((a, b) => b.words - a.words || a.start - b.start).slice(0, 3);
}

/**
 * How hard the text is to read: a reading age from two published formulas (the mean of their
 * grade levels, as UK years), with the longest sentences and sections and how duties are written.
 * The formulas are the `words` family's packages. Both count letters, not syllables: a syllable
 * counter costs more of the content script's size budget than the rest of plain English together,
 * and is slow on a first read.
 */
export function readabilityOf(text: string, tokens: Token[], sentences: Sentence[], sections: readonly Section[] = []): Readability | null {
  let words = 0;
  let prose = 0;
  let characters = 0;
  let longSentences = 0;
  let duties = 0;
  let youWill = 0;
  for (const s of sentences) {
    if (s.heading) continue;
    prose++;
    words += s.words;
    if (s.words > LONG_SENTENCE) longSentences++;
    if (s.duty) {
      duties++;
      if (s.toYou) youWill++;
    }
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!;
      characters += lettersIn(text, t);
    }
  }
  if (words < MIN_WORDS_FOR_READING_AGE || prose === 0) return null;
  const counts = { sentence: prose, word: words, character: characters, letter: characters };
  const ari = automatedReadability(counts);
  const cli = colemanLiau(counts);
  const age = Math.min(21, Math.max(5, Math.round((ari + cli) / 2 + GRADE_TO_AGE)));
  return {
    readingAge: age,
    ...summarise(age),
    grades: { automatedReadability: round1(ari), colemanLiau: round1(cli) },
    words,
    sentences: prose,
    longSentences,
    longestSections: sectionsOf(text, sentences, sections),
    duties: duties > 0 ? { total: duties, youWill, summary: dutiesSummary(duties, youWill) } : null,
  };
}

/** "2 of 5 duties are written as “You will …”." */
function dutiesSummary(total: number, youWill: number): string {
  const all = youWill === total ? (total === 1 ? 'The duty is' : `All ${total} duties are`) : `${youWill} of ${total} ${total === 1 ? 'duty is' : 'duties are'}`;
  return `${all} written as “You will …”.`;
}
