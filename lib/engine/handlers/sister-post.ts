import type { Doc } from '../document';
import { POSTS } from '../lexicon';
import { GAP } from '../tokenize';
import type { Hit, SpanHandler } from './types';

/** Words that make up a nursing "Sister" title before it: "Deputy Ward Sister", "Senior Theatre Sister". */
export const TITLE_WORDS: ReadonlySet<string> = new Set(['deputy', 'ward', 'senior', 'junior', 'night', 'theatre', 'theatres', 'nursing', 'unit', 'clinic', 'outpatient', 'outpatients', 'department']);
/** The post being filled: "the post of Deputy Ward Sister", "a vacancy for a Ward Sister". */
const POSTS_FILLED: ReadonlySet<string> = new Set([...POSTS, 'opportunity']);

/** The first token of the title that ends with the "Sister" at k: "Deputy Ward Sister". */
function titleStart(doc: Doc, k: number): number {
  const { tokens } = doc;
  let s = k;
  while (s > 0 && k - s < 3 && TITLE_WORDS.has(tokens[s - 1]!.norm) && tokens[s - 1]!.line === tokens[k]!.line && !(tokens[s]!.gap & (GAP.BREAK | GAP.SLASH | GAP.COMMA))) s--;
  return s;
}

/** Whether the title starting at s is the post being filled: "the post of Ward Sister", "a vacancy for a Deputy Sister". */
function isPostFilled(doc: Doc, s: number): boolean {
  const { tokens } = doc;
  const at = (j: number) => (j >= 0 && tokens[j]!.sentence === tokens[s]!.sentence ? tokens[j]!.norm : '');
  let j = s - 1;
  if (at(j) === 'a' || at(j) === 'an') j--;
  return (at(j) === 'of' || at(j) === 'for') && POSTS_FILLED.has(at(j - 1));
}

const isChargeNurse = (tokens: Doc['tokens'], j: number) =>
  j >= 0 && tokens[j]?.norm === 'charge' && (tokens[j + 1]?.norm === 'nurse' || tokens[j + 1]?.norm === 'nurses');

/**
 * Whether the title is given with its counterpart, "Ward Sister / Charge Nurse" or "Charge Nurse or
 * Sister": the paired form equality guidance accepts for a title that has one for each sex.
 */
function pairedWithCharge(doc: Doc, s: number, k: number): boolean {
  const { tokens } = doc;
  // After: "Sister / Charge Nurse", "Sister or Charge Nurse".
  const next = tokens[k + 1];
  if (next && ((next.gap & GAP.SLASH && isChargeNurse(tokens, k + 1)) || (next.norm === 'or' && isChargeNurse(tokens, k + 2)))) return true;
  // Before: "Charge Nurse / Ward Sister", "Charge Nurse or Sister".
  if ((tokens[s]!.gap & GAP.SLASH) !== 0) return isChargeNurse(tokens, s - 2);
  return tokens[s - 1]?.norm === 'or' && isChargeNurse(tokens, s - 3);
}

/** Words in a job title line at most: "Deputy Ward Sister / Charge Nurse - Acute Medical Unit, Band 6". */
const TITLE_LINE_WORDS = 14;

/** Whether an advert starts with a job title: a short first line, not a sentence, with more text after it. */
function hasTitleLine(doc: Doc): boolean {
  const { tokens, text } = doc;
  if (doc.kind !== 'advert' || tokens.length === 0) return false;
  const line = tokens[0]!.line;
  let n = 0;
  while (n < tokens.length && n <= TITLE_LINE_WORDS && tokens[n]!.line === line) n++;
  if (n === tokens.length || n > TITLE_LINE_WORDS) return false;
  const end = text.indexOf('\n', tokens[0]!.start);
  return !'.?!'.includes(text.slice(0, end).trimEnd().at(-1) ?? '.');
}

/**
 * "Sister" as the title of the job advertised: on an advert's first line, the job title ("Ward Sister
 * Band 6", "DEPUTY WARD SISTER - STROKE UNIT"), or named as the post being filled ("the post of
 * Deputy Ward Sister on Ward 4"). A named contact ("Sister Grace Okafor", "contact Ward Sister Jones")
 * is left to the title rules, which pass over people's names.
 */
export const sisterPost: SpanHandler = {
  kind: 'span',
  triggers: new Set(['sister', 'sisters']),
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    const titled = hasTitleLine(doc);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.norm !== 'sister' && t.norm !== 'sisters') continue;
      const s = titleStart(doc, k);
      if (((titled && t.line === tokens[0]!.line) || isPostFilled(doc, s)) && !pairedWithCharge(doc, s, k)) hits.push({ start: tokens[s]!.start, end: t.end });
    }
    return hits;
  },
};
