import type { Doc } from '../document';
import { HELP_VERBS, nounClass } from '../lexicon';
import { GAP } from '../tokenize';

/**
 * A judgement or a preference about a person, as phrases of lower-case words: what a manager writes
 * when the words after it name who they want or doubt ("ideally", "we'd prefer", "not sure about",
 * "feel safer with", "ask the agency for"). Shared by the handlers that read a protected
 * characteristic said of the person wanted; each handler decides what the characteristic is.
 */
const PREFERENCES: string[][] = [
  'ideally', 'ideal', 'prefer', 'prefers', 'preferring', 'preferably', 'preferred', 'rather', 'want', 'wants', 'wanted',
  'wanting', 'need', 'needs', 'needed', 'looking for', 'look for', 'get', 'getting', 'got', 'hire', 'hiring',
  'recruit', 'recruiting', 'appoint', 'appointing', 'send', 'sending', 'ask', 'asking', 'asked', 'request',
  'requested', 'not sure', 'unsure', 'worried', 'worry', 'worries', 'doubt', 'doubts', 'doubtful',
  'not convinced', 'wary', 'safer with', 'feel safer', 'comfortable with', 'happier with', 'better with', 'better off with', 'best with', 'would be better',
  'would be best', 'be better', 'be best', 'better suited', 'best suited', 'suit', 'suits', 'suited', 'gel',
  'no point', "can't see", 'cannot see', 'hoping for', 'hope for', 'go for', 'going for', 'take on', 'bring in',
  'stick to', 'stick with', 'keen on', 'keen to have', 'steer', 'steering', 'lean towards', 'leaning towards', 'push for',
  'look out for', 'looking out for', 'lookout for', 'keep an eye out for',
].map((p) => p.split(' '));

const byFirst = new Map<string, string[][]>();
for (const p of PREFERENCES) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]);

/** Words that start a new statement inside a sentence: a preference before them is about something else. */
const NEW_STATEMENT = new Set(['but', 'so', 'because', 'although', 'though', 'whereas', 'while', 'whilst', 'and', 'as', 'since', 'if', 'when']);

/** How far back from the preference its subject may be: "most of our patients prefer". */
const SUBJECT_WINDOW = 5;

const RELATIVE = new Set(['who', 'that', 'whom']);
/** Preferences that take "to" or "of" before the person: "better suited to a man", "wary of a female porter". */
const TAKES: Record<string, string> = { to: 'suited', of: 'wary' };
const TAKES_EITHER = new Set(['stick']);
/** A patient's relatives, and the titles a patient is written with ("Mrs Khan would prefer a female GP"). */
const RELATIVES = new Set(['husband', 'wife', 'son', 'daughter', 'relative', 'relatives', 'mum', 'dad', 'grandson', 'granddaughter', 'nok']);
const PATIENT_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** Asking is a preference only for what is asked for: "ask the agency for a girl". */
const REQUESTS = new Set(['ask', 'asking', 'asked', 'request', 'requested']);
const FOR = new Set(['for']);
/** Words that start a doubt about a person ("not sure about", "worried about", "doubts about"). */
const DOUBTS = new Set(['not', 'unsure', 'worried', 'worry', 'worries', 'doubt', 'doubts', 'doubtful', 'wary', "can't", 'cannot', 'no']);
const INDEFINITE = new Set(['a', 'an', 'another']);
function wordBetween(doc: Doc, j: number, k: number, words: ReadonlySet<string>): boolean {
  for (let h = j + 1; h < k; h++) if (words.has(doc.tokens[h]!.norm)) return true;
  return false;
}

/**
 * Whether a patient, a client, a service, a patient's relative or a titled person (a patient, as
 * notes write them) is who holds the preference at j ("our patients prefer a female nurse", "Mrs
 * Khan would prefer a female GP").
 */
function patientPrefers(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  const clause = tokens[j]!.clause;
  const isPatient = (h: number) => {
    const t = tokens[h]!;
    const cls = nounClass(t.base);
    return cls === 'patient' || cls === 'service' || RELATIVES.has(t.base) || PATIENT_TITLES.has(t.norm);
  };
  for (let h = j - 1; h >= 0 && h >= j - SUBJECT_WINDOW && tokens[h]!.clause === clause; h--) if (isPatient(h)) return true;
  // "patients who would prefer a woman", "older men who have said they would prefer a man": a
  // clause opened by "who" or "that" is about the noun just before it.
  const [clauseStart] = doc.clauseRange(clause);
  if (!RELATIVE.has(tokens[clauseStart]!.norm)) return false;
  for (let h = clauseStart - 1; h >= 0 && h >= clauseStart - 2; h--) if (isPatient(h)) return true;
  return false;
}

/** How far back, in words, a preference may be from the person it is about ("ideally a strong, fit young man"). */
export const PREFERENCE_WINDOW = 7;

/**
 * The token where a judgement or a preference starts, before token k in the same statement, or -1.
 * A patient, a client or a service named in between is who the words are about ("patients who
 * prefer a female nurse", "a clinic for new mums"), so none is found; nor across a colon, a bracket
 * or a word that starts a new statement.
 */
export function preferenceBefore(doc: Doc, k: number, window = PREFERENCE_WINDOW): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - window; j--) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) return -1;
    const cls = nounClass(t.base);
    if (cls === 'patient' || cls === 'service') return -1;
    const found = byFirst.get(t.norm)?.find((p) => j + p.length <= k && doc.phraseAt(j, p));
    // "ask the agency for a girl", not "ask a female colleague to chaperone".
    if (found && REQUESTS.has(t.norm) && !wordBetween(doc, j, k, FOR)) return -1;
    // A doubt is about someone not yet known: "not sure about a male support worker", not "worried
    // about the girls on nights" (people already there).
    if (found && DOUBTS.has(t.norm) && !wordBetween(doc, j, k, INDEFINITE)) return -1;
    if (found) return patientPrefers(doc, j) ? -1 : j;
    if (NEW_STATEMENT.has(t.norm) || t.gap & GAP.BREAK) return -1;
    // "looking for a nurse to support women", "want to hear from men": the words are the object of
    // another verb, not of the preference ("suited to a man" keeps its preference).
    // "the needs of women": what follows "of" belongs to the noun before it.
    if (HELP_VERBS.has(t.norm) || ((t.norm === 'to' || t.norm === 'of') && TAKES[t.norm] !== tokens[j - 1]?.norm && !TAKES_EITHER.has(tokens[j - 1]?.norm ?? ''))) return -1;
  }
  return -1;
}
