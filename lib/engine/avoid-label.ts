import type { Doc } from './document';
import { GAP } from './tokenize';

/** How many words a line's label may have before its colon: "Questions you should never ask:". */
const LABEL_REACH = 7;
/** Words that make a label a warning on their own: "Questions to avoid:", "Avoid:". */
const AVOID = new Set(['avoid', 'avoiding']);
/** Words that, just before "ask", make a label a warning: "Don't ask:", "Never ask:", "Questions not to ask:". */
const NOT = new Set(['never', "don't", 'dont', 'not', "shouldn't", "mustn't"]);
const ASK = new Set(['ask', 'asking']);
/** How far before "ask" its negation may be: "do not ask", "not to ask". */
const NOT_REACH = 2;

const byDoc = new WeakMap<Doc, Uint8Array>();

/** Whether the label's words [from, to) warn against what it lists. */
function warns(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.norm;
    if (AVOID.has(w)) return true;
    if (!ASK.has(w)) continue;
    for (let n = j - 1; n >= from && n >= j - NOT_REACH; n--) if (NOT.has(tokens[n]!.norm)) return true;
  }
  return false;
}

/**
 * Marks, per token, the words listed under a label that warns against them: guidance for a panel
 * quotes the questions it tells them not to ask ("Questions to avoid: Are you married? How old are
 * you?", "Don't ask:" over a bulleted list). They are mentioned, not asked. The label opens its line
 * and ends in a colon; the list is the rest of that line or, when the colon ends the line, the
 * bulleted lines under it.
 */
function listedToAvoid(doc: Doc): Uint8Array {
  let marks = byDoc.get(doc);
  if (marks) return marks;
  const { tokens } = doc;
  marks = new Uint8Array(tokens.length);
  byDoc.set(doc, marks);
  if (!doc.holdsAny(AVOID) && !doc.holdsAny(ASK)) return marks;
  for (let k = 0; k < tokens.length; k++) {
    const line = tokens[k]!.line;
    if (k > 0 && tokens[k - 1]!.line === line) continue;
    // The first colon after the line's first word, within the label's reach (it may start the next line).
    let colon = k + 1;
    while (colon < tokens.length && colon <= k + LABEL_REACH && tokens[colon - 1]!.line === line && !(tokens[colon]!.gap & GAP.COLON)) colon++;
    const next = tokens[colon];
    if (!next || !(next.gap & GAP.COLON) || tokens[colon - 1]!.line !== line || !warns(doc, k, colon)) continue;
    let j = colon;
    if (next.line === line) {
      for (; j < tokens.length && tokens[j]!.line === line; j++) marks[j] = 1;
    } else {
      // Each bulleted line under the label, up to the first that is not one.
      while (j < tokens.length && tokens[j]!.gap & GAP.BULLET) {
        const item = tokens[j]!.line;
        for (; j < tokens.length && tokens[j]!.line === item; j++) marks[j] = 1;
      }
    }
    k = j - 1;
  }
  return marks;
}

/** Whether token k is listed under a label that warns against it ("Questions to avoid: …"). */
export function isListedToAvoid(doc: Doc, k: number): boolean {
  return listedToAvoid(doc)[k] === 1;
}
