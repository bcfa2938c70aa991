import { useId, useState } from 'react';
import { type AnonymisedDocument, type RedactionType, redactSpan } from '@/lib/anonymise';
import { REDACTION_LABELS } from '@/lib/anonymise/redaction-type';

interface FindAndRedactFormProps {
  doc: AnonymisedDocument;
  type: RedactionType;
  onRedact: (next: AnonymisedDocument, message: string) => void;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Redacts every mention of a word or phrase (whole words, any case), with `redactSpan` for each,
 * from the end so earlier offsets stay right. The keyboard way to redact by hand, and quicker than
 * selecting a missed name five times.
 */
export function FindAndRedactForm({ doc, type, onRedact }: FindAndRedactFormProps) {
  const id = useId();
  const [phrase, setPhrase] = useState('');
  const [note, setNote] = useState('');
  const submit = () => {
    const wanted = phrase.trim();
    if (!wanted) return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wanted)}(?![\\p{L}\\p{N}])`, 'giu');
    // Mentions inside a placeholder ("NAME" in "[NAME 1]") are not text to redact.
    const matches = [...doc.text.matchAll(pattern)].filter((m) => !doc.redactions.some((r) => r.start < m.index + m[0].length && m.index < r.end));
    if (matches.length === 0) {
      setNote(`“${wanted}” is not in the text (outside what is already removed).`);
      return;
    }
    let next = doc;
    for (const m of matches.reverse()) next = redactSpan(next, m.index, m.index + m[0].length, type);
    setNote('');
    setPhrase('');
    onRedact(next, `Redacted ${matches.length} ${matches.length === 1 ? 'mention' : 'mentions'} of “${wanted}” as ${REDACTION_LABELS[type].toLowerCase()}.`);
  };
  return (
    <form
      className="row an-find"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-phrase`}>Or redact every mention of</label>
      <input id={`${id}-phrase`} type="text" value={phrase} onChange={(e) => setPhrase(e.target.value)} aria-describedby={`${id}-note`} />
      <button type="submit" className="secondary" disabled={!phrase.trim()}>
        Redact every mention
      </button>
      <span id={`${id}-note`} className="hint">
        {note}
      </span>
    </form>
  );
}
