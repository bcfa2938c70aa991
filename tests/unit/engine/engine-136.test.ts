import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 44 (engine-136): the misses fresh43 left in the study slice, each read by a general rule. Every case is fresh
// wording, beside near-misses that must not flag.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe("a culture named by where it comes from, asked of the person ('Western attitudes'), not of patients or a medicine", () => {
  check([
    ["Ideally nurses with a European mindset when it comes to hierarchy.", 'email', ['origin-outlook@22:European mindset']],
    ["We are after a receptionist with British attitudes to punctuality.", 'advert', ['origin-outlook@33:British attitudes']],
    ["Many of our patients hold western values about care at the end of life.", 'advert', []],
    ["The module compares western medicine with traditional approaches.", 'advert', []],
  ]);
});

describe("a group by age said to learn or adapt faster or slower is age-agility; one person's pace of learning, or patients', is not", () => {
  check([
    ["Over-50s are harder to train; younger starters pick things up more quickly.", 'email', ['age-young@30:younger', 'age-agility@47:pick things up more quickly']],
    ["Younger patients often bounce back faster after a fracture.", 'advert', []],
    ["She will learn faster with a named mentor.", 'email', []],
  ]);
});

describe("no family 'in tow' demanded of applicants; patients' and parents' children in tow are not", () => {
  check([
    ["Applicants should come without kids in tow, as the post moves between sites.", 'email', ['family-status-requirement@23:without kids in tow']],
    ["Mums often arrive at the drop-in with no children in tow.", 'advert', []],
  ]);
});

describe("people are the hire when the employer recruits, hires or needs them; people served are not", () => {
  check([
    ["Night staff must be young enough to take the pace, so we hire people young enough to stay up.", 'email', ['age-young@20:young', 'age-young@69:young']],
    ["We recruit people young enough to handle twelve-hour nights.", 'email', ['age-young@18:young']],
    ["We care for people young and old across the borough.", 'advert', []],
    ["Our patients need people young enough to understand them.", 'email', []],
  ]);
});

describe("keeping pace demanded as a physical bar, and 'who' after a 'with' phrase said of the people wanted; a service keeping pace with something is not", () => {
  check([
    ["We need ladies with a cheerful, steady manner who can keep pace through a 13-hour night.", 'advert', ['staff-called-girls@8:ladies', 'physically-fit@54:keep pace']],
    ["You must be able to keep up the pace on a busy ward.", 'advert', ['physically-fit@20:keep up the pace']],
    ["The service must keep pace with demand.", 'advert', []],
    ["We support women with a young family who can keep pace with the classes.", 'advert', []],
  ]);
});

describe("mentally strong or robust said of staff or the hire is a health bar; said of patients it is not", () => {
  check([
    ["Our porters are a friendly, mentally strong lot who never flap.", 'advert', ['physically-fit@28:mentally strong']],
    ["You will need to be mentally strong for this post.", 'advert', ['physically-fit@20:mentally strong']],
    ["We help patients stay mentally strong after a stroke.", 'advert', []],
  ]);
});

describe("someone with a car wanted by the writer for errands; a preference, or patients' lifts, are left", () => {
  check([
    ["I'd like somebody with a vehicle for the bank runs.", 'email', ["own-car@0:I'd like somebody with a vehicle"]],
    ["Ideally somebody with a car, but we can cover the bank runs ourselves.", 'email', []],
    ["Told the agency we want someone with a car so they can collect the post.", 'email', ['own-car@16:we want someone with a car']],
    ["Patients often need someone with a car to get them to clinic.", 'email', []],
  ]);
});

describe("a hire who will not need maternity leave; a policy's conditional is not", () => {
  check([
    ["This post suits a nurse who won't need maternity leave during the project.", 'advert', ["family-status-requirement@24:who won't need maternity leave"]],
    ["If you will not need maternity leave, you can skip this part of the policy.", 'advert', []],
  ]);
});

describe("a reported pregnancy the writer counts the cost of, and a due date after 'expecting'", () => {
  check([
    ["Candidate D was the strongest, but she mentioned she is expecting and we would have to cover her leave.", 'email', ['family-noted@56:expecting']],
    ["Candidate D was the strongest, and she mentioned she is keen on the nights.", 'email', []],
    ["Candidate D gave the clearest answers, and she mentioned she is expecting.", 'email', []],
    ["Candidate C - solid answers, but expecting in June.", 'email', ['family-noted@33:expecting']],
    ["We are expecting in March a delivery of new chairs.", 'email', []],
  ]);
});

describe("fresh ideas or thinking beside a word for a graduate or youth; fresh thinking welcomed from everyone is not", () => {
  check([
    ["We would love a recent graduate who brings a fresh approach.", 'advert', ['age-graduate@16:recent graduate', 'age-fresh-ideas@45:fresh approach']],
    ["We welcome fresh thinking from everyone in the team.", 'advert', []],
  ]);
});

describe("a hire who must not need telling twice is harsh tone; patients told twice are not", () => {
  check([
    ['We want a porter who will not need telling twice.', 'advert', ['aggressive-idioms@21:will not need telling twice']],
    ["Patients won't need to be told twice to take their tablets.", 'advert', []],
  ]);
});
