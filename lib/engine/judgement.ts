import type { Doc } from './document';

// Whether the words around a match judge the person by it: a preference ("ideally", "would be
// best", "we want"), a doubt ("not sure", "worried", "might put patients off") or a refusal ("not
// looking for", "rather not"). One vocabulary for every rule that flags a protected characteristic
// or its proxy only when it is held for or against someone (age, origin, faith), so a new wording of
// the same meaning is covered once, not rule by rule.

const words = (list: string[]) => list.map((p) => p.split(' '));

/** Preference, doubt and refusal, said by anyone: no subject needed ("Ideally someone...", "Not sure about..."). */
const JUDGING = words([
  // preference
  'ideally', 'ideal', 'preferably', 'preferred', 'preferable', 'preference', 'would be best', 'would be better',
  "would've been better", 'better suited', 'best suited', 'perfect', 'suit', 'suits', 'suited', 'would suit',
  'go for', 'pick', 'only', 'must', 'essential', 'love to hear', 'keen to hear', 'hope to hear', 'hoping for',
  'would gel', 'gel better', 'fit in', 'fits in', 'fit in better', 'fit better', 'blend in', 'settle in better',
  'relate to', 'feel safer', 'more comfortable', 'familiar face', 'familiar faces', 'people they know',
  // doubt
  'not sure', 'unsure', 'worried', 'worry', 'worries', 'concern', 'concerned', 'concerns', 'doubt', 'doubts',
  "can't see", 'cannot see', "don't think", 'do not think', "wouldn't", "won't", 'might not', 'may not', 'no point',
  'risk', 'risky', 'a problem', 'an issue', 'put off', 'put some', 'put patients off', 'off-putting', 'off putting',
  'uncomfortable', 'awkward', 'struggle', 'cope', 'keep up', 'react', 'take to', 'not convinced', 'wary', 'hesitant',
  'red flag', 'not ideal', 'not right for', 'not for us', 'not a good fit', 'not the right fit', 'ok with', 'okay with',
  'alright with', 'all right with', 'stay long', 'stay for long', 'be around long', 'take her seriously', 'take him seriously',
  'taken seriously',
  // refusal
  'not looking for', 'rather not', 'not someone', 'not somebody', 'not anyone', 'avoid', 'steer clear',
  'need not apply', "needn't apply",
]);
/** Verbs of wanting that judge only with the employer or writer as their subject: "we want", not "nurses need". */
const WANTING = words(['want', 'wants', 'wanted', 'need', 'needs', 'prefer', 'prefers', 'rather', 'like', 'love', 'looking for', 'after', 'hire', 'appoint', 'choose']);
/** The employer or the writer, a few words before a verb of wanting. */
const EMPLOYER = new Set(['we', 'i', "we'd", "i'd", "we're", "i'm", "we'll", "i'll", 'practice', 'team', 'trust', 'surgery', 'pharmacy', 'ward', 'manager', 'partners', 'patients', 'they', "they'd"]);
/** How far before a verb of wanting its subject may be: "we would really like". */
const SUBJECT_WINDOW = 3;

/** Words that make the text the fair statement rather than a judgement: "we welcome", "our uniform policy allows". */
const FAIR = words([
  'welcome', 'welcomes', 'welcomed', 'regardless', 'whatever', 'all backgrounds', 'any background', 'every background',
  'policy', 'allows', 'allowed', 'may wear', 'can wear', 'are free to', 'we support', "we'll support", 'we will support',
  'happy to accommodate', 'accommodate', "doesn't matter", 'does not matter', 'no matter', 'never ask', 'never asks',
  'not relevant', 'irrelevant',
]);

/** How far from the match a judgement is read: a real sentence is far shorter, and text without stops stays linear. */
const REACH = 40;

/** The token range read for a judgement: the match's sentence and, in a note, the next sentence on its line. */
function scope(doc: Doc, from: number): [number, number] {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  const start = doc.sentenceStart(sentence);
  let end = doc.sentenceEnd(sentence);
  // "Candidate 2 wears a headscarf. Concern re patient perception.": notes judge in the next sentence.
  if (end < tokens.length && tokens[end]!.line === tokens[from]!.line) end = doc.sentenceEnd(tokens[end]!.sentence);
  return [Math.max(start, from - REACH), Math.min(end, from + REACH)];
}

function employerWants(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < to; k++) {
    if (!WANTING.some((w) => doc.phraseAt(k, w))) continue;
    for (let j = k - 1; j >= from && j >= k - SUBJECT_WINDOW; j--) if (EMPLOYER.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * Whether the match starting at token `from` is held for or against the person: a preference, doubt or
 * refusal in its sentence (or, in notes, the next sentence on the line), and no fair statement there.
 */
export function isJudged(doc: Doc, from: number): boolean {
  const [start, end] = scope(doc, from);
  const [sentenceStart, sentenceEnd] = doc.sentenceRange(doc.tokens[from]!.sentence);
  if (doc.hasPhrase(Math.max(sentenceStart, from - REACH), Math.min(sentenceEnd, from + REACH), FAIR)) return false;
  return doc.hasPhrase(start, end, JUDGING) || employerWants(doc, start, end);
}
