import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 17 (engine-46): false alarms found by reading the checker's findings on a sixth set of real,
// public NHS adverts (mental health and community trusts, ambulance services, primary care, senior
// and board posts), fixed by a reading of structure or sense. The adverts are not quoted: every case is
// a fresh wording, each trap beside a positive.
const findings = (text: string, context: TextKind = 'advert') =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, string[]][]) =>
  it.each(cases)('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

describe('a name wrapped onto the next line still spells the letters in brackets after it', () => {
  check([
    ['You will join our Rapid Response/Early\nSupport Team (RREST) in Hull.', []],
    ['Referrals come through the Single Point\nof Access (SPA) each morning.', []],
    ['The post sits within the Memory Assessment\nService (MAS) at Bexhill.', []],
    // A full stop ends the name: the line after starts afresh.
    ['Our memory service is busy.\nAssessment Service (MAS) staff meet weekly.', ['unexpanded-acronym@48:MAS']],
    // Only one wrap: a name cannot run back two lines.
    ['The Older Adult\nPsychiatric Liaison\nTeam (OAPLT) covers wards.', ['unexpanded-acronym@42:OAPLT']],
    // A bullet starts a new item, not a wrapped line.
    ['Staff from the Hospital Discharge\n- Team (HDT) attend.', ['unexpanded-acronym@42:HDT']],
  ]);
});

describe('a glossary line gives the meaning straight after the letters, in the writer\'s own words', () => {
  check([
    ['Glossary\nAHP Allied Health Practitioner\nPALS Patient Advice Liaison Service', []],
    ['Abbreviations: CAMHS Child and Adolescent Mental Health Service; CPA Care Plan Approach.', []],
    // Words after the letters that do not give them are not a glossary.
    ['Please copy the AHP Team Leader into every referral.', ['unexpanded-acronym@16:AHP']],
    ['Send forms to the PALS Office Manager by Friday.', ['unexpanded-acronym@18:PALS']],
    // The words must start with capitals: a sentence running on is not a glossary entry.
    ['The PALS helps to answer queries.', ['unexpanded-acronym@4:PALS']],
  ]);
});

describe('a word in capitals paired by a slash with a label word is part of the label', () => {
  check([
    ['SALARY/RANGE £24,071 to £25,674', []],
    ['PAY BAND/SCALE Band 3, pro rata', []],
    // A known abbreviation or letters with no vowels beside the label are still abbreviations.
    ['BAND/AFC Band 4', ['unexpanded-acronym@5:AFC']],
    ['ROLE/MSK Physiotherapist', ['unexpanded-acronym@5:MSK']],
  ]);
});

describe('looks words said of a place (an island, a valley, the moors) are not about anyone\'s appearance', () => {
  check([
    ['Live and work on a beautiful island with ferries to the mainland.', []],
    ['You will be working beside a beautiful loch.', []],
    ['Staff enjoy beautiful forests on the doorstep.', []],
    ['We are looking for an attractive receptionist.', ['appearance-led@22:attractive']],
    ['You should be beautiful, polished and ready to greet patients.', ['appearance-led@14:beautiful']],
  ]);
});

describe('training in the UK beside the CESR route is not a UK-only demand', () => {
  check([
    ['Doctors who trained in the UK should hold a CCT; others may apply through the portfolio pathway.', ['unexpanded-acronym@44:CCT']],
    ['If you trained in the UK you need a CCT, or a Certificate of Eligibility for Specialist Registration (CESR).', ['unexpanded-acronym@36:CCT']],
    ['Candidates must have trained in the UK.', ['uk-only-qualification@21:trained in the UK']],
    ['Only doctors who trained in the UK will be shortlisted.', ['uk-only-qualification@17:trained in the UK']],
  ]);
});
