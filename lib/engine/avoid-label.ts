import type { Doc } from './document';
import { GAP } from './tokenize';

/** How many words a line's label may have before its colon: "Questions you should never ask:". */
const LABEL_REACH = 7;
/** Words that make a label a warning with a word for wording beside them: "Questions to avoid:", "Avoid asking:". */
const AVOID = new Set(['avoid', 'avoiding']);
/**
 * Words for wording, which a label to avoid names ("Questions to avoid:"); a bare "Avoid:" quotes only
 * questions ("Avoid: Where are you from originally?"). Over people in sift notes ("Avoid: anyone over
 * 55") it is the instruction itself, not guidance quoting it.
 */
const WORDING = new Set(['question', 'questions', 'phrase', 'phrases', 'word', 'words', 'wording', 'language', 'term', 'terms', 'topic', 'topics', 'subject', 'subjects', 'asking', 'saying', 'comments']);
/** Words that, just before "ask", make a label a warning: "Don't ask:", "Never ask:", "Questions not to ask:". */
const NOT = new Set(['never', "don't", 'dont', 'not', "shouldn't", "mustn't"]);
const ASK = new Set(['ask', 'asking']);
/** How far before "ask" its negation may be: "do not ask", "not to ask". */
const NOT_REACH = 2;

const byDoc = new WeakMap<Doc, Uint8Array>();

/** How a label's words warn against what it lists: whatever it lists, only questions (a bare "Avoid:"), or not at all. */
type Warning = 'all' | 'questions' | false;

/** How the label's words [from, to) warn against what it lists. */
function warns(doc: Doc, from: number, to: number): Warning {
  const { tokens } = doc;
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.norm;
    if (AVOID.has(w)) {
      for (let n = from; n < to; n++) if (WORDING.has(tokens[n]!.norm)) return 'all';
      return 'questions';
    }
    if (!ASK.has(w)) continue;
    for (let n = j - 1; n >= from && n >= j - NOT_REACH; n--) if (NOT.has(tokens[n]!.norm)) return 'all';
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
    if (!next || !(next.gap & GAP.COLON) || tokens[colon - 1]!.line !== line) continue;
    const warning = warns(doc, k, colon);
    if (!warning) continue;
    let j = colon;
    if (next.line === line) {
      while (j < tokens.length && tokens[j]!.line === line) j++;
    } else {
      // Each bulleted line under the label, up to the first that is not one.
      while (j < tokens.length && tokens[j]!.gap & GAP.BULLET) {
        const item = tokens[j]!.line;
        while (j < tokens.length && tokens[j]!.line === item) j++;
      }
    }
    if (warning === 'all' || doc.text.slice(next.start, tokens[j - 1]!.end + 1).includes('?')) marks.fill(1, colon, j);
    k = j - 1;
  }
  return marks;
}

/** Whether token k is listed under a label that warns against it ("Questions to avoid: …"). */
export function isListedToAvoid(doc: Doc, k: number): boolean {
  return listedToAvoid(doc)[k] === 1;
}
