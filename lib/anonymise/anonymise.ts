import { type AnonymiseOptions, type AnonymiseOptionsInput, anonymiseOptionsSchema } from './anonymise-options';
import type { AnonymisedDocument } from './anonymised-document';
import { applySpans } from './apply-spans';
import { assignNamePlaceholders } from './assign-name-placeholders';
import { documentLayout } from './document-layout';
import { type NormalisedText, normaliseText } from '../text/normalise';
import { agesAfterNames } from './find-ages';
import { findCandidateName } from './find-candidate-name';
import { withOcrLetters } from './ocr-letters';
import { withWriterCapitals } from './writer-capitals';
import { RECOGNISERS } from './recognisers';
import { asWriter } from './third-person';
import { widenDetails } from './detail-edges';
import { REDACTION_KINDS, type RedactionType } from './redaction-type';
import { resolveSpans } from './resolve-spans';
import { sameNumbersAgain } from './same-number-again';
import { scanWords } from './scan-words';
import { unwrapProse } from './unwrap-prose';

/**
 * Anonymises one CV or supporting statement. Every recogniser runs over the text once; overlaps
 * are settled by priority (`REDACTION_KINDS`); names get `[CANDIDATE]` / `[NAME n]`; pronouns become
 * "they" forms. Pure and synchronous: no DOM, no I/O.
 */
export function anonymise(text: string, options: AnonymiseOptionsInput = {}): AnonymisedDocument {
  return anonymiseDetailed(text, anonymiseOptionsSchema.parse(options)).document;
}

/** `anonymise` with options already parsed, also returning the candidate's name as found (for the batch key). */
export function anonymiseDetailed(text: string, options: AnonymiseOptions): { document: AnonymisedDocument; candidateName: string | null } {
  const switchedOn = (type: RedactionType) => {
    const option = REDACTION_KINDS[type].optional;
    return option === null || options[option] === 'redact';
  };
  // Recognisers read the text with invisible characters removed and look-alike letters folded
  // ("jane\u200b@nhs.net", a Cyrillic "о" in a postcode); each span is then mapped back to the
  // original, covering the invisible characters inside it.
  const normalised = normaliseText(text);
  // A scan's "0LUWASEUN" is read as the name it is (ocr-letters.ts); the same length, so no offset moves.
  // The writer's "i" and "im" typed in lower case read as "I" and "Im" (writer-capitals.ts); the same length too.
  const read = held16(withWriterCapitals(withOcrLetters(withNoteMarks(text, normalised))));
  const layout = documentLayout(read);
  const words = scanWords(read);
  const candidate = findCandidateName(layout, words);
  const unwrapped = unwrapProse(read);
  const prose = unwrapped === read ? read : held16(unwrapped);
  const writerText = asWriter(prose);
  const context = { text: read, layout, words, candidate, prose, writerText: writerText === null ? null : held16(writerText) };
  let spans = RECOGNISERS.filter((r) => r.types.some(switchedOn))
    .flatMap((r) => r.find(context))
    .filter((span) => switchedOn(span.type));
  const ages = switchedOn('age') ? agesAfterNames(read, spans) : [];
  spans = widenDetails(normalised.text, [...spans, ...sameNumbersAgain(read, spans), ...ages]);
  if (!normalised.identity) {
    spans = spans.map((span) => {
      const [start, end] = normalised.toOriginalSpan(span.start, span.end);
      return { ...span, start, end };
    });
  }
  return { document: applySpans(text, assignNamePlaceholders(resolveSpans(text, spans))), candidateName: candidate?.text ?? null };
}

/** A footnote's mark in superscript, which NFKC reads as a plain figure. */
const NOTE_MARK = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

/**
 * The normalised text with each superscript figure kept as it was written: NFKC joins a footnote's mark to the figures before
 * it ("Born 12 Farvardin 1366⁵" would read as the year 13665), and the mark is how a footnote is found again.
 */
function withNoteMarks(original: string, normalised: NormalisedText): string {
  if (normalised.identity || !NOTE_MARK.test(original)) return normalised.text;
  const chars = normalised.text.split('');
  for (let i = 0; i < chars.length; i++) {
    if (chars[i]! < '0' || chars[i]! > '9') continue;
    const [start, end] = normalised.toOriginalSpan(i, i + 1);
    if (end === start + 1 && NOTE_MARK.test(original[start]!)) chars[i] = original[start]!;
  }
  return chars.join('');
}

/**
 * The same characters, held by V8 as 16-bit text. V8 compiles each pattern once for text of Latin-1
 * characters and once for wider text, each when first needed, and once a process has generated about
 * 1 MB of pattern code it compiles the rest without their optimisations. CVs are mostly wider text
 * (curly quotes, dashes): so in a popup worker after a batch, a plain-ASCII text had every pattern
 * compiled late and slow (1 MB of blanks: 4.3 s of CPU after 100 CVs, 0.4 s in a fresh process).
 * Read as 16-bit, every text runs the code compiled for the first CVs. A character joined and sliced
 * off leaves a slice of 16-bit storage in V8; other engines copy the characters.
 */
function held16(text: string): string {
  return `\u0100${text}`.slice(1);
}
