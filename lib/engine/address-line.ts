import type { Doc } from './document';

/** The labels of an e-mail's address lines. */
const ADDRESS_LABELS = new Set(['from', 'to', 'cc', 'bcc']);
/** How many words an address line may hold before the token. */
const ADDRESS_LINE_WORDS = 12;

/**
 * The label of the e-mail address line that token k is on, after the label ("from" for "Hannah" in
 * "From: Hannah Young", "to" for "Olu" in "To: Tessa Morgan; Olu Adebayo"); undefined elsewhere.
 */
export function addressLabelOf(doc: Doc, k: number): string | undefined {
  const { tokens } = doc;
  const line = tokens[k]!.line;
  let first = k;
  while (first > 0 && k - first < ADDRESS_LINE_WORDS && tokens[first - 1]!.line === line) first--;
  if (first > 0 && tokens[first - 1]!.line === line) return undefined;
  const label = tokens[first]!.norm;
  return first < k && ADDRESS_LABELS.has(label) && doc.text.charAt(tokens[first]!.end) === ':' ? label : undefined;
}
