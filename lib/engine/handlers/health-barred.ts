import { judgementNear } from '../judgement/reader';
import { nounClass } from '../lexicon';
import { PATIENT_WORDS } from '../reading/who';
import { GAP } from '../tokenize';
import { CONDITIONS } from './condition-doubted';
import { byFirstWord, firstCuePerSentence, longestFrom, phraseList as phrases } from './cue-per-sentence';
import type { SpanHandler } from './types';
import type { Doc } from '../document';

/** Conditions and injuries a bar is said of, besides those a candidate may disclose (condition-doubted.ts). */
const BARRED = [
  ...CONDITIONS.filter((c) => c[0] !== 'adjustments' && c[0] !== 'adjustment' && c[0] !== 'extra' && c[0] !== 'access' && c[0] !== 'condition'),
  ...phrases(`back injury, back injuries, injury, injuries, seizures, fits, heart problems, heart condition, mental ill health,
    self harm, psychiatric illness, psychiatric history, psychiatric treatment, psychiatric care, psychiatric admission, mental health treatment, musculoskeletal problems, musculoskeletal, sickness absence, long term sickness,
    medical conditions, health conditions, health condition, mental health condition, mental health conditions, mental health issues, long term condition, long term conditions, health problems, serious illness, addiction, substance misuse,
    time off for stress, time off with stress, time off for depression, time off with depression, time off for anxiety,
    time off for mental health, time off for their mental health, time off for your mental health, time off sick, sick leave, stress, stress-related illness, work-related stress,
    medication, any medication, regular medication, prescribed medication, medicines, any medicines,
    allergies, allergy, skin conditions, skin condition, skin problems, eczema, psoriasis, dermatitis`),
];
const BARRED_BY_FIRST = byFirstWord(BARRED);

/** What bars an applicant by a past or present condition: "no history of", "must not have had", "free from". */
const BARS = phrases(`
  no, no history of, no previous history of, not have a history of, not have any history of, without a history of,
  must not have, must not have had, must not have needed, must never have had, must never have needed,
  never have been signed off, never been signed off, not have been signed off, must not suffer from, must not be suffering from, no previous, no past,
  anyone with a history of, applicants with a history of, candidates with a history of,
  no one with, nobody with, not anyone with, anyone with, applicants with, candidates with,
  anyone who has had, anyone who has been, applicants who have had, applicants who have been, candidates who have had, candidates who have been,
  must not be on, must not be taking, should not be on, should not be taking, must not take, must be free from, must be free of`);
/**
 * The kind of person a condition may be said of, not a candidate named: "anyone", "applicants",
 * "no one". Those that open with "no" or "not" refuse by themselves ("nobody on insulin"); the others
 * only name whom the sentence is about ("anyone prone to migraines" bars only when something turns
 * them away).
 */
const KINDS = phrases('anyone, anybody, applicants, candidates, people, those, someone, somebody, whoever, no one, nobody, not anyone');
/**
 * The word that ties the kind of person to a condition they have or take: "with", "on", "taking",
 * "prone to", "living with", "who has". A kind and a tie make a bar; the condition is looked for from
 * the tie, which may open it ("nobody on insulin").
 */
const TIES = phrases('with, on, taking, prone, living, suffering, who, that');
/** Each kind of person followed by each tie, kept apart from BARS so a hit knows where its tie starts. */
const KIND_BARS = KINDS.flatMap((kind) => TIES.map((tie) => [...kind, ...tie])).filter((bar) => !BARS.some((b) => b.join(' ') === bar.join(' ')));
const KIND_BAR = new Set(KIND_BARS);
/** Ties a verb follows: "anyone who has", "people that take". */
const VERB_NEXT = new Set(['who', 'that']);
/** Bars that name whom they are about without refusing them: "anyone with asthma" bars only with words that turn them away. */
const NAMING = new Set(['anyone', 'anybody', 'applicants', 'candidates', 'people', 'those', 'someone', 'somebody', 'whoever']);
const ALL_BARS = [...BARS, ...KIND_BARS];
const BARS_BY_FIRST = byFirstWord(ALL_BARS);
/** Words that make the bar a requirement of the applicant: "Essential:", "must". */
const REQUIRED = phrases(`must, essential, required, requirement, only, ask that, asks that, expect that, expects that`);
/** Words that turn the applicants the bar names away: "need not apply", an instruction to screen them out, the post said not to suit them, a warning to "think twice before applying". */
const EXCLUDED = phrases(`need not apply, needn't apply, not be considered, will not consider, cannot consider, can't consider, won't consider, wouldn't consider,
  screen them out, screen out, screened out, filter them out, filter out, weed them out, weed out, rule them out, rule out,
  not suitable, unsuitable, isn't suitable, not be suitable, not think this job is suitable, not think this role is suitable, not think this post is suitable,
  don't think this job is suitable, don't think this role is suitable, don't think this post is suitable,
  think carefully before applying, think twice before applying, think twice about applying, reconsider applying`);
/** Words that make the sentence about patients, the work or support, not a bar on applicants. */
const OTHER_SENSE = phrases(`
  people with, working with, worked with, experience, instead, can apply by, apply by phone, extra time, will be given, so we have,
  another way, other ways, alternative,
  supporting, support, supported, adjustment, adjustments, occupational health, after an offer, after offer, conditional offer,
  group, groups, therapy, treatment, referral, referrals, recovery, do not need to, don't need to, not required, no need,
  does not matter, doesn't matter, welcome, regardless, disability confident, environment, premises, infection, infections,
  pests, free from harm, free of charge, free from discrimination, free from bullying, free from abuse,
  less favourably, disadvantaged, turned away, left out, miss out, excluded, discriminated, never screen, not screen, don't screen,
  do not screen, won't screen, will not screen, not screened, never screened, never rule out, not rule out, won't rule out`);

/** The judgements that turn away the kind of person a bar names: "would struggle", "not a place for", "steer clear of". */
const TURNED_AWAY = { reading: 'person', kinds: ['doubt', 'refuse'] } as const;

/** How far after the bar the condition may be: "no history of back or neck injury". */
const WINDOW = 6;
/** Words after which a condition barred by a bare "no" may go on: "No allergies or skin conditions", "No eczema that would…". */
const AFTER_HEAD = new Set(['or', 'and', 'that', 'which']);
/** How far after a kind of person's tie: "anyone prone to migraines", not "nobody on the panel should ask about medication". */
const TIE_WINDOW = 5;

/**
 * A bar on applicants by a past or present condition: "No history of back injury", "Applicants must
 * not have a history of mental illness", "must be free from epilepsy". Screening people out by a
 * condition, before any offer and without asking what adjustments would make the job possible, is
 * disability discrimination (Equality Act 2010, sections 15, 20 and 60). Patients' histories, support
 * offered and an occupational health check after offer are not flagged.
 */
export const healthBarred: SpanHandler = {
  kind: 'span',
  find({ doc }) {
    const { tokens } = doc;
    // Every hit starts at a bar ("no history of", "must not have"): a text with none is not read word by word.
    if (!doc.documentHas(ALL_BARS)) return [];
    return firstCuePerSentence(doc, doc.tokensWith(BARS_BY_FIRST), (k) => longestFrom(doc, BARS_BY_FIRST, k), (k, bar, from, to) => {
      // A kind of person and its tie: the condition from the tie on ("nobody on insulin"), near it.
      // After "who" or "that" comes the verb ("who has", "who takes"): a condition starts after it,
      // so "someone who fits the mould" is no seizure.
      // In notes and e-mails, the characteristic judged (person-judged.ts) reads the kind of person and
      // the judgement; an advert has only this reading.
      const kindBar = KIND_BAR.has(bar);
      if (kindBar && doc.kind !== 'advert') return null;
      const after = !kindBar ? k + bar.length : VERB_NEXT.has(bar.at(-1)!) ? k + bar.length + 1 : k + bar.length - 1;
      let start = -1;
      let end = -1;
      // A bare "no" bars only the condition straight after it, as a criterion lists it: "No allergies or skin conditions".
      const window = bar.length === 1 ? 1 : kindBar ? TIE_WINDOW : WINDOW;
      for (let j = after; j < Math.min(to, after + window) && end < 0; j++) {
        const words = longestFrom(doc, BARRED_BY_FIRST, j);
        if (words) [start, end] = [j, j + words.length];
      }
      if (end >= 0 && bar.length === 1 && !headOfItsPhrase(doc, end)) return null;
      // Patients' conditions are no bar on applicants: read from the bar's clause on, so a reason in a clause
      // before it ("Given the nature of our patients, we can't consider anyone with ...") does not make them theirs.
      // The condition's own words are no other sense: "psychiatric treatment" is what is barred, not a service offered.
      if (end < 0 || doc.hasPhrase(from, start, OTHER_SENSE) || doc.hasPhrase(end, to, OTHER_SENSE) || doc.hasPhrase(doc.clauseStart(tokens[k]!.clause), to, PATIENT_WORDS)) return null;
      // "Patients …, including people on dialysis": "people" after patients in its sentence are more of them.
      if (bar[0] === 'people' && doc.hasPhrase(from, k, PATIENT_WORDS)) return null;
      // "No one on the diabetes team", "the asthma audit": the condition names a team or a piece of work.
      if (kindBar && tokens[end] !== undefined && tokens[end]!.sentence === tokens[k]!.sentence && nounClass(tokens[end]!.base) !== undefined) return null;
      // "No history of back injury." as a criterion, or a bar stated with "must" or "essential".
      // A bare "no" is a criterion only as a list item: "No medication." alone is a remark, not a bar.
      const criterion = tokens[k]!.norm === 'no' && k === from && (bar.length > 1 || (tokens[k]!.gap & GAP.BULLET) !== 0);
      // "Anyone with asthma - screen them out", "applicants with a history of back injury need not apply".
      if (doc.hasPhrase(from, to, EXCLUDED)) return [start, end];
      // "Anyone with asthma must tell us", "applicants who have had surgery must tell us" ask; they do not
      // bar. "Anyone prone to anxiety will struggle here", "not a role for anyone with ...": a doubt or a
      // refusal in the sentence turns them away.
      if (NAMING.has(bar[0]!) && bar.at(-1) !== 'of') return doc.kind === 'advert' && judgementNear(doc, from, to, k, k, end, TURNED_AWAY) ? [start, end] : null;
      // "No one with epilepsy", "nobody on insulin": the bar refuses by itself.
      const refusal = bar.at(-1) === 'with' || kindBar;
      if (!criterion && !refusal && !bar.includes('must') && !doc.hasPhrase(from, to, REQUIRED) && doc.sectionAt(tokens[k]!.start)?.role !== 'essential') return null;
      // The condition barred: a rule that names the whole bar ("history of depression") keeps its own card.
      return [start, end];
    });
  },
};

/**
 * Whether the condition ending before token e heads its noun phrase, as a criterion lists it: the clause ends there
 * or goes on with "or", "and" or "that" ("No allergies or skin conditions that…"). "No medication errors", "No stress
 * about deadlines", "No skin conditions are too minor" name something else, or say something of the condition.
 */
function headOfItsPhrase(doc: Doc, e: number): boolean {
  const next = doc.tokens[e];
  return next === undefined || next.clause !== doc.tokens[e - 1]!.clause || AFTER_HEAD.has(next.norm);
}
