import type { AnonymisedDocument, Redaction } from './anonymised-document';
import { PLACEHOLDERS, type RedactionType } from './redaction-type';

/** The placeholder for a name typed by hand: the same person's if this exact name was already redacted, else the next number. */
function namePlaceholder(doc: AnonymisedDocument, original: string): string {
  const wanted = original.trim().toLowerCase();
  let highest = 0;
  for (const r of doc.redactions) {
    if (r.type !== 'name') continue;
    const placeholder = doc.text.slice(r.start, r.end);
    if (r.original.trim().toLowerCase() === wanted) return placeholder;
    const n = /^\[NAME (\d+)\]$/.exec(placeholder)?.[1];
    if (n) highest = Math.max(highest, Number(n));
  }
  return `[NAME ${highest + 1}]`;
}

/**
 * Redacts a stretch of the anonymised text by hand (`start`/`end` are offsets into `doc.text`).
 * The selection is trimmed of spaces and widened to swallow any redaction it cuts into, whose
 * original text is restored into `original`. Pure: returns a new document. Throws a RangeError
 * for an empty or out-of-range selection.
 */
export function redactSpan(doc: AnonymisedDocument, start: number, end: number, type: RedactionType): AnonymisedDocument {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= doc.text.length && start < end)) {
    throw new RangeError(`Cannot redact ${start}–${end} of a ${doc.text.length}-character text.`);
  }
  while (start < end && /\s/.test(doc.text[start] ?? '')) start++;
  while (end > start && /\s/.test(doc.text[end - 1] ?? '')) end--;
  if (start === end) throw new RangeError('Cannot redact only spaces.');

  const covered = doc.redactions.filter((r) => r.start < end && start < r.end);
  for (const r of covered) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  // The original text of the selection: placeholders inside it are swapped back for what they hid.
  let original = '';
  let cursor = start;
  for (const r of covered) {
    original += doc.text.slice(cursor, r.start) + r.original;
    cursor = r.end;
  }
  original += doc.text.slice(cursor, end);

  const placeholder = type === 'name' ? namePlaceholder(doc, original) : PLACEHOLDERS[type];
  const delta = placeholder.length - (end - start);
  const added: Redaction = { type, start, end: start + placeholder.length, original };
  const redactions = [
    ...doc.redactions.filter((r) => r.end <= start),
    added,
    ...doc.redactions.filter((r) => r.start >= end).map((r) => ({ ...r, start: r.start + delta, end: r.end + delta })),
  ];
  return { text: doc.text.slice(0, start) + placeholder + doc.text.slice(end), redactions };
}
