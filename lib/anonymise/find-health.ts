import { makeSpan } from './make-span';
import type { Span } from './span';

/** Conditions a CV may disclose about the candidate or their family. */
const CONDITION =
  /\b(?:type\s+[12]\s+diabetes|diabetes|dyslexi[ac]|dyspraxi[ac]|ADHD|autism|autistic|epilepsy|epileptic|(?:[a-z]+\s+)?cancer|leukaemia|lymphoma|(?:relapsing-remitting\s+)?multiple\s+sclerosis|Crohn['’]s(?:\s+disease)?|colitis|fibromyalgia|sickle\s+cell(?:\s+(?:trait|disease|anaemia))?|arthritis|lupus|depression|anxiety|PTSD|bipolar(?:\s+disorder)?|schizophrenia|a\s+stroke|stroke|heart\s+attack|a\s+stent|stent|hip\s+replacement|knee\s+replacement|high\s+blood\s+pressure|hypertension|Parkinson['’]s|dementia|Alzheimer['’]s|long\s+COVID|ME\/CFS|chronic\s+fatigue|HIV|hearing\s+loss|deaf|visual\s+impairment|visually\s+impaired|hidden\s+disability(?:\s+\([^)\n]{1,40}\))?|a\s+disability|disabled|remission|chemotherapy|infusions?)\b/g;
/** A clause about the writer or their family: "I have", "I was diagnosed", "my brother, who has". */
const PERSONAL =
  /\b(?:I\s+(?:have|had|am|was|live|lived|manage|managed|myself)|I['’](?:ve|m)|(?:my|our)\s+(?:own|condition|diagnosis|disability|health|mother|father|mum|dad|brother|sister|son|daughter|husband|wife|partner|child|children|parents?)|diagnosed|treated\s+for|who\s+has)\b/i;
/** Clinical work with the condition, not the writer's health: "diabetes clinic", "stroke patients". */
const CLINICAL_AFTER = /^\s+(?:clinics?|patients?|service|services|ward|unit|team|nurse|specialist|review|reviews|assessments?|pathway|education|care|screening|register|champion|lead|awareness|training|medication|management|prevention)\b/i;
/** "patients with anxiety", "people living with dementia" shortly before: someone else's condition, at work. */
const CLINICAL_BEFORE = /\b(?:patients?|people|clients?|service\s+users?|residents?|adults?|children|young\s+people|families|those|carers)\s+(?:(?:living|diagnosed)\s+)?(?:with|who\s+have|affected\s+by)\b/i;
const CLAUSE_EDGE = /[.;!?\n]/;

/** The clause around [start, end): back and forward to a full stop, semicolon or line break (at most 200 characters). */
function clause(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 200 && !CLAUSE_EDGE.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < 200 && !CLAUSE_EDGE.test(text[e]!)) e++;
  return text.slice(s, e);
}

/**
 * Health and disability the writer discloses about themselves or their family ("I have type 1
 * diabetes", "my brother, who has autism"), and disability staff networks. A condition named in
 * clinical work ("diabetes clinics", "stroke patients") stays.
 */
export function findHealth(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CONDITION)) {
    const end = m.index + m[0].length;
    if (CLINICAL_AFTER.test(text.slice(end, end + 30)) || CLINICAL_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (!PERSONAL.test(clause(text, m.index, end))) continue;
    spans.push(makeSpan('health', m.index, end));
  }
  for (const m of text.matchAll(/\b(?:Disabled|Disability|Neurodiversity|Neurodivergent)\s+(?:Staff\s+)?(?:Network|Forum|Group|Association)\b/g)) {
    spans.push(makeSpan('health', m.index, m.index + m[0].length));
  }
  return spans;
}
