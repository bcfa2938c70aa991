import { makeSpan } from './make-span';
import type { Span } from './span';

const PLACE = "((?:the\\s+)?[A-Z][\\p{L}'’-]+(?:(?:[ -]|[ -](?:of|and|upon|on|de|la|el|al|es)[ -])[A-Z][\\p{L}'’-]+)*(?:,\\s*[A-Z][\\p{L}'’-]+(?: [A-Z][\\p{L}'’-]+)?)?)(?=[\\s.,;:)!?]|$)";
const ORIGIN = new RegExp(
  `\\b(?:[Bb]orn(?:\\s+and\\s+(?:raised|brought up|bred))?\\s+in|[Oo]riginally\\s+(?:from|hail(?:ing)?\\s+from)|[Gg]rew\\s+up\\s+in|[Bb]rought\\s+up\\s+in|[Rr]aised\\s+in|(?:[Mm]oved|[Cc]ame|[Rr]elocated|[Ee]migrated|[Mm]igrated|[Aa]rrived)\\s+(?:(?:to|in)\\s+(?:the\\s+)?[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?\\s+)?(?:in\\s+\\d{4}\\s+)?from|I\\s+am\\s+from|I'm\\s+from|[Nn]ative\\s+of|[Hh]ail\\s+from)\\s+${PLACE}`,
  'gu',
);

/**
 * Where the candidate comes from: "born in Lagos", "originally from Kraków",
 * "moved to the UK from the Philippines". Only the place goes.
 */
export function findOrigin(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(ORIGIN)) {
    const place = m[1] ?? '';
    const start = m.index + m[0].length - place.length;
    spans.push(makeSpan('origin', start, start + place.length));
  }
  return spans;
}
