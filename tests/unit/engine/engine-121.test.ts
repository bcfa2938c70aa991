import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// engine-121 (round 41: the misses fresh40-* showed): fresh wordings of each reading mended, with their
// offsets, and near sentences that must stay quiet. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each<[string, TextKind, string[]]>(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a past worker who "couldn\'t keep up", given with an age', () => {
  check([
    ['No one over 55, please – our previous temp could not keep up.', 'email', ['age-limit@7:over 55', 'age-agility@29:previous temp could not keep up']],
    // No age in the sentence: a complaint about the workload.
    ['Our last temp could not keep up with the phones, so we have added a second line.', 'email', []],
  ]);
});

describe('children "of their own" wanted', () => {
  check([
    ["We'd prefer a health visitor with kids of their own.", 'email', ['family-status-requirement@34:kids of their own']],
    ['Patients with children of their own can bring them to clinic.', 'advert', []],
  ]);
});

describe('a car demanded besides the ability to travel', () => {
  check([
    ['Person specification\nEssential\n- Own transport and the ability to travel across the county', 'advert', ['own-car@33:Own transport']],
    // The ability to travel offered instead of the car.
    ['Person specification\nEssential\n- Own car or the ability to travel across the county by other means', 'advert', []],
  ]);
});

describe('a no-nonsense manner asked for', () => {
  check([
    ['We need a calm, no-nonsense leader for the night team.', 'advert', ['aggressive-idioms@16:no-nonsense leader']],
    ['We offer no-nonsense advice on pensions.', 'advert', []],
  ]);
});

describe('a trainee\'s medical history asked to be sent', () => {
  check([
    ["Please send us each trainee's medical history before the placement begins.", 'email', ['health-disclosure@30:medical history']],
    ["Please send us the patient's medical history before the appointment.", 'email', []],
  ]);
});

describe('a referee asked to confirm a date of birth', () => {
  check([
    ["2. Please confirm the candidate's date of birth and their start date.", 'email', ['date-of-birth@34:date of birth']],
    // A caller's identity checked, and a date of birth confirmed by the employer when the person starts.
    ["Staff confirm each caller's date of birth before giving results.", 'advert', []],
    ['We will confirm your date of birth when you start, for payroll.', 'email', []],
  ]);
});

describe('returners pictured as raising a family', () => {
  check([
    ['Did you give up midwifery to bring up your children? Come back to us.', 'advert', ['family-break-assumed@26:to bring up your children']],
    // One reason among any, and staff's own stories.
    ['Whether you took a career break to raise a family or for any other reason, we welcome returners.', 'advert', []],
    ['Many of our staff stepped back to raise a family and returned part time.', 'advert', []],
  ]);
});

describe('"still got it" teased', () => {
  check([["Think you've still got it? Come and show us!", 'advert', ['age-idioms@13:still got it']]]);
});

describe('a recruit "easier to mould"', () => {
  check([
    ['A school leaver would be easier to mould than an experienced hand.', 'advert', ['age-school-leaver@2:school leaver', 'mould-the-hire@25:easier to mould']],
    ['Clay is easier to mould when it is warm.', 'advert', []],
  ]);
});

describe('long service preferred', () => {
  check([
    ['We would prefer someone who has been with the trust for several years.', 'advert', ['long-service-preferred@16:someone who has been with the trust for several years']],
    ['Our team leader has been part of the department for many years.', 'advert', []],
    ['We celebrate long service with an annual award.', 'advert', []],
  ]);
});

describe('sickness in a recent period held against a bank worker', () => {
  check([
    ['Text back if you can do Friday – not if you were off sick in the past fortnight.', 'email', ['attendance-record@49:off sick in the past']],
    ['Anyone who was off sick in the past month is offered a phased return.', 'email', []],
  ]);
});
