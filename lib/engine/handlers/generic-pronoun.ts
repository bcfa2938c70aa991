import type { Doc } from '../document';
import type { SpanHandler } from './types';

const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);

/** Words that name the post-holder or a role rather than a particular person. */
const ROLE_NOUNS = new Set([
  'holder', 'postholder', 'jobholder', 'candidate', 'applicant', 'individual', 'person', 'employee', 'member',
  'recruit', 'starter', 'appointee', 'receptionist', 'nurse', 'manager', 'pharmacist', 'technician', 'dentist',
  'hygienist', 'therapist', 'optometrist', 'optician', 'doctor', 'gp', 'clinician', 'practitioner', 'assistant',
  'administrator', 'coordinator', 'co-ordinator', 'worker', 'physiotherapist', 'paramedic', 'associate',
  'secretary', 'lead', 'leader', 'trainee', 'registrar', 'locum', 'navigator', 'clerk', 'supervisor', 'partner',
]);

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame']);

/** Capitalised words that are not people's names: organisations, places at work, days and months. */
const NOT_NAMES = new Set([
  'nhs', 'practice', 'surgery', 'trust', 'team', 'medical', 'centre', 'health', 'care', 'primary', 'network',
  'pharmacy', 'dental', 'clinic', 'service', 'services', 'board', 'england', 'the', 'our', 'your', 'we', 'i',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'band', 'senior',
  'clinical', 'general', 'advanced', 'specialist', 'community', 'social', 'mental', 'patient', 'patients',
  'reception', 'admin', 'finance', 'operations', 'business', 'digital', 'quality', 'safeguarding', 'dear',
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

function isCapitalisedName(doc: Doc, k: number, sentenceFirst: number): boolean {
  const t = doc.tokens[k]!;
  if (k === sentenceFirst) return false;
  const first = doc.text.charAt(t.start);
  if (first === first.toLowerCase()) return false;
  const raw = doc.text.slice(t.start, t.end);
  if (raw.length > 1 && raw === raw.toUpperCase()) return false; // an acronym
  return !NOT_NAMES.has(t.base) && !ROLE_NOUNS.has(t.base) && !PRONOUNS.has(t.norm);
}

/**
 * He/she/his/her used for the post-holder: a role noun in the same or the previous sentence and no
 * named person there ("Dr Patel ... she" is about a real colleague and passes).
 */
export const genericPronoun: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    const hits = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!PRONOUNS.has(t.norm) || t.quoted || isPaired(doc, k)) continue;
      if (t.norm === 'her' && tokens[k + 1]?.norm === 'majesty') continue;
      const [from] = doc.sentenceRange(Math.max(0, t.sentence - 1));
      const [ownFirst] = doc.sentenceRange(t.sentence);
      const [prevFirst] = doc.sentenceRange(Math.max(0, t.sentence - 1));
      let role = false;
      let named = false;
      for (let j = from; j < k; j++) {
        const w = tokens[j]!;
        if (TITLES.has(w.norm)) named = true;
        else if (ROLE_NOUNS.has(w.base)) role = true;
        else if (isCapitalisedName(doc, j, w.sentence === t.sentence ? ownFirst : prevFirst)) named = true;
      }
      if (role && !named) hits.push({ start: t.start, end: t.end });
    }
    return hits;
  },
};
