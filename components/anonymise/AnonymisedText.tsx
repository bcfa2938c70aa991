import type { ReactNode, Ref } from 'react';
import type { AnonymisedDocument } from '@/lib/anonymise';
import { REDACTION_LABELS } from '@/lib/anonymise/redaction-type';

interface AnonymisedTextProps {
  doc: AnonymisedDocument;
  /** The accessible name of the text box, e.g. "Anonymised text of Candidate 07". */
  label: string;
  /** When given, each highlighted placeholder is a button that picks its redaction (by index). */
  onPick?: (index: number) => void;
  picked?: number | null;
  textRef?: Ref<HTMLElement>;
}

/**
 * How many redactions are drawn as highlights. A huge or hostile file can hold hundreds of thousands,
 * and an element each would freeze the popup; past this the text is still anonymised, only plain.
 */
export const MAX_HIGHLIGHTS = 2000;

/**
 * An anonymised document as React text nodes, with a `<mark>` for every redaction up to
 * MAX_HIGHLIGHTS (CV text is never written as HTML). The rendered text is exactly `doc.text`, with
 * nothing added, so a selection inside it maps straight back to offsets (`selection-offsets.ts`).
 */
export function AnonymisedText({ doc, label, onPick, picked = null, textRef }: AnonymisedTextProps) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  doc.redactions.slice(0, MAX_HIGHLIGHTS).forEach((r, index) => {
    if (r.start > cursor) parts.push(doc.text.slice(cursor, r.start));
    const placeholder = doc.text.slice(r.start, r.end);
    const what = REDACTION_LABELS[r.type];
    parts.push(
      <mark key={`${r.start}-${r.type}`} className={`an-mark an-mark-${r.type === 'pronoun' ? 'word' : 'placeholder'}`} data-type={r.type} title={what}>
        {onPick ? (
          <button type="button" aria-label={`${placeholder}: removed ${what.toLowerCase()}`} aria-pressed={picked === index} onClick={() => onPick(index)}>
            {placeholder}
          </button>
        ) : (
          placeholder
        )}
      </mark>,
    );
    cursor = r.end;
  });
  if (cursor < doc.text.length) parts.push(doc.text.slice(cursor));
  const unmarked = doc.redactions.length - MAX_HIGHLIGHTS;
  return (
    <>
      {unmarked > 0 && (
        <p className="an-note" role="note">
          {`This document has ${doc.redactions.length.toLocaleString('en-GB')} removals. The first ${MAX_HIGHLIGHTS.toLocaleString('en-GB')} are highlighted; the rest of the text is anonymised in the same way but not highlighted, so that the page stays quick to use.`}
        </p>
      )}
      <section className="an-text" ref={textRef} aria-label={label} tabIndex={onPick ? -1 : undefined} data-testid="anonymised-text">
        {parts}
      </section>
    </>
  );
}
