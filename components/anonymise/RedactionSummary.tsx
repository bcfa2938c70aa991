import type { AnonymisedDocument, RedactionType } from '@/lib/anonymise';
import { REDACTION_LABELS } from '@/lib/anonymise/redaction-type';

/** "14 details removed: Name (5), Email address (1)…", in the order the types are listed. */
export function RedactionSummary({ doc }: { doc: AnonymisedDocument }) {
  const counts = new Map<RedactionType, number>();
  for (const r of doc.redactions) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const n = doc.redactions.length;
  const parts = (Object.keys(REDACTION_LABELS) as RedactionType[]).filter((t) => counts.has(t)).map((t) => `${REDACTION_LABELS[t]} (${counts.get(t)})`);
  return (
    <p className="hint" data-testid="redaction-summary">
      {n === 0 ? 'Nothing was removed.' : `${n} ${n === 1 ? 'detail' : 'details'} removed: ${parts.join(', ')}.`}
    </p>
  );
}
