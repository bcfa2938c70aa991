import type { Doc } from '../document';
import { AUXILIARIES, DETERMINERS, nounClass, PREPOSITIONS, SUBJECT_PRONOUNS, TITLE_HEADS } from '../lexicon';
import { NAME } from '../names';
import { SHAPE } from '../tokenize';
import type { SpanHandler } from './types';

const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself', "he'll", "she'll", "he's", "she's", "he'd", "she'd"]);
/** People a service is for, one at a time: a pronoun after one of these is about them ("support the patient with his medication"). */
const SINGLE_PATIENTS = new Set(['patient', 'client', 'resident', 'child', 'baby', 'user', 'customer', 'caller', 'carer', 'relative', 'visitor', 'pupil', 'student']);

/** Words that name the post-holder or a role rather than a particular person. */
const ROLE_NOUNS = new Set([
  'holder', 'postholder', 'jobholder', 'candidate', 'applicant', 'individual', 'person', 'employee', 'member',
  'recruit', 'starter', 'appointee', 'receptionist', 'nurse', 'manager', 'pharmacist', 'technician', 'dentist',
  'hygienist', 'therapist', 'optometrist', 'optician', 'doctor', 'gp', 'clinician', 'practitioner', 'assistant',
  'administrator', 'coordinator', 'co-ordinator', 'worker', 'physiotherapist', 'paramedic', 'associate',
  'secretary', 'lead', 'leader', 'trainee', 'registrar', 'locum', 'navigator', 'clerk', 'supervisor', 'partner',
  'whoever', 'someone', 'anyone', 'colleague', 'hire', 'newcomer', 'incumbent', 'volunteer', ...TITLE_HEADS,
]);
/** How many sentences back a named person still explains a pronoun ("Aisha Rahman ... her start date"). */
const NAME_WINDOW = 3;

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame']);

/** Capitalised words that are not people's names: organisations, places at work, days and months. */
const NOT_NAMES = new Set([
  'nhs', 'practice', 'surgery', 'trust', 'team', 'medical', 'centre', 'health', 'care', 'primary', 'network',
  'pharmacy', 'dental', 'clinic', 'service', 'services', 'board', 'england', 'the', 'our', 'your', 'we', 'i',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'band', 'senior',
  'clinical', 'general', 'advanced', 'specialist', 'community', 'social', 'mental', 'patient', 'patients',
  'reception', 'admin', 'finance', 'operations', 'business', 'digital', 'quality', 'safeguarding', 'dear',
  'there', 'here', 'what', 'everyone', 'everybody', 'everything', 'nothing', 'nobody', 'something', 'anything',
]);

function isPaired(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  const between = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start).trim();
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next && (between(k, k + 1) === '/' || (next.norm === 'or' && PRONOUNS.has(tokens[k + 2]?.norm ?? ''))) &&
    (PRONOUNS.has(next.norm) || next.norm === 'or')) return true;
  if (prev && PRONOUNS.has(prev.norm) && between(k - 1, k) === '/') return true;
  if (prev?.norm === 'or' && PRONOUNS.has(tokens[k - 2]?.norm ?? '')) return true;
  // "s/he": the tokenizer sees "s", "he".
  if (prev?.norm === 's' && between(k - 1, k) === '/') return true;
  return false;
}

const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'across', 'around', 'within', 'outside', 'throughout']);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'morning', 'afternoon', 'thanks', 'regards', 'wishes']);
const SAID = new Set(['was', 'is', 'has', 'had', 'will', 'would', 'said', 'says', 'left', 'joined', 'did', 'does']);

/** Whether token k is part of a particular person's name (not one the text greets: "Hi Natalie"). */
function isPersonName(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (GREETINGS.has(doc.tokens[k - 1]?.norm ?? '') || NOT_NAMES.has(t.base) || ROLE_NOUNS.has(t.base) || PRONOUNS.has(t.norm)) return false;
  const kind = doc.nameKind(k);
  if (kind === NAME.PERSON) return true;
  if (kind === NAME.PROPER) {
    // "the wards at Eastbrook General": a name after a preposition of place is a place.
    let first = k;
    while (first > 0 && doc.nameKind(first - 1) === NAME.PROPER) first--;
    return !PLACE_PREPOSITIONS.has(doc.tokens[first - 1]?.norm ?? '');
  }
  // "Sue was lovely": a capitalised word that starts a sentence and is no common noun, before a verb.
  const next = doc.tokens[k + 1];
  return (
    // "Parking is free", "Training was good": an -ing word is an activity, not a name.
    doc.expectsCapital(k) && (t.shape & SHAPE.CAP) !== 0 && !(t.shape & SHAPE.CAPITALS) && nounClass(t.base) === undefined && !t.norm.endsWith('ing') &&
    !(t.norm in SUBJECT_PRONOUNS) && !DETERMINERS.has(t.norm) && !PREPOSITIONS.has(t.norm) && !AUXILIARIES.has(t.norm) &&
    next !== undefined && next.sentence === t.sentence && SAID.has(next.norm)
  );
}

/** Ordinals that pick out one of the people seen: "the second applicant", "the last candidate". */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'other', 'latter', 'former']);
/** People a panel has seen (not "the first person visitors meet", which is the role). */
const SEEN = new Set(['candidate', 'applicant', 'interviewee']);

/** Whether the role noun at j names a particular person: "Candidate 3", "applicant B", "the first applicant". */
function isNumbered(doc: Doc, j: number): boolean {
  const w = doc.tokens[j]!;
  const next = doc.tokens[j + 1];
  const prev = doc.tokens[j - 1];
  if (prev !== undefined && prev.sentence === w.sentence && ORDINALS.has(prev.norm) && SEEN.has(w.base)) return true;
  return next !== undefined && next.sentence === w.sentence && ((next.shape & SHAPE.NUMBER) !== 0 || /^[a-z]$/.test(next.norm));
}

/**
 * He/she/his/her used for the post-holder: a role noun before it (in an advert, anywhere before, since
 * an advert is about whoever gets the job; elsewhere, in the last few sentences) and no named person
 * in those sentences ("Dr Patel ... she" is about a real colleague and passes). A pronoun whose
 * nearest person before it is a patient or a client is about them, not the post-holder.
 */
export const genericPronoun: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    const hits = [];
    // The first role noun in the text: in an advert, a role anywhere before a pronoun counts.
    let firstRole = -1;
    if (doc.kind === 'advert') firstRole = tokens.findIndex((w, j) => ROLE_NOUNS.has(w.base) && !isNumbered(doc, j));
    // The sentence of the last pronoun of each sex that was about a named person: a chain of "her ...
    // her ... her" keeps pointing at that person ("a reference for Aisha Rahman ... her start date").
    const namedAt = { he: -NAME_WINDOW - 1, she: -NAME_WINDOW - 1 };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!PRONOUNS.has(t.norm) || t.quoted || isPaired(doc, k)) continue;
      const sex = t.norm.startsWith('s') || t.norm.startsWith('her') ? 'she' : 'he';
      if (t.sentence - namedAt[sex] <= NAME_WINDOW) {
        namedAt[sex] = t.sentence;
        continue;
      }
      if (t.norm === 'her' && tokens[k + 1]?.norm === 'majesty') continue;
      const [from] = doc.sentenceRange(Math.max(0, t.sentence - NAME_WINDOW));
      let role = firstRole >= 0 && firstRole < k;
      let named = false;
      // The nearest person before the pronoun: a role (the post-holder) or a patient.
      let nearest: 'role' | 'patient' | null = null;
      for (let j = from; j < k; j++) {
        const w = tokens[j]!;
        if (TITLES.has(w.norm)) named = true;
        else if (ROLE_NOUNS.has(w.base)) {
          if (isNumbered(doc, j)) named = true;
          else {
            role = true;
            nearest = 'role';
          }
        } else if (SINGLE_PATIENTS.has(w.norm)) nearest = 'patient';
        else if (isPersonName(doc, j)) named = true;
      }
      if (named) namedAt[sex] = t.sentence;
      else if (role && nearest !== 'patient') hits.push({ start: t.start, end: t.end });
    }
    return hits;
  },
};
