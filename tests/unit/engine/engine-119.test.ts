import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// engine-119 (round 41, the 34th audit on real NHS adverts): fresh wordings of each reading mended,
// with their offsets, and near sentences that must stay quiet. None of these sentences is in an advert read.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each<[string, TextKind, string[]]>(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a trait in a second predicate of the modal, after a helping verb and its object', () => {
  check([
    // "have a mature manner" is said of "you", not of the residents the first verb supports.
    ['Staff must build trust with a young person, show maturity and keep boundaries.', 'advert', ['age-mature@49:maturity']],
    ['The assistant must be ready to help at building trust with families, show maturity and tact.', 'advert', ['age-mature@74:maturity']],
    // Under the helped people's own "to", the bare verb continues their list.
    ['We help residents to regain skills, be mature about risk and live well.', 'advert', []],
  ]);
});

describe('experience demanded in the UK with no setting named', () => {
  check([
    ['Applicants need eighteen months of clinical experience in the United Kingdom.', 'advert', ['uk-only-experience@44:experience in the United Kingdom']],
    ['To join, you must have prior experience of working in Britain.', 'advert', ['uk-only-experience@29:experience of working in Britain']],
    ['Porters should have previously worked in this country.', 'advert', ['uk-only-experience@31:worked in this country']],
    // Overseas experience accepted, a preference, and the service's own reputation.
    ['Twelve months of experience in the UK or overseas is needed.', 'advert', []],
    ['Desirable: having experience of working in the UK.', 'advert', []],
    ['Our clinic gives the best patient experience in the UK.', 'advert', []],
  ]);
});

describe('a ward or room code said to be a place in its own sentence', () => {
  check([
    ['K21 is a 24-bedded stroke and rehabilitation ward.', 'advert', []],
    ['Clinics run from G7, the main outpatient suite, every weekday.', 'advert', []],
    // A code not said to be a place is still spelt out.
    ['You will be based on K21 with a friendly team.', 'advert', ['unexpanded-acronym@21:K21']],
  ]);
});

describe('"champion" naming a kind of role, not a trait', () => {
  check([
    ['Band 6 nurses take a link or champion role in wound care.', 'advert', []],
    ['Two champion roles are open to porters this year.', 'advert', []],
    // A champion the person is wanted to be is still coded.
    ['We want a natural champion of change on every shift.', 'advert', ['masculine-champion@10:natural champion']],
  ]);
});

describe('school leavers named with another kind of leaver', () => {
  check([
    ['The traineeship would suit school/sixth form leavers keen on science.', 'advert', ['age-life-stage@27:school/sixth form leavers']],
    ['We are seeking school or uni leavers for the admin pool.', 'advert', ['age-life-stage@15:school or uni leavers']],
    // A service for them, with no one wanted.
    ['The youth clinic supports school and university leavers with stress.', 'advert', []],
  ]);
});
