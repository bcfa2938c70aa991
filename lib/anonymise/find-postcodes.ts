import { makeSpan } from './make-span';
import type { Span } from './span';

/**
 * UK postcodes with the Royal Mail position rules: outward code A9, A99, A9A, AA9, AA99 or
 * AA9A (first letter not Q V X; second not I J Z; third-position letter from A–H J K P S T U W;
 * fourth-position letter from A B E H M N P R V–Y), inward code 9AA without C I K M O V, space
 * optional, plus GIR 0AA. In any case, spaced or not ("ls1 4ab", "sw1a1aa"): the shape is distinctive enough.
 */
const POSTCODE =
  /(?<![A-Za-z0-9])(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;

export function findPostcodes(text: string): Span[] {
  return [...text.matchAll(POSTCODE)].map((m) => makeSpan('postcode', m.index, m.index + m[0].length));
}
