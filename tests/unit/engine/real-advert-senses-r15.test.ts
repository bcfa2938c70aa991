import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 15 (engine-39): false alarms found by reading the checker's findings on a fourth set of real,
// public NHS adverts (primary care and PCNs, chaplaincy, clinical coding, research, volunteers,
// dental, community pharmacy, NHS Wales and Northern Ireland, ambulance and 111), fixed by a sense or
// a structure. The adverts are not quoted: every case is a fresh wording, each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a word run into an abbreviation ("TeamKMH") is explained where the text spells the abbreviation', () => {
  check([
    ['Kestrel Moor Hospital (KMH) is recruiting. You will join TeamKMH on the day unit.', 'advert', []],
    ['You will join TeamKMH on the day unit.', 'advert', ['unexpanded-acronym@14:TeamKMH']],
  ]);
});

describe("a room, bay or floor's code is a place, not an abbreviation", () => {
  check([
    ['Interviews are held in Room C2, Lantern House.', 'advert', []],
    ['Bring your forms to Bay B14 on the ground floor.', 'advert', []],
    ['You will cover C2 and the day unit.', 'advert', ['unexpanded-acronym@15:C2']],
  ]);
});

describe('an abbreviation every reader knows run into a number is as known ("NHS111")', () => {
  check([
    ['Our advisers answer NHS111 calls through the night.', 'advert', []],
    ['You will triage CAS111 calls through the night.', 'advert', ['unexpanded-acronym@16:CAS111']],
  ]);
});

describe('a heading in capitals inside a line (line breaks lost) is words, not abbreviations', () => {
  check([
    ['Please read this first. ROLE OF THE BOARD The board meets monthly.', 'advert', []],
    ['Please read this first. DUTIES FOR THE OPMH TEAM The team meets monthly.', 'advert', ['unexpanded-acronym@39:OPMH']],
    ['Please read this first. You will cover AMAU and CDU this week.', 'advert', ['unexpanded-acronym@39:AMAU', 'unexpanded-acronym@48:CDU']],
  ]);
});

describe("a name written in capitals spells its initials as the same words in small letters do", () => {
  check([
    ['Information pack: HARBOUR VALLEY HEALTH & CARE TRUST. Applications to HVHCT close on Friday.', 'advert', []],
    ['Information pack: HARBOUR VALLEY TRUST. Applications to HVHCT close on Friday.', 'advert', ['unexpanded-acronym@56:HVHCT']],
  ]);
});

describe('"St." or "Dr." before a name does not end the sentence', () => {
  check([
    ['Welcome to Barnfield and St. Aidan\'s Hospitals NHS Trust (BSAH), a friendly employer.', 'advert', []],
    ['Dr. Okafor leads the clinic. BSAH staff can join the gym.', 'advert', ['unexpanded-acronym@29:BSAH']],
  ]);
});

describe('"pro-active" is the word proactive, not the trait "active"', () => {
  check([
    ['Take a pro-active approach to reviewing repeat prescriptions.', 'advert', []],
    ['You will be an active member of the reception team.', 'advert', ['masculine-active@15:active']],
  ]);
});

describe('"years in good health" is a statistic about a population, not a demand of the applicant', () => {
  check([
    ['Staff here spend more years in good health than the regional average.', 'advert', []],
    ['Staff here are in good health for longer than the national average.', 'advert', []],
    ['Candidates must be in good health.', 'advert', ['health-requirement@19:in good health']],
  ]);
});

describe('a line wrapped in the middle of a phrase goes on to the noun the adjective describes', () => {
  check([
    ['Since 2010 it has run as an autonomous\nbusiness entity.', 'advert', []],
    ['You will be autonomous\nand calm.', 'advert', ['masculine-autonomous@12:autonomous']],
  ]);
});

describe("a recruiter's initials after a reference's numbers close the reference", () => {
  check([
    ['REFERENCE No: 0992 44120 KT\nJOB TITLE: Staff Nurse', 'advert', []],
    ['Ref: 2208/5531 PLW\nJOB TITLE: Staff Nurse', 'advert', []],
    ['Closing date 12 March. Interviews with the PLW team follow.', 'advert', ['unexpanded-acronym@43:PLW']],
  ]);
});
