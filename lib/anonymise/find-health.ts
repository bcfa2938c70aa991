import { makeSpan } from './make-span';
import type { Span } from './span';

/** Conditions a CV may disclose about the candidate or their family. */
const CONDITION =
  /\b(?:type\s+[12]\s+diabetes|diabetes|dyslexi[ac]|dyspraxi[ac]|ADHD|autism|autistic|epilepsy|epileptic|(?:[a-z]+\s+)?cancer|leukaemia|lymphoma|(?:relapsing-remitting\s+)?multiple\s+sclerosis|Crohn['’]s(?:\s+disease)?|colitis|fibromyalgia|sickle\s+cell(?:\s+(?:trait|disease|anaemia))?|arthritis|lupus|depression|anxiety|PTSD|bipolar(?:\s+disorder)?|schizophrenia|a\s+stroke|stroke|heart\s+attack|a\s+stent|stent|hip\s+replacement|knee\s+replacement|high\s+blood\s+pressure|hypertension|Parkinson['’]s|dementia|Alzheimer['’]s|long\s+COVID|ME\/CFS|chronic\s+fatigue|HIV|hearing\s+loss|deaf|visual\s+impairment|visually\s+impaired|hidden\s+disability(?:\s+\([^)\n]{1,40}\))?|a\s+disability|disabled|remission|chemotherapy|infusions?)\b/g;
/** A clause about the writer or their family: "I have", "I was diagnosed", "my brother, who has". */
const PERSONAL =
  /\b(?:I\s+(?:have|had|am|was|live|lived|manage|managed|myself)|I['’](?:ve|m)|(?:my|our)\s+(?:own|condition|diagnosis|disability|health|mother|father|mum|dad|brother|sister|son|daughter|husband|wife|partner|child|children|parents?)|diagnosed|treated\s+for|who\s+has)\b/i;
/** Support the writer receives: "my overlays", "help me", "I use", "I have". Arranging it for staff is HR work. */
const OWN_SUPPORT = /\b(?:my|me|I(?:\s+[a-z]+){0,3}?\s+(?:have|had|get|got|use|used|receive|received|need|needed))\b/;
/** Clinical work with the condition, not the writer's health: "diabetes clinic", "stroke patients". */
const CLINICAL_AFTER = /^\s+(?:clinics?|patients?|service|services|ward|unit|team|nurse|specialist|review|reviews|assessments?|pathway|education|care|screening|register|champion|lead|awareness|training|medication|management|prevention)\b/i;
/** "patients with anxiety", "people living with dementia" shortly before: someone else's condition, at work. */
const CLINICAL_BEFORE = /\b(?:patients?|people|clients?|service\s+users?|residents?|adults?|children|young\s+people|families|those|carers)\s+(?:(?:living|diagnosed)\s+)?(?:with|who\s+have|affected\s+by)\b|\b(?:interest|experience|expertise|knowledge|training|trained|specialist|specialising|specializing|qualified|lead|leads|clinics?|management|manage|managing|screening|education|awareness|research|audit|project|work|working|worked|rotating|rotation|rotations|placements?|teams?|wards?|services?)\s+(?:in|of|with|on|for|through|across)\s+(?:(?:type\s+[12]|adult|childhood|paediatric|gestational)\s+)?$|\bexperienced\s+$/i;
/** Adjustments and support that disclose a disability: "a reasonable adjustments passport", "coloured overlays". */
const ADJUSTMENT =
  /\b(?:reasonable\s+adjustments?\s+(?:passport|plan|agreement)|Access\s+to\s+Work|Disabled\s+Students['’]?\s+Allowance(?:\s+assessment)?|(?:coloured|tinted)\s+overlays|extra\s+time\s+(?:in|for)\s+(?:written\s+)?(?:exams|tests|assessments)|(?:no|any)\s+(?:health|medical)\s+(?:problems|issues|conditions))\b/gi;
const SENTENCE_EDGE = /[.;!?]/;
/** A line this long or longer is part of a wrapped paragraph: its line break does not end the sentence. */
const WRAPPED_LINE = 55;

/** Whether text[i] ends a sentence: a full stop, "!", "?" or ";", or the break after a short line or before a blank one. */
function isEdge(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '\n') return SENTENCE_EDGE.test(c);
  return i - (text.lastIndexOf('\n', i - 1) + 1) < WRAPPED_LINE || text[i + 1] === '\n' || i + 1 === text.length;
}

/** The sentence around [start, end), across the breaks of a wrapped paragraph (at most 200 characters either way). */
function sentence(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 200 && !isEdge(text, s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < 200 && !isEdge(text, e)) e++;
  return text.slice(s, e);
}

/** ", which is in remission", ", which is well controlled with a pump": a relative clause that describes the condition. */
const DESCRIBED = /^,\s+which\s+(?:is|was|has|had)\b[^,;.!?()]{0,60}/;

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
    if (!PERSONAL.test(sentence(text, m.index, end)) && !/\bmy\s+$/i.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    spans.push(makeSpan('health', m.index, end + (DESCRIBED.exec(text.slice(end, end + 80))?.[0].length ?? 0)));
  }
  for (const m of text.matchAll(ADJUSTMENT)) {
    const end = m.index + m[0].length;
    if (OWN_SUPPORT.test(sentence(text, m.index, end))) spans.push(makeSpan('health', m.index, end));
  }
  for (const m of text.matchAll(/\b(?:Disabled|Disability|Neurodiversity|Neurodivergent)\s+(?:Staff\s+)?(?:Network|Forum|Group|Association)\b/g)) {
    spans.push(makeSpan('health', m.index, m.index + m[0].length));
  }
  return spans;
}
