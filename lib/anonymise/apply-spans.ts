import type { AnonymisedDocument, Redaction } from './anonymised-document';
import { PLACEHOLDERS } from './redaction-type';
import type { Span } from './span';

/** Writes the placeholders into the text and records where each one landed. `spans` must be sorted and disjoint. */
export function applySpans(text: string, spans: Span[]): AnonymisedDocument {
  let out = '';
  let cursor = 0;
  const redactions: Redaction[] = [];
  for (const span of spans) {
    out += text.slice(cursor, span.start);
    const placeholder = span.replacement ?? PLACEHOLDERS[span.type];
    redactions.push({ type: span.type, start: out.length, end: out.length + placeholder.length, original: text.slice(span.start, span.end) });
    out += placeholder;
    cursor = span.end;
  }
  out += text.slice(cursor);
  return { text: out, redactions };
}
