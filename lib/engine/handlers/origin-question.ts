import type { Doc } from '../document';
import type { Hit, SpanHandler } from './types';

/** After "where ... you": words that ask about origin rather than logistics. */
const ORIGIN_VERBS = new Set(['from', 'born', 'grow', 'grew', 'brought', 'raised', 'originally', 'originate', 'hail']);
/** "where are you travelling from", "where will you be commuting from": logistics. */
const TRAVEL = new Set(['travelling', 'traveling', 'travel', 'commuting', 'commute', 'driving', 'coming', 'applying', 'calling', 'phoning', 'ringing', 'writing', 'working', 'moving', 'relocating', 'based', 'joining', 'transferring']);
/** "your ..." nouns that ask where someone or their family comes from. */
const ORIGIN_NOUNS: string[][] = [
  'nationality', 'ethnicity', 'ethnic origin', 'ethnic background', 'ethnic group', 'heritage', 'country of origin',
  'home country', 'country of birth', 'place of birth', 'race', 'first language', 'mother tongue', 'native language',
  'native tongue', 'cultural background', 'family background', 'roots', 'accent',
].map((p) => p.split(' '));
/** "are you ..." answers that are about origin. */
const ORIGIN_STATES: string[][] = [
  'british', 'a british citizen', 'english', 'from here', 'from the uk', 'from around here', 'from abroad',
  'from overseas', 'foreign', 'an immigrant', 'a uk national', 'a foreign national', 'a native', 'a native speaker',
  'a native english speaker',
].map((p) => p.split(' '));
/** "What country ...", "which nationality ...": questions whose answer is an origin. */
const ORIGIN_KINDS = new Set(['country', 'nationality', 'ethnicity', 'race', 'heritage']);
/** "Which country did you qualify in?", "what country will you be working in?": about training or work. */
const NOT_ORIGIN = new Set(['qualify', 'qualified', 'train', 'trained', 'study', 'studied', 'register', 'registered', 'work', 'worked', 'working', 'practise', 'practised', 'visit', 'visited', ...TRAVEL]);
const YOU = new Set(['you', 'your', "you're", 'yourself']);
const FAMILY = new Set(['family', 'parents', 'parent', 'mum', 'dad', 'mother', 'father', 'grandparents', 'folks', 'people']);

/** The first index in [from, to) where one of the phrases starts, or -1; sets `len` to its length. */
function findPhrase(doc: Doc, from: number, to: number, phrases: string[][]): [number, number] {
  for (let k = from; k < to; k++) {
    for (const words of phrases) if (k + words.length <= to && doc.phraseAt(k, words)) return [k, words.length];
  }
  return [-1, 0];
}

/** The end of "grow up", "brought up" (after the verb at j). */
const withUp = (doc: Doc, j: number, to: number) => {
  const next = j + 1 < to ? doc.tokens[j + 1]!.norm : '';
  return next === 'up' || (next === 'from' && doc.tokens[j]!.norm === 'originally') ? j + 2 : j + 1;
};

/** One sentence's origin question, as a token span, or null. */
function originQuestion(doc: Doc, from: number, to: number): [number, number] | null {
  const { tokens } = doc;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (w === 'where' || w === "where's") {
      // "where are you (really) from", "where were you born", "where is your family from".
      let you = -1;
      for (let j = k + 1; j < to && j <= k + 5; j++) {
        if (YOU.has(tokens[j]!.norm) || FAMILY.has(tokens[j]!.norm)) you = j;
        if (TRAVEL.has(tokens[j]!.norm)) {
          you = -1;
          break;
        }
        if (you >= 0 && ORIGIN_VERBS.has(tokens[j]!.norm)) return [k, withUp(doc, j, to)];
      }
      for (let j = Math.max(you, k + 1); you >= 0 && j < to && j <= you + 5; j++) {
        if (TRAVEL.has(tokens[j]!.norm)) break;
        if (ORIGIN_VERBS.has(tokens[j]!.norm)) return [k, withUp(doc, j, to)];
      }
    }
    if (w === 'what' || w === "what's" || w === 'which' || w === 'is' || w === 'tell') {
      // "what is your nationality", "is English your first language", "tell us about your heritage".
      const [at, len] = findPhrase(doc, k + 1, Math.min(to, k + 8), ORIGIN_NOUNS);
      if (at >= 0 && tokens.slice(k + 1, at).some((t) => t.norm === 'your')) return [k, at + len];
      // "What country are you from?", "Which country were you born in?", "What nationality are you?"
      if ((w === 'what' || w === 'which') && k + 1 < to && ORIGIN_KINDS.has(tokens[k + 1]!.norm)) {
        const end = Math.min(to, k + 7);
        let you = -1;
        for (let j = k + 2; j < end; j++) {
          if (NOT_ORIGIN.has(tokens[j]!.norm)) break;
          if (YOU.has(tokens[j]!.norm)) you = j;
          else if (you >= 0 && ORIGIN_VERBS.has(tokens[j]!.norm)) return [k, j + 1];
        }
        if (you >= 0 && tokens[k + 1]!.norm !== 'country') return [k, you + 1];
      }
    }
    if (w === 'are' && tokens[k + 1]?.norm === 'you') {
      const [at, len] = findPhrase(doc, k + 2, Math.min(to, k + 3), ORIGIN_STATES);
      if (at === k + 2) return [k, at + len];
    }
  }
  return null;
}

/**
 * Questions about where a person or their family comes from, in any wording ("Where are you from
 * originally?", "What's your nationality?", "Is English your first language?"). They invite race
 * discrimination; the right-to-work check is the same for everyone and asks none of them.
 */
export const originQuestions: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const hits: Hit[] = [];
    const sentences = doc.tokens.length === 0 ? 0 : doc.tokens[doc.tokens.length - 1]!.sentence + 1;
    for (let s = 0; s < sentences; s++) {
      const [from, to] = doc.sentenceRange(s);
      const span = originQuestion(doc, from, to);
      if (span) hits.push({ start: doc.tokens[span[0]]!.start, end: doc.tokens[span[1] - 1]!.end });
    }
    return hits;
  },
};
