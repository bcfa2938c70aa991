import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 44 (mend-44d1): the review of engine-136's rules (review-44d). Each false alarm it found is mended by a
// general reading; every case here is fresh wording, the demand that must still flag beside the near-miss that must not.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe("keeping pace is a stamina demand when asked of the person ('must keep up the pace'), not the pace of a programme or a clinic", () => {
  check([
    ['Porters here must keep up the pace across three floors.', 'advert', ['physically-fit@18:keep up the pace']],
    ['You will help the matron keep the pace of the ward audit on track.', 'advert', []],
    ['Our pharmacists keep the pace steady at the counter.', 'advert', []],
  ]);
});

describe('a group by age said to learn faster is age-agility; every age welcomed, children, or a group doing better than it fears is not', () => {
  check([
    ['Returners aged 50 and over adapt more quickly, so we give them the busy wards.', 'email', ['age-agility@27:adapt more quickly']],
    ['Staff of any age adapt more quickly with a buddy on their first shifts.', 'advert', []],
    ['Pupils aged 11 to 16 learn faster with short videos, so our school health team uses them.', 'advert', []],
    ['Returners aged 50 and over adapt more quickly than they fear, with a practice educator alongside.', 'advert', []],
  ]);
});

describe("fresh ideas beside a recent qualification asked of the hire is age-fresh-ideas; a graduate job title or newly qualified staff welcomed is not", () => {
  check([
    ['We want a pharmacist who graduated in the last two years to bring fresh ideas.', 'advert', ['age-recent-qualification@25:graduated in the last two years', 'age-fresh-ideas@66:fresh ideas']],
    ['Graduate Primary Care Practitioners give the hub a fresh perspective on self-referral.', 'advert', []],
    ['Newly qualified paramedics can apply; our clinical leads welcome a fresh outlook.', 'advert', []],
  ]);
});

describe("a culture by origin asked of the hire is origin-outlook; one turned down, studied or held by the team is not; a candidate's noted is weighed up", () => {
  check([
    ['We would like a physio with a European mentality towards deadlines.', 'advert', ['origin-outlook@30:European mentality']],
    ["A British outlook isn't required: we want to hear every voice.", 'advert', []],
    ['Our registrars study European attitudes to advance care planning.', 'advert', []],
    ['Our consultants have a Western outlook on rotas, with protected time for all.', 'advert', []],
    ['Candidate 4 had a very English attitude to small talk and put us at ease.', 'email', ['origin-outlook@23:English attitude']],
  ]);
  it('words its message for notes as well as adverts (no "Asking for" said of a candidate noted)', () => {
    const [f] = analyse('Candidate 4 had a very English attitude to small talk and put us at ease.', { context: 'email' }).findings;
    expect(f?.message).toBe('Weighing up “English attitude” judges people by the culture they or their family come from, which may be race discrimination. Name the behaviour the job needs instead, and judge everyone on it.');
  });
});

describe("someone with a car wanted as a requirement is own-car; a car or vehicle word that begins a compound noun is not", () => {
  check([
    ['We require somebody with a vehicle to cover the outlying branch surgeries.', 'advert', ['own-car@0:We require somebody with a vehicle']],
    ['We need someone with a vehicle tracking qualification for the transport office.', 'advert', []],
    ['I want somebody with a car valeting background for the fleet team.', 'email', []],
  ]);
});

describe("'expecting in' a month is a due date when the clause ends there, not a plan that follows it", () => {
  check([
    ['Candidate D is expecting in March, and asked about flexible hours.', 'email', ['family-noted@15:expecting']],
    ['Candidate D is expecting in March to sit her final exam.', 'email', []],
  ]);
});

describe("a reported family circumstance whose cover the writer counts is drawn on; the candidate's own cover of a shift is not", () => {
  check([
    ['She told us she is pregnant, and I would have to cover her shifts over summer.', 'email', ['family-noted@19:pregnant']],
    ['She told us she is a single mum and will be covering the early clinic on Fridays.', 'email', []],
  ]);
});

describe("'told twice' is harsh said of the hire ('who won't need telling twice'), not of patients, staff news or what we value", () => {
  check([
    ["We are after a domestic who didn't need telling twice in her last post.", 'advert', ["aggressive-idioms@28:didn't need telling twice"]],
    ["Service users won't need to be told twice to book, as the app reminds them.", 'advert', []],
    ["Our porters won't need telling twice: the new bleep system is that easy.", 'advert', []],
    ['You do not need to be told twice what a difference you make here.', 'advert', []],
  ]);
});
