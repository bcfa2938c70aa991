import { firstIndex } from './first-index';
import { trimChars } from './trim-chars';

/** One line of the document, without its line break. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** A headed section: from its heading line to the next heading (or the end). */
export interface Section {
  kind: SectionKind;
  heading: string;
  start: number;
  /** First character after the heading line. */
  bodyStart: number;
  end: number;
}

export type SectionKind = 'education' | 'references' | 'employment' | 'personal' | 'other';

export interface DocumentLayout {
  text: string;
  lines: Line[];
  sections: Section[];
  /** End of the header: the part before the first heading (name, contact details, address). */
  headerEnd: number;
}

const HEADING_NOUN =
  /(?:profile|summary|statement|objectives?|history|experience|employment|education|qualifications?|training|skills|competencies|achievements|interests|hobbies|languages|references?|referees?|details|information|registrations?|memberships?|publications|presentations|teaching|research|audits?|projects|courses|certificates|certifications|cpd|development|volunteering|work|overview|background|declaration|availability|career|positions?|roles?|vitae)$/i;
const SMALL_WORDS = new Set(['and', 'of', '&', 'in', 'the', 'for', '/']);

function isHeading(line: string): boolean {
  const t = trimChars(line, /[#*•\-\s]/, /[#*\s:]/);
  if (t.length < 3 || t.length > 60 || /[\d@|.,;]/.test(t) || t.includes(': ')) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  const last = words.at(-1) ?? '';
  const allCaps = t === t.toUpperCase();
  const titleCase = words.every((w, i) => SMALL_WORDS.has(w) || /^[A-Z]/.test(w) || (i > 0 && /^[a-z]/.test(w) && words.length <= 3));
  if (!allCaps && !titleCase) return false;
  // "Contact", "About me": a heading by its whole last word.
  return HEADING_NOUN.test(last.replace(/[()]/g, '')) || /^(?:contact|me)$/i.test(last);
}

const KIND_PATTERNS: [SectionKind, RegExp][] = [
  ['references', /\breferee|\breferences?\b/i],
  ['education', /\beducation|\bqualification|\bacademic/i],
  ['employment', /\bemployment|\bexperience|\bcareer|\bwork\b|\bpositions?\b|\broles?\b/i],
  ['personal', /\bpersonal details|\bcontact|\bpersonal information/i],
];

function kindOf(heading: string): SectionKind {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(heading)) return kind;
  return 'other';
}

/** The line that opens an e-mail's signature: two hyphens, maybe a blank after them. */
const SIGNATURE_DELIMITER = /^--[ \t]?$/;

/** Splits a document into lines and headed sections, once, for every recogniser to share. */
export function documentLayout(text: string): DocumentLayout {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (nl === -1) break;
    start = nl + 1;
  }

  const sections: Section[] = [];
  for (const line of lines) {
    // An e-mail's signature delimiter ("-- ") ends the section above it: the signature is no referee's or section's line. Not straight
    // under the heading, where two hyphens underline it ("Experience⏎--").
    const open = sections.at(-1);
    if (SIGNATURE_DELIMITER.test(line.text) && open?.end === text.length && line.start > open.bodyStart) open.end = line.start;
    if (!isHeading(line.text)) continue;
    // "Curriculum Vitae", "Supporting Statement" and NHS Jobs' "Supporting information" title the document; they start no section.
    if (/^\W*(?:curriculum vitae|supporting (?:statement|information)|personal statement)\W*$/i.test(line.text) && !sections.length && line.start < 200) continue;
    const previous = sections.at(-1);
    if (previous?.end === text.length) previous.end = line.start;
    sections.push({
      kind: kindOf(line.text),
      heading: line.text.trim(),
      start: line.start,
      bodyStart: Math.min(text.length, line.end + 1),
      end: text.length,
    });
  }

  const firstHeading = sections[0]?.start ?? text.length;
  const fifteenthLine = lines[Math.min(lines.length, 15) - 1]?.end ?? text.length;
  const headerEnd = Math.min(firstHeading, fifteenthLine);
  return { text, lines, sections, headerEnd };
}

/** The lines that start in [from, to): a binary search, so each section's lines cost only their own number. */
export function linesIn(layout: DocumentLayout, from: number, to: number): Line[] {
  const first = firstIndex(layout.lines, (line) => line.start, from);
  return layout.lines.slice(first, firstIndex(layout.lines, (line) => line.start, to));
}

/** The section containing `offset`, or null (sections are sorted and do not overlap). */
export function sectionAt(layout: DocumentLayout, offset: number): Section | null {
  const section = layout.sections[firstIndex(layout.sections, (s) => s.start, offset + 1) - 1];
  return section && offset < section.end ? section : null;
}
