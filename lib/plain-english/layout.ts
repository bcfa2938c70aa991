import type { Section } from '../engine/sections';
import type { Token } from '../engine/tokenize';

/** One sentence as a reader sees it. A new line also ends a sentence, so list items are sentences. */
export interface Sentence {
  /** Tokens [first, last) of the tokenized text. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Words as a reader counts them: "able-bodied", "£24,071" and "e.g." are one word each. */
  words: number;
  /** A heading line ("Main duties", "About us:"), not prose. */
  heading: boolean;
  /** A duty of the job: prose or a list item under a duties heading or in a duties section. */
  duty: boolean;
  /** A duty written to the reader: "You will …", or under a heading such as "You will:". */
  toYou: boolean;
}

/** Headings that start the duties of a job ("Main duties of the job", "What you'll do", "You will:"). */
const DUTY_HEADING = /\b(?:duties|responsibilities|what you will be doing|key tasks|main tasks|you(?:'|’| wi)ll)\b/i;
/** A heading that speaks to the reader, so every duty under it does too ("In this role you will:"). */
const TO_YOU = /\byou(?:'|’| wi)ll\b/i;
/** The longest line, in words, that can be a heading. */
const HEADING_WORDS = 8;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/**
 * A short line that labels what follows: no list marker, and either ending in a colon or, with no
 * sentence punctuation at its end, opening a paragraph (a short line straight under a heading is a
 * list item written without bullets).
 */
function isHeading(line: string, words: number, opensParagraph: boolean): boolean {
  const t = line.trim();
  if (t === '' || words > HEADING_WORDS || /^[-*•·–]/.test(t)) return false;
  const last = t.charAt(t.length - 1);
  return last === ':' || (opensParagraph && !'.!?,;'.includes(last));
}

/** Whether a gap between two tokens starts a new word (a space) rather than joining them ("-", ",", "."). */
function isWordBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/** "You will …", "You’ll …", "As a nurse here you would …" in the first words. */
function startsWithYouWill(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k < Math.min(s.last, s.first + 6); k++) {
    const norm = tokens[k]!.norm;
    if (norm === "you'll" || norm === "you'd") return true;
    if (norm === 'you' && (tokens[k + 1]?.norm === 'will' || tokens[k + 1]?.norm === 'would')) return true;
  }
  return false;
}

/** Roles of NHS Jobs sections that hold the job's duties. */
const DUTY_ROLES = new Set<Section['role']>(['duties', 'description']);

/**
 * Sentences with their word counts, headings and duties, from the engine's tokens. Duties are the
 * sentences under a duties heading (until the next heading) or, when the page gives its sections,
 * in the duties and job description sections; person-specification criteria are never duties.
 */
export function layoutOf(text: string, tokens: readonly Token[], sections: readonly Section[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  for (let k = 0; k < tokens.length; ) {
    const s = tokens[k]!.sentence;
    let last = k + 1;
    let words = 1;
    while (last < tokens.length && tokens[last]!.sentence === s) {
      if (isWordBreak(text, tokens[last - 1]!.end, tokens[last]!.start)) words++;
      last++;
    }
    sentences.push({ first: k, last, start: tokens[k]!.start, end: tokens[last - 1]!.end, words, heading: false, duty: false, toYou: false });
    k = last;
  }

  const criteria = sections.filter((s) => s.role === 'essential' || s.role === 'desirable');
  const dutySections = sections.filter((s) => DUTY_ROLES.has(s.role));
  const inside = (list: readonly Section[], at: number) => list.some((s) => at >= s.start && at < s.end);
  let n = 0;
  let inDuties = false;
  let headingToYou = false;
  /** Under a heading that introduces a list ("You will:"), the duties end with the list. */
  let listHeading = false;
  let listed = false;
  let opensParagraph = true;
  for (const line of linesOf(text)) {
    const first = n;
    while (n < sentences.length && sentences[n]!.start < line.end) n++;
    let words = 0;
    for (let i = first; i < n; i++) words += sentences[i]!.words;
    const heading = isHeading(line.text, words, opensParagraph);
    opensParagraph = line.text.trim() === '';
    if (heading) {
      inDuties = DUTY_HEADING.test(line.text);
      headingToYou = TO_YOU.test(line.text);
      listHeading = line.text.trimEnd().endsWith(':');
      listed = false;
      for (let i = first; i < n; i++) sentences[i]!.heading = true;
      continue;
    }
    if (opensParagraph && listHeading && listed) inDuties = false;
    if (first < n) listed = true;
    for (let i = first; i < n; i++) {
      const sentence = sentences[i]!;
      const dutyPlace = inDuties || inside(dutySections, sentence.start);
      sentence.duty = dutyPlace && sentence.words >= 3 && !inside(criteria, sentence.start);
      sentence.toYou = sentence.duty && ((inDuties && headingToYou) || startsWithYouWill(tokens, sentence));
    }
  }
  return sentences;
}
