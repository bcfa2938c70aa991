import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 12 (engine-29): false alarms found by reading the checker's findings on real, public NHS
// adverts and job descriptions, fixed by a sense, a reading of who the words are about or a
// structure. The adverts are not quoted: every case is a fresh wording, each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('organisations: a social enterprise, an alliance or a subsidiary is not the person', () => {
  check([
    ['Join a dynamic social enterprise owned by its staff.', 'advert', []],
    ['Join a dynamic GP alliance of nine surgeries.', 'advert', []],
    ['We want a dynamic receptionist for our enterprise.', 'advert', ['age-dynamic@10:dynamic']],
  ]);
});

describe('people a service is for: "the elderly", "the frail/elderly", "those who are frail, elderly"', () => {
  check([
    ['The team visits the housebound and the elderly across the borough.', 'advert', []],
    ['Our nurses support the frail/elderly and their carers at home.', 'advert', []],
    ['The coordinator is there for residents, mainly those who are frail, elderly, or living alone.', 'advert', []],
    ['The older the better for this post.', 'advert', ['age-older@4:older']],
    ['We would prefer the young and energetic.', 'advert', ['age-young@20:young', 'age-energetic@30:energetic']],
    ['Could one of the mature, steady bank nurses cover Friday?', 'email', ['age-mature@17:mature']],
    ['We need a quiet, elderly locum to cover Fridays.', 'advert', ['age-older@17:elderly']],
  ]);
});

describe('whose part it is: "an active role in their own care" is the patients\'', () => {
  check([
    ['The service helps people take an active role in their own rehabilitation.', 'advert', []],
    ['You will take an active role in your own appraisal.', 'advert', ['masculine-active@17:active']],
    ['You will play an active role in the audit programme.', 'advert', ['masculine-active@17:active']],
  ]);
});

describe('a first language said of the people served, or not asked for, is no demand', () => {
  check([
    ['You will phone relatives and staff whose first language may not be English.', 'advert', []],
    ['English as a first language is not needed for this post.', 'advert', []],
    ['Candidates whose first language is English are preferred.', 'advert', ['first-language@17:first language is English']],
  ]);
});

describe('an appointment slot is not slotting in', () => {
  check([
    ['Choose a clinic slot in the booking system before Friday.', 'advert', []],
    ['We want someone who can slot in with the reception team.', 'advert', ['culture-fit@24:slot in']],
  ]);
});

describe('UK ENIC (NARIC) comparability is the route for an overseas qualification', () => {
  check([
    ['A UK degree, or a UK ENIC statement for an overseas degree, is essential.', 'advert', ['unexpanded-acronym@21:ENIC']],
    ['UK qualifications essential; NARIC comparability accepted.', 'advert', ['unexpanded-acronym@29:NARIC']],
    ['A UK degree is essential.', 'advert', ['uk-only-qualification@2:UK degree']],
  ]);
});

describe('years that set a starting salary are a pay rule, not a demand', () => {
  check([
    ["If you have fewer than two years' NHS experience at band 2, you will start on the first pay point.", 'advert', []],
    ["You must have at least two years' NHS experience at band 2.", 'advert', ["age-years-experience@14:at least two years' NHS experience"]],
  ]);
});

describe('a licence category names the vehicle the job drives; adjustments offered in the next sentence are the route', () => {
  check([
    ['A full driving licence with category C1 is essential.', 'advert', []],
    ['You will need a driving licence and a car for work. Adjustments will be considered under the Equality Act 2010.', 'advert', []],
    ['You will need a driving licence and a car for work. We offer free parking at all sites.', 'advert', ['driving-licence@16:driving licence']],
  ]);
});

describe("a job description's field labels and clock times are not abbreviations", () => {
  check([
    ['JOB TITLE: Ward Clerk\nBAND: 3\nGRADE: Admin and Clerical', 'advert', []],
    ['Shifts run from 7AM to 3PM.', 'advert', []],
    ['GRADE: Band 3\nYou will update the PAS daily.', 'advert', ['unexpanded-acronym@34:PAS']],
    ['INFORMATION PACK\nThank you for applying.', 'advert', []],
    ['BAND 6 MSK\nThank you.', 'advert', ['unexpanded-acronym@7:MSK']],
  ]);
});

describe('a name spelled out with an abbreviation inside it still explains its own', () => {
  check([
    ['Leeds and York NHS Partnership (LYP) runs the unit.', 'advert', []],
    ['Leeds and York Partnership (LYT) runs the unit.', 'advert', ['unexpanded-acronym@28:LYT']],
  ]);
});
