import type { Doc } from '../document';
import { PATIENT_CARE } from '../reading/who';
import { GAP, SHAPE } from '../tokenize';
import type { Hit, SpanHandler } from './types';

// A candidate or a member of staff labelled by their nationality, ethnicity or colour ("the Polish
// lad", "an African girl", "a black chap") in a note or an e-mail, the person wanted labelled by a
// place they must come from ("a real Black Country lass", "a proper Yorkshire lad") or by the first
// names they should have ("someone called James or Claire"). The label stands in for the person:
// whatever follows it, their origin has become part of how they are judged.

/**
 * Informal and panel words for the one person described, after the label; not the plural "women" or
 * "candidates" of equality figures ("Black women are under-represented", "white candidates were 1.6
 * times as likely to be appointed").
 */
const HEADS = new Set([
  'lad', 'lads', 'lass', 'lasses', 'girl', 'girls', 'boy', 'boys', 'chap', 'chaps', 'bloke', 'blokes', 'guy', 'guys',
  'fella', 'fellas', 'fellow', 'man', 'woman', 'lady', 'gent', 'gentleman', 'candidate', 'applicant', 'locum',
]);

/** Nationalities, peoples and regions of the world, written with a capital. */
const ORIGINS = new Set([
  'african', 'asian', 'european', 'caribbean', 'arab', 'arabic', 'oriental', 'polish', 'romanian', 'bulgarian',
  'lithuanian', 'latvian', 'estonian', 'hungarian', 'czech', 'slovak', 'ukrainian', 'russian', 'albanian', 'greek',
  'turkish', 'kurdish', 'italian', 'spanish', 'portuguese', 'french', 'german', 'irish', 'indian', 'pakistani',
  'bangladeshi', 'lankan', 'nepali', 'nepalese', 'chinese', 'japanese', 'korean', 'vietnamese', 'thai', 'malaysian',
  'filipino', 'filipina', 'indonesian', 'nigerian', 'ghanaian', 'kenyan', 'ugandan', 'somali', 'sudanese', 'eritrean',
  'ethiopian', 'zimbabwean', 'zambian', 'congolese', 'egyptian', 'moroccan', 'iranian', 'iraqi', 'syrian', 'afghan',
  'jamaican', 'brazilian', 'mexican', 'sikh', 'jewish', 'gypsy', 'traveller', 'roma',
]);
/** Colours used of people, which need no capital: "a black lad", "the white girl". */
const COLOURS = new Set(['black', 'white', 'brown', 'coloured']);
/** Words before a place that make it an origin demanded: "a real Black Country lass", "a proper Yorkshire lad". */
const GENUINE = new Set(['real', 'proper', 'true', 'genuine', 'authentic', 'bona']);
/** How many capitalised words a place may run to: "Black Country", "East End". */
const PLACE_WORDS = 3;
/** Verbs that give a person's name: "someone called James", "a locum named Claire". */
const CALLED = new Set(['called', 'named']);
/** The person wanted, before the name they should have: "someone called", "a pharmacist named". */
const ANY_ONE = new Set(['someone', 'somebody', 'anyone', 'anybody', 'people', 'candidates', 'applicants']);
const TRIGGERS: ReadonlySet<string> = new Set([...HEADS, ...CALLED]);

/** Whether token j is a word of a place or people written with a capital, in the same run of words as the head. */
function capitalised(doc: Doc, j: number, head: number): boolean {
  const t = doc.tokens[j]!;
  return (t.shape & SHAPE.CAP) !== 0 && (t.shape & SHAPE.UPPER) === 0 && t.sentence === doc.tokens[head]!.sentence && !(doc.tokens[j + 1]!.gap & (GAP.BREAK | GAP.COMMA));
}

/**
 * Where the label before the head at k starts, or -1: in a note, a nationality or a colour right
 * before it ("a Polish lad"); anywhere, a place after "real" or "proper" ("a real Black Country lass").
 */
function labelStart(doc: Doc, k: number): number {
  const { tokens } = doc;
  const prev = tokens[k - 1];
  if (prev === undefined) return -1;
  if (doc.kind !== 'advert' && !(tokens[k]!.gap & (GAP.BREAK | GAP.COMMA))) {
    if (COLOURS.has(prev.norm) && prev.sentence === tokens[k]!.sentence) return k - 1;
    if (ORIGINS.has(prev.norm) && capitalised(doc, k - 1, k)) return k - 1;
  }
  let j = k - 1;
  while (j > 0 && k - j <= PLACE_WORDS && capitalised(doc, j, k)) j--;
  return j < k - 1 && GENUINE.has(tokens[j]!.norm) ? j : -1;
}

/** Whether token j is a first name written with its capital, in the sentence of token k. */
function firstName(doc: Doc, j: number, k: number): boolean {
  const t = doc.tokens[j];
  return t !== undefined && (t.shape & SHAPE.CAP) !== 0 && (t.shape & SHAPE.UPPER) === 0 && t.sentence === doc.tokens[k]!.sentence;
}

/**
 * The end of a kind of person named by two first names from "called" at k ("someone called James or
 * Claire"), or -1: one name is a person ("someone called Sam rang"), two joined by "or" are a kind.
 */
function namedKindEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  if (!ANY_ONE.has(tokens[k - 1]!.norm)) return -1;
  return firstName(doc, k + 1, k) && tokens[k + 2]?.norm === 'or' && firstName(doc, k + 3, k) ? k + 4 : -1;
}

export const originLabelled: SpanHandler = {
  kind: 'span',
  triggers: TRIGGERS,
  find({ doc }) {
    const { tokens } = doc;
    const hits: Hit[] = [];
    for (let k = 1; k < tokens.length; k++) {
      const norm = tokens[k]!.norm;
      if (CALLED.has(norm)) {
        const end = namedKindEnd(doc, k);
        if (end > 0) hits.push({ start: tokens[k - 1]!.start, end: tokens[end - 1]!.end });
        continue;
      }
      if (!HEADS.has(norm)) continue;
      const s = labelStart(doc, k);
      if (s < 0) continue;
      // A patient's or a relative's origin, in a sentence about their care, is not the candidate's.
      const [from, to] = doc.sentenceRange(tokens[k]!.sentence);
      if (doc.hasPhrase(from, to, PATIENT_CARE)) continue;
      hits.push({ start: tokens[s]!.start, end: tokens[k]!.end });
    }
    return hits;
  },
};
