import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 14 (engine-35): false alarms and misses found by reading the checker's findings on a third
// set of real, public NHS adverts (large acute and specialist trusts, estates, HR, integrated care
// boards, national bodies, 111 and dental services), fixed by a sense or a structure. The adverts
// are not quoted: every case is a fresh wording, each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a number padded with a zero makes letters a post code; a level or grade keeps its letters', () => {
  check([
    ['Estates Technician (EN02)', 'advert', []],
    ['You will supervise FY1 doctors on the ward.', 'advert', ['unexpanded-acronym@19:FY1']],
  ]);
});

describe('letters joined by slashes with no digit are a list of abbreviations, not a code', () => {
  check([
    ['Clinics run at KGH/RDH/WMH each week.', 'advert', ['unexpanded-acronym@15:KGH', 'unexpanded-acronym@19:RDH', 'unexpanded-acronym@23:WMH']],
    ['Vacancy ref AB/12/77 closes on Friday.', 'advert', []],
  ]);
});

describe('an NHS body\'s initials may leave out its legal form ("University", "Foundation")', () => {
  check([
    ['Northmoor Partnership University NHS Foundation Trust is recruiting. NPUT staff can join the gym.', 'advert', []],
    ['We support Riverbend Partnership University NHS Foundation Trust (RPFT) across two sites.', 'advert', []],
    ['RPFT staff can join the gym.', 'advert', ['unexpanded-acronym@0:RPFT']],
  ]);
});

describe('an abbreviation inside a name gives all its letters to the initials in brackets', () => {
  check([
    ['Trustees of NHS Tissue and Eye Bank (NHSTEB) meet monthly.', 'advert', []],
    ['NHSTEB trustees meet monthly.', 'advert', ['unexpanded-acronym@0:NHSTEB']],
  ]);
});

describe('a field label in capitals at the start of a line is words, not an abbreviation', () => {
  check([
    ['SALARY SCALE: £24,000 to £26,000', 'advert', []],
    ['POST SCALE: band 3', 'advert', []],
    ['AMAU: you will rotate through the unit.', 'advert', ['unexpanded-acronym@0:AMAU']],
    ['Please bring two A4 copies of your certificates.', 'advert', []],
  ]);
});

describe('"independent" before a process or a journey is not the trait', () => {
  check([
    ['Independent travel between our three clinics is part of the job.', 'advert', []],
    ['You should be independent and decisive.', 'advert', ['masculine-independent@14:independent', 'masculine-decisive@30:decisive']],
  ]);
});

describe('"take charge" of a shift in a nurse\'s absence is a duty, not a dominance trait', () => {
  check([
    ['As deputy manager you will take charge regularly on late shifts.', 'advert', []],
    ['You will take charge in the absence of the unit manager.', 'advert', []],
    ['We want a born leader who loves to take charge.', 'advert', ['masculine-lead@10:born leader', 'masculine-lead@35:take charge']],
  ]);
});

describe('a quality staff bring is theirs: "the dynamism band 5s bring"', () => {
  check([
    ['We welcome the fresh ideas and dynamism that band 5s bring to the unit.', 'advert', ['age-dynamic@31:dynamism']],
    ['We are proud of the dynamism we bring to the county.', 'advert', []],
  ]);
});

describe('a plain passive inside a paragraph describes the service; as a line of its own it is a duty', () => {
  check([
    ['Main duties\nThe clinic has six rooms. New couches are installed every spring.', 'advert', []],
    ['Main duties\n- Dressings are changed daily.', 'advert', ['passive-duty@24:are changed']],
    ['Main duties\nThe ward has 20 beds. Patient records must be kept up to date.', 'advert', ['passive-duty@50:must be kept']],
  ]);
});

describe('a place of worship that begins a place name ("Temple Fortune") is the place, not a faith', () => {
  check([
    ['You will provide supervisor cover at Temple Fortune or Hendon sites when needed.', 'advert', []],
    ['Candidate 4 goes to Chapel every Sunday, which will be a headache for the weekend rota.', 'email', ['faith-judged@20:Chapel']],
  ]);
});
