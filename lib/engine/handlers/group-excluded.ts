import { GROUP_FIELDS, type GroupField } from '../concept-fields';
import { CONCEPTS } from '../concepts';
import type { Doc } from '../document';
import { GAP } from '../tokenize';
import { groupTurnedAway } from '../judgement/demand';
import { byFirstWord, longestFrom } from './cue-per-sentence';
import type { Hit, SpanHandler } from './types';

// A kind of person turned away as a group (wordlists/concepts.json): by stage of life ("Students
// need not apply", "no school leavers"), by family and working life ("not for career changers",
// "- no parents") or by colour and nationality ("no Polish applicants"), read by judgement/demand.ts. The same words of who is there, of patients or a
// service, or with a reason the post has (registration) are not flagged.

/**
 * Kinds of person turned away as a group, of one field: "Students need not apply" (age),
 * "Not for parents or returners" (family and working life).
 */
export function groupExcluded(field: GroupField): SpanHandler {
  return {
    kind: 'span',
    // Every kind of person ends in its noun ("students", "career changers", "people with kids"): a
    // text with none of the field's nouns skips the handler.
    triggers: new Set(CONCEPTS[field].map((words) => words.at(-1)!)),
    find: ({ doc }) => groupsIn(doc)[field],
  };
}

/** Each field's phrases by their first word. */
const INDEXES = Object.fromEntries(GROUP_FIELDS.map((f) => [f, byFirstWord(CONCEPTS[f])])) as Record<GroupField, Map<string, string[][]>>;
/** The first words of both fields' one-word kinds ("students", "parents"). */
const SINGLE_WORDS = new Set(GROUP_FIELDS.flatMap((f) => CONCEPTS[f].filter((words) => words.length === 1).map((words) => words[0]!)));
/** The second words of the longer kinds by their first ("working" → mums, parents ...; "people" → with), so a common first word ("working with") costs one more lookup. */
const SECOND_WORDS = new Map<string, Set<string>>();
for (const f of GROUP_FIELDS) {
  for (const words of CONCEPTS[f]) {
    if (words.length < 2) continue;
    const seconds = SECOND_WORDS.get(words[0]!) ?? new Set<string>();
    seconds.add(words[1]!);
    SECOND_WORDS.set(words[0]!, seconds);
  }
}
/** Every word a kind may start with, to rule most words out by their number (Doc.wordsIn). */
const FIRST_WORDS = new Set([...SINGLE_WORDS, ...SECOND_WORDS.keys()]);
/** The hits of both fields, found in one pass per text. */
const FOUND = new WeakMap<Doc, Record<GroupField, Hit[]>>();

/** Where a run of kinds joined on after token `end` ends: "not for career changers or returners". */
function joinedEnd(doc: Doc, index: ReadonlyMap<string, string[][]>, end: number): number {
  const { tokens } = doc;
  for (;;) {
    const next = tokens[end];
    if (!next || next.sentence !== tokens[end - 1]!.sentence) return end;
    const at = JOINERS.has(next.norm) ? end + 1 : next.gap & GAP.COMMA ? end : -1;
    const words = at >= 0 && at < tokens.length ? longestFrom(doc, index, at) : undefined;
    if (!words) return end;
    end = at + words.length;
  }
}
const JOINERS = new Set(['or', 'and', 'nor']);

/** The kinds of person turned away in the text, by field. */
function groupsIn(doc: Doc): Record<GroupField, Hit[]> {
  const cached = FOUND.get(doc);
  if (cached) return cached;
  const { tokens } = doc;
  // A literal, not Object.fromEntries per text: an object of one fixed shape, read by field name.
  const hits: Record<GroupField, Hit[]> = { 'age-group': [], circumstance: [], people: [] };
  const starts = doc.wordsIn(FIRST_WORDS);
  const ids = doc.wordIds().norm;
  for (let k = 0; k < tokens.length; k++) {
    if (starts[ids[k]!] === 0) continue;
    const norm = tokens[k]!.norm;
    if (!SINGLE_WORDS.has(norm) && !(k + 1 < tokens.length && SECOND_WORDS.get(norm)?.has(tokens[k + 1]!.norm))) continue;
    for (const field of GROUP_FIELDS) {
      const words = longestFrom(doc, INDEXES[field], k);
      if (!words) continue;
      const span = groupTurnedAway(doc, k, k + words.length);
      if (!span) continue;
      const end = joinedEnd(doc, INDEXES[field], span[1]);
      hits[field].push({ start: tokens[span[0]]!.start, end: tokens[end - 1]!.end });
      k = end - 1;
      break;
    }
  }
  FOUND.set(doc, hits);
  return hits;
}
