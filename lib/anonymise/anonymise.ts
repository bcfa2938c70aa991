import { type AnonymiseOptions, type AnonymiseOptionsInput, anonymiseOptionsSchema } from './anonymise-options';
import type { AnonymisedDocument } from './anonymised-document';
import { applySpans } from './apply-spans';
import { assignNamePlaceholders } from './assign-name-placeholders';
import { documentLayout } from './document-layout';
import { normaliseText } from '../text/normalise';
import { findCandidateName } from './find-candidate-name';
import { RECOGNISERS } from './recognisers';
import { asWriter } from './third-person';
import { widenDetails } from './detail-edges';
import { REDACTION_KINDS, type RedactionType } from './redaction-type';
import { resolveSpans } from './resolve-spans';
import { scanWords } from './scan-words';

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
  const layout = documentLayout(normalised.text);
  const words = scanWords(normalised.text);
  const candidate = findCandidateName(layout, words);
  const context = { text: normalised.text, layout, words, candidate, writerText: asWriter(normalised.text) };
  let spans = RECOGNISERS.filter((r) => r.types.some(switchedOn))
    .flatMap((r) => r.find(context))
    .filter((span) => switchedOn(span.type));
  spans = widenDetails(normalised.text, spans);
  if (!normalised.identity) {
    spans = spans.map((span) => {
      const [start, end] = normalised.toOriginalSpan(span.start, span.end);
      return { ...span, start, end };
    });
  }
  return { document: applySpans(text, assignNamePlaceholders(resolveSpans(text, spans))), candidateName: candidate?.text ?? null };
}
