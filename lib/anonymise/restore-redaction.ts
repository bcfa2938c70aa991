import type { AnonymisedDocument } from './anonymised-document';

/**
 * Undoes one redaction: puts its original text back and shifts the offsets of the redactions
 * after it. Pure: returns a new document. Throws a RangeError for an index that does not exist.
 */
export function restoreRedaction(doc: AnonymisedDocument, index: number): AnonymisedDocument {
  const target = doc.redactions[index];
  if (!target) throw new RangeError(`No redaction ${index}: the document has ${doc.redactions.length}.`);
  const delta = target.original.length - (target.end - target.start);
  return {
    text: doc.text.slice(0, target.start) + target.original + doc.text.slice(target.end),
    redactions: doc.redactions
      .filter((_, i) => i !== index)
      .map((r) => (r.start >= target.end ? { ...r, start: r.start + delta, end: r.end + delta } : r)),
  };
}
