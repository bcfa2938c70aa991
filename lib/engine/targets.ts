import type { Doc } from './document';
import {
  AUXILIARIES,
  DETERMINERS,
  HELP_VERBS,
  nounClass,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  type Target,
  WORKPLACES,
} from './lexicon';
import { GAP, type Token } from './tokenize';

export type { Target };

/** Words that make a clause about something new: "patients who", "a service which". */
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Words before an adjective that make it describe the noun after it: "a leading provider". */
const DEGREE = new Set(['most', 'more', 'very', 'highly', 'increasingly', 'truly', 'really', 'so', 'too', 'extremely', 'particularly']);
/** Indefinite pronouns an adjective can follow: "someone ambitious". */
const INDEFINITES = new Set(['someone', 'somebody', 'anyone', 'anybody', 'people', 'person', 'individual', 'individuals']);
/** Word endings of adjectives (the rest of a match may be a verb or a noun: "leading", "leadership"). */
const ADJECTIVE_ENDING = /(?:ive|ous|ic|al|ent|ant|ful|less|ible|able|ed|ish)$/;
const ADJECTIVES = new Set(['young', 'younger', 'fresh', 'mature', 'strong', 'bold', 'keen', 'hungry', 'tough', 'fit', 'driven', 'dynamic', 'vibrant', 'energetic']);
/** Targets an -ing form or a noun describes when placed before them: "challenging behaviour", "competing priorities". */
const MODIFIED_BY_VERB_FORMS: ReadonlySet<Target> = new Set(['organisation', 'place', 'pay', 'thing', 'patient']);
/** How far the head noun after an adjective may be: "a vibrant, diverse and welcoming city". */
const HEAD_WINDOW = 6;
/** How far back a "help patients to" phrase may be. */
const HELP_WINDOW = 12;

const isStop = (t: Token) =>
  DETERMINERS.has(t.norm) || PREPOSITIONS.has(t.norm) || AUXILIARIES.has(t.norm) || t.norm in SUBJECT_PRONOUNS || RELATIVES.has(t.norm);

/** A: the head noun an adjective describes ("vibrant city", "competitive house prices"). */
function headAfter(doc: Doc, to: number): Target | undefined {
  const { tokens } = doc;
  const sentence = tokens[to - 1]!.sentence;
  let found: Target | undefined;
  let unknown = 0;
  for (let j = to; j < tokens.length && j < to + HEAD_WINDOW; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence || t.gap & (GAP.BREAK | GAP.SLASH)) break;
    if (t.norm === 'and' || t.norm === 'or' || t.norm === '&') {
      if (found) break;
      continue;
    }
    if (isStop(t)) break;
    const cls = nounClass(t.base);
    if (cls) found = cls;
    else if (found) break;
    else if (++unknown > 3) break;
  }
  return found;
}

/** Whether a match is used as an adjective before a noun (rather than as a verb or a noun). */
function isAttributive(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const prev = tokens[from - 1];
  if (prev && prev.sentence === tokens[from]!.sentence && !(prev.gap & GAP.BREAK)) {
    if (DETERMINERS.has(prev.norm) || DEGREE.has(prev.norm) || prev.norm.endsWith("'s") || prev.norm.endsWith("s'")) return true;
  }
  const word = tokens[to - 1]!.norm;
  return ADJECTIVES.has(word) || ADJECTIVE_ENDING.test(word);
}

/** B: whose thing a noun is ("patients' ambitions", "their independence"). */
function possessor(doc: Doc, from: number): Target | 'unknown' | undefined {
  const { tokens } = doc;
  let k = from - 1;
  if (tokens[k]?.norm === 'own') k--;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[from]!.sentence) return undefined;
  if (t.norm.endsWith("'s") || t.norm.endsWith("s'")) {
    const cls = nounClass(t.base);
    return cls === 'person' && INDEFINITES.has(t.base) ? 'patient' : (cls ?? 'unknown');
  }
  if (t.norm === 'your') return 'person';
  if (t.norm === 'our' || t.norm === 'its') return 'organisation';
  if (t.norm === 'their') return antecedent(doc, k);
  return undefined;
}

/** The class of the nearest noun before token k in its sentence or the one before ("they", "their"). */
function antecedent(doc: Doc, k: number): Target | 'unknown' {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence >= sentence - 1; j--) {
    const cls = nounClass(tokens[j]!.base);
    if (cls === 'person' && INDEFINITES.has(tokens[j]!.base)) return 'patient';
    if (cls) return cls;
  }
  return 'unknown';
}

/** C: "help patients to stay active", "supporting people to lead": the match is the helped people's. */
function helped(doc: Doc, from: number): Target | undefined {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  for (let h = from - 1; h >= 0 && h >= from - HELP_WINDOW; h--) {
    const t = tokens[h]!;
    if (t.sentence !== sentence) return undefined;
    if (SUBJECT_PRONOUNS[t.norm] === 'person') return undefined;
    if (HELP_VERBS.has(t.norm)) {
      let complement: Target | undefined;
      let words = 0;
      for (let j = h + 1; j < from; j++) {
        const w = tokens[j]!;
        if (w.norm === 'to') continue;
        words++;
        const cls = w.norm in SUBJECT_PRONOUNS ? (SUBJECT_PRONOUNS[w.norm] === 'person' ? 'person' : 'patient') : nounClass(w.base);
        if (cls && !complement) complement = cls === 'person' && INDEFINITES.has(w.base) ? 'patient' : cls;
      }
      // "promote independence": the match is what is promoted, not a trait of the person promoting.
      if (words === 0) return tokens[from - 1]?.norm === 'to' ? undefined : 'thing';
      return complement;
    }
    if (t.gap & GAP.BREAK && !(t.gap & GAP.COMMA)) return undefined;
  }
  return undefined;
}

/** Whether token j starts its clause's first noun phrase (only determiners and modifiers before it). */
function isClauseSubject(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const [start] = doc.clauseRange(tokens[j]!.clause);
  if (j - start > 4) return false;
  for (let k = start; k < j; k++) {
    const t = tokens[k]!;
    if (PREPOSITIONS.has(t.norm) || AUXILIARIES.has(t.norm)) return false;
  }
  return true;
}

/** D: what the clause (or the clause it continues) is about: its subject, or "you" or "we". */
function subject(doc: Doc, from: number): Target | 'unknown' {
  const { tokens } = doc;
  const sentence = tokens[from]!.sentence;
  for (let j = from - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) break;
    const pronoun = SUBJECT_PRONOUNS[t.norm];
    if (pronoun) return pronoun;
    if (RELATIVES.has(t.norm) && doc.clauseRange(t.clause)[0] === j) return antecedent(doc, j);
    const cls = nounClass(t.base);
    if (cls && isClauseSubject(doc, j)) return cls === 'person' && t.base === 'people' ? 'patient' : cls;
  }
  return 'unknown';
}

/**
 * Who or what tokens [from, to) describe: the candidate, the role or the team ('person'), or
 * patients, an organisation, a service, a place, pay or a thing; 'unknown' when the text does not say.
 * Read from the words around the match by the rules A to D above, nearest evidence first.
 */
export function targetOf(doc: Doc, from: number, to: number): Target | 'unknown' {
  const { tokens } = doc;
  const prev = tokens[from - 1];
  if (prev && INDEFINITES.has(prev.norm) && prev.sentence === tokens[from]!.sentence && prev.norm !== 'people' && prev.norm !== 'individuals') {
    return 'person';
  }
  const head = headAfter(doc, to);
  if (head) {
    if (isAttributive(doc, from, to)) return head;
    const before = tokens[from - 1];
    const verbal = before && (AUXILIARIES.has(before.norm) || before.norm in SUBJECT_PRONOUNS);
    if (MODIFIED_BY_VERB_FORMS.has(head) && !verbal) return head;
  }
  const owner = possessor(doc, from);
  if (owner) return owner;
  const helpedBy = helped(doc, from);
  if (helpedBy) return helpedBy;
  return subject(doc, from);
}

/**
 * Whether a word for people ("girls", "ladies", "lads") is about staff: "our girls", "the ladies on
 * reception", "office girls", "join the lads". Patient groups ("girls aged 12 to 13", "teenage
 * girls", "women and girls", "the girls' clinic") are not.
 */
export function isAboutStaff(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  const match = tokens[to - 1]!;
  const next = tokens[to];
  const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === match.sentence;
  // A patient group: possessive before a service noun, an age, or a pairing with another patient group.
  if (match.norm.endsWith("s'") || match.norm.endsWith("'s")) return false;
  if (sameSentence(next) && (next!.norm === 'aged' || next!.norm === 'and' || next!.norm === 'under' || next!.norm === 'over')) return false;
  if (sameSentence(next) && nounClass(next!.base) === 'service') return false;
  let k = from - 1;
  let determiner = false;
  while (k >= 0 && k >= from - 4 && sameSentence(tokens[k])) {
    const t = tokens[k]!;
    if (t.norm === 'and' || t.norm === 'or') return false; // "women and girls", "boys and girls"
    if (WORKPLACES.has(t.norm)) return true;
    if (t.norm === 'our' || t.norm === 'the' || t.norm === 'my' || t.norm === 'your' || t.norm === 'these' || t.norm === 'those') {
      determiner = true;
      break;
    }
    if (nounClass(t.base) === 'patient' || PREPOSITIONS.has(t.norm) || AUXILIARIES.has(t.norm)) break;
    k--;
  }
  // "the girls on reception", "the lads in estates".
  for (let j = to; j < to + 3 && sameSentence(tokens[j]); j++) if (WORKPLACES.has(tokens[j]!.norm)) return true;
  return determiner;
}
