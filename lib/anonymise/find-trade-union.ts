import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { needing } from './needed-words';
import type { Span } from './span';

/**
 * Trade unions by their names as CVs write them. Membership of a union is special category data, and refusing a job for it is
 * unlawful, so a union role or membership the writer states goes. The Royal College of Nursing is a professional body too:
 * "RCN" counts only with a union role after it ("RCN workplace rep"), never alone or as a member ("RCN competencies").
 */
const UNION = needing(['unison', 'unite', 'gmb', 'rcn'], /\b(?:UNISON|Unison|Unite|UNITE|GMB|RCN)\b/g);
/** A union role, said after its name ("UNISON branch steward", "GMB workplace rep"). */
const ROLES = new Set(['rep', 'reps', 'representative', 'steward', 'secretary', 'officer', 'chair', 'convenor', 'member']);
/** Words between a union's name and the role: "Unite the Union health branch secretary", "GMB union – elected branch steward". */
const BETWEEN = new Set(['the', 'union', 'branch', 'workplace', 'health', 'safety', 'equality', 'learning', 'elected', 'accredited', 'senior', 'deputy', 'lead', 'shop', '–', '-']);
/** Membership said before the name: "a member of Unison", "member of the GMB". */
const MEMBER_BEFORE = /\bmember[ \t]+of[ \t]+(?:the[ \t]+)?$/i;
/** Where what is said of the role ends: a sentence's or a line's end, a new clause of the writer's, or "and a …" (another membership). */
const CLAUSE_END = /[.;!?](?=\s|$)|\n|,[ \t]+(?:and|but|which|where)\b|[ \t]but\b|[ \t]and[ \t]+(?:I|an?)\b/;
/** At most this many characters of what is said of the role ("… for Estates and Facilities since 2021"). */
const MAX_AFTER = 90;

/** The end of a role word among the few words after a union's name, or -1: `words` are read in code, at most five. */
function roleAfter(text: string, from: number, rcn: boolean): number {
  let i = from;
  for (let n = 0; n < 6; n++) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    const start = i;
    while (i < text.length && !/[\s,;.()]/.test(text[i]!)) i++;
    const word = text.slice(start, i).toLowerCase();
    if (word === '') return -1;
    if (ROLES.has(word) || (word.endsWith('s') && ROLES.has(word.slice(0, -1)))) return rcn && word === 'member' ? -1 : i;
    if (!BETWEEN.has(word)) return -1;
  }
  return -1;
}

/** A union role or membership the writer states: "I am the [UNISON steward for the trainee cohort]", "a [member of Unite and our workplace rep]". */
export function findTradeUnion(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, UNION)) {
    const name = m[0];
    const end = m.index + name.length;
    const before = MEMBER_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const role = roleAfter(text, end, name === 'RCN');
    // "Unite" and "RCN" alone are a verb and a professional body: they need a role after or membership before.
    if (role < 0 && !(before && name !== 'RCN')) continue;
    const start = before ? m.index - before[0].length : m.index;
    const from = role < 0 ? end : role;
    const rest = text.slice(from, from + MAX_AFTER);
    const found = rest.search(CLAUSE_END);
    // No end within reach: only the role, unless the text ends there.
    const stop = found >= 0 ? found : rest.length < MAX_AFTER ? rest.length : 0;
    let until = from + stop;
    while (until > from && /\s/.test(text[until - 1]!)) until--;
    spans.push(makeSpan('trade-union', start, until));
  }
  return spans;
}
