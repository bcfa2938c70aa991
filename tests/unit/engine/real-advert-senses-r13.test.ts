import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 13 (engine-30): false alarms found by reading the checker's findings on a second set of real,
// public NHS adverts and job descriptions (hospices, GP practices, community pharmacy, mental health
// and learning disability trusts), fixed by a sense or a structure. The adverts are not quoted:
// every case is a fresh wording, each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a duty to make sure something is done names its doer: the reader does the ensuring', () => {
  check([
    ['Main duties\n- Ensure every referral is logged on the same day.', 'advert', []],
    ['Main duties\n- Making sure the fridge temperatures are recorded each morning.', 'advert', []],
    ['Main duties\n- Confirm each dressing order is received before clinic.', 'advert', []],
    ['Main duties\n- Fridge temperatures are recorded each morning.', 'advert', ['passive-duty@34:are recorded']],
  ]);
});

describe('reference and serial codes are not abbreviations', () => {
  check([
    ['Job ref: 412-KQT-88-26-B. We are recruiting a receptionist.', 'advert', []],
    ['Vacancy number 917-PLX4410552 closes on Friday.', 'advert', []],
    ['Job ref\nWEXB Rotational Post', 'advert', []],
    ['Experience of ICD-10 coding is desirable.', 'advert', ['unexpanded-acronym@14:ICD']],
    ['You will train FY1/FY2 doctors.', 'advert', ['unexpanded-acronym@15:FY1', 'unexpanded-acronym@19:FY2']],
  ]);
});

describe('a name the text also writes in ordinary case is a name in capitals, not an abbreviation', () => {
  check([
    ['For a chat, ring Priya Odunsi on the number below.\nKind regards\nPRIYA ODUNSI', 'advert', []],
    ['Contact: Ayla Brenner for details.\nThe AMOR team meets weekly.', 'advert', ['unexpanded-acronym@39:AMOR']],
    ['Ask the KOTA team about the rota.', 'advert', ['unexpanded-acronym@8:KOTA']],
  ]);
});

describe('a shouted run of three words or more with a long one is a heading, even with ordinary words after it', () => {
  check([
    ['PLEASE NOTE: EXTERNAL VISA SPONSORSHIP is not available for this post.', 'advert', []],
    ['IMPORTANT: THE VISA RULES changed in April.', 'advert', []],
    ['Speak to the OT SALT team today.', 'advert', ['unexpanded-acronym@13:OT', 'unexpanded-acronym@16:SALT']],
  ]);
});

describe('an organisation spelled out with "NHS" inside its name explains its initials', () => {
  check([
    ['Northfield & West Marsh NHS Community Trust is hiring. NWMCT staff get free parking.', 'advert', []],
    ['NWMCT staff get free parking.', 'advert', ['unexpanded-acronym@0:NWMCT']],
  ]);
});

describe('an expansion with a compound written as two words ("Health Care Assistant") explains it', () => {
  check([
    ['The Health Care Assistant will report to the ward manager. HCAs work long days.', 'advert', []],
    ['HCAs work long days.', 'advert', ['unexpanded-acronym@0:HCAs']],
    ['You will work under a registered nurse. The RN signs off each care plan.', 'advert', []],
    ['The RN signs off each care plan.', 'advert', ['unexpanded-acronym@4:RN']],
  ]);
});

describe('"assertive outreach" and "assertive community treatment" name a service model, not a trait', () => {
  check([
    ['You will join our assertive outreach service in the city.', 'advert', []],
    ['The team offers assertive community treatment to people with psychosis.', 'advert', []],
    ['You must be assertive with callers.', 'advert', ['masculine-assertive@12:assertive']],
  ]);
});

describe('a visa pay rule that only full-time posts meet closes no post to part-timers', () => {
  check([
    ['For Band 3 roles, only full-time positions at the top of the pay scale meet the visa salary threshold.', 'advert', []],
    ['Sponsorship depends on the visa salary rules. Only full-time posts on Band 4 meet this threshold.', 'advert', []],
    ['We cannot offer visa sponsorship and can only consider full-time applicants.', 'advert', ['working-pattern-refused@41:only consider full-time']],
    ['We offer no visa sponsorship. We can only consider full-time applicants.', 'advert', ['working-pattern-refused@37:only consider full-time']],
  ]);
});
