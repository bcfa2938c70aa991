import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 45 (engine-141): the misses fresh44 left in the study slice, each read by a general rule. Every case is fresh
// wording, beside near-misses that must not flag.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a posture joined by "and" to a demanded one shares its demand, past the demand\'s own reach', () => {
  check([
    [
      'Porters must be able to walk the wards all shift without a break and push laden cages on their own.',
      'advert',
      ['physical-extent@8:must be able to walk the wards all shift without a break', 'physical-extent@69:push laden cages on their own'],
    ],
    [
      'You must be able to stand for nine hours and push full laundry trolleys on your own.',
      'advert',
      ['physical-demands@20:stand for nine hours', 'physical-extent@45:push full laundry trolleys on your own'],
    ],
    // Said of patients, or of what staff do, there is no demand to share.
    ['Patients must be able to stand and walk the length of the ward on their own before discharge.', 'advert', []],
    ['Our porters stand all day and push cages on their own.', 'advert', []],
  ]);
});

describe('a load carried up or down stairs is an unbounded demand; walking stairs, or a carry chair with training, is not', () => {
  check([
    ['We need someone who can carry boxes of stock up the stairs to the loft.', 'advert', ['physical-extent@3:need someone who can carry boxes of stock up the stairs']],
    ['You will need to lift the portable slit lamp up flights of stairs.', 'advert', ['physical-extent@0:You will need to lift the portable slit lamp up flights of stairs']],
    ['You will need to go up and down stairs between the two clinics.', 'advert', []],
    ['You will need to carry patients down stairs in the carry chair after manual handling training.', 'advert', []],
  ]);
});

describe("a look someone must fit, whoever's image it is", () => {
  check([
    ['Please only send people who suit their image.', 'email', ['appearance-led@28:suit their image']],
    ['The posters should fit the image of the NHS brand.', 'advert', []],
  ]);
});

describe('a no-nonsense person is harsh tone; a no-nonsense guide is not', () => {
  check([
    ['We are after calm, no-nonsense officers for the night team.', 'advert', ['aggressive-idioms@19:no-nonsense officers']],
    ['A no-nonsense guide to your pension is in the starter pack.', 'advert', []],
  ]);
});

describe('an age word in a list of who the team already includes describes its range, not the hire', () => {
  check([
    ['Our portering team includes students, carers fitting shifts round school and mature staff who have retired from the forces.', 'advert', []],
    ['The ward\'s volunteers range from sixth-formers to older neighbours who have helped for years.', 'advert', []],
    ['We want a mature porter for the night team.', 'advert', ['age-mature@10:mature']],
  ]);
});

describe('experience demanded only in an NHS organisation, or years of it in the NHS', () => {
  check([
    ['Essential: Three years of coding experience gained in an NHS hospital.', 'advert', ['age-years-experience@11:Three years of coding experience', 'nhs-experience-essential@51:in an NHS']],
    [
      "Essential: 6 years' audit experience, at least 3 in the NHS.",
      'advert',
      ["age-years-experience@11:6 years' audit experience", 'nhs-experience-essential@49:in the NHS'],
    ],
    ['Desirable: experience in an NHS hospital.', 'advert', []],
    ['Essential: experience in an NHS or independent sector hospital.', 'advert', []],
    ['You do not need experience in an NHS trust.', 'advert', []],
  ]);
});

describe('a team named by a pastime asks for people like it', () => {
  check([
    ['You will join a lively crowd of tech geeks on the digital floor.', 'advert', ['age-energetic@16:lively', 'pastime-team@23:crowd of tech geeks']],
    ['The hospital radio is run by a team of volunteers.', 'advert', []],
  ]);
});

describe('capitals before a framework that no English word spells are an abbreviation, not a name', () => {
  check([
    ['Plan meals with the IDDSI framework and the RCSLT guidance.', 'advert', ['unexpanded-acronym@20:IDDSI', 'unexpanded-acronym@44:RCSLT']],
    ['We use the ADAPT framework and the CONSTRUCT model.', 'advert', []],
  ]);
});
