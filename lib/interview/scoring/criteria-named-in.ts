import type { Criterion } from '../schema';
import { normaliseText } from '../util/normalise-text';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `token` on its own: not inside a longer word or number. */
const hasToken = (text: string, token: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(token)}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/**
 * The criteria a decision reason names, in criteria order. A criterion is named when the reason
 * contains, ignoring case:
 * - its code as a word of its own ("E2", "(D1)"; not "E21" or "BE2"), or
 * - its id, also as a word of its own, or
 * - its whole wording (spacing, case and a final full stop ignored).
 * Deliberately simple: the UI can offer buttons that insert the code.
 */
export function criteriaNamedIn(criteria: readonly Criterion[], reason: string): Criterion[] {
  const plain = normaliseText(reason);
  return criteria.filter(
    (c) =>
      hasToken(reason, c.code) ||
      hasToken(reason, c.id) ||
      plain.includes(normaliseText(c.text)),
  );
}
