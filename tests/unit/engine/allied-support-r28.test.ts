import { describe, expect, it } from 'vitest';
import { read } from './read-findings';
import { analyse } from '@/lib/engine';

// Round 28, district and practice nursing, occupational therapy, CAMHS and child psychotherapy,
// genetic counselling, dental nursing, porters, care assistants and the reference forms employers
// send: each reading in other words than the pages that showed it.

/** The advice of the only finding on an abbreviation. */
function advice(text: string): string {
  const found = analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY }).findings.filter((f) => f.ruleId === 'unexpanded-acronym');
  expect(found).toHaveLength(1);
  return found[0]!.message;
}

describe("a post's title that names its patient group is still the post", () => {
  it.each([
    ['We would like to hear from a resilient, dynamic Children and Families Therapist for our hub.', 'age-dynamic', 'dynamic', 40],
    ['Applications are invited from an energetic Adult and Older Adult Dietitian.', 'age-energetic', 'energetic', 33],
  ])('flags %j', (text, rule, word, start) => {
    expect(read(text)).toEqual([[rule, word, start]]);
  });
  it.each([
    'Our clinic sees young Children and Young People referred by schools.',
    'The Older People and Dementia Nurse runs the memory clinic.',
    'We help elderly patients and carers with their medicines.',
  ])('leaves the patients in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"the elderly" before a relative word are the people a service is for', () => {
  it.each(['The unit cares for the elderly whose families live far away.', 'Our day centre is for the elderly where transport is hard to find.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['The post would suit an elderly applicant.', 23],
    ['Ideally the elderly where possible would apply.', 12],
  ])('still flags %j, where the employer wants them', (text, start) => {
    expect(read(text)).toEqual([['age-older', 'elderly', start]]);
  });
});

describe('a referee asked whether the applicant has a disability', () => {
  it.each([
    ['Please answer: does the candidate have any disabilities we should know about?', 'does the candidate have any disabilities', 15],
    ['Does she have a disability?', 'Does she have a disability', 0],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['question-health', words, start]]);
  });
  it.each([
    'Does the applicant have a disability that we should plan adjustments for at interview?',
    'Tell us how the candidate supported a colleague who has a disability.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe("a post's title is the wrong meaning where a body or a pay supplement stands", () => {
  /** The plain advice on an abbreviation no meaning is offered for. */
  const unknown = (acronym: string) => `“${acronym}” is an abbreviation that not every applicant will know. Spell it out the first time you use it.`;
  it.each<[string, [string, number][]]>([
    [
      'You must be BACP accredited or working towards it. We welcome an ACP registered counsellor.',
      [['BACP', 12], ['ACP', 65]],
    ],
    ['Pay: £38,000 to £44,000 a year including HCAs.\nOur HCAs join the ward team.', [['HCAs', 41]]],
  ])('gives plain advice, not a post, in %j', (text, expected) => {
    const found = analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY }).findings.filter((f) => f.ruleId === 'unexpanded-acronym');
    expect(found.map((f) => [f.ruleId, f.text, f.start, f.message])).toEqual(expected.map(([acronym, start]) => ['unexpanded-acronym', acronym, start, unknown(acronym)]));
  });
  it.each([
    ['You will supervise the ACP on the ward.', 'Advanced Clinical Practitioner (ACP)'],
    ['Salary £30,000. The team includes HCAs and nurses.', 'Healthcare Assistants (HCAs)'],
    ['The ward team includes HCAs and nurses.', 'Healthcare Assistants (HCAs)'],
  ])('keeps the post in %j', (text, expansion) => {
    expect(advice(text)).toContain(expansion);
  });
});

describe('a long service name before brackets may leave out two of its letters', () => {
  it('passes a name that gives all but two, first and last among them', () => {
    expect(read('Please contact the Bristol Community Adult Learning Disability Service (BCALDTS) for details.')).toEqual([]);
  });
  it.each([
    ['Please contact the Newcastle Children Service (NCYPMHS) for details.', 'NCYPMHS', 47],
    ['Please contact the Bristol Community Learning Service (BCALDTS) for details.', 'BCALDTS', 55],
  ])('flags %j, whose name leaves out more', (text, key, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', key, start]]);
  });
});

describe("a version's stamp is no abbreviation", () => {
  it('leaves initials dating the page', () => {
    expect(read('The post holder supports the ward.\nJKW October 2022\nMain duties')).toEqual([]);
  });
  it.each([
    ['You will be trained to NVQ3 and use EPR daily.', [['unexpanded-acronym', 'NVQ3', 23], ['unexpanded-acronym', 'EPR', 36]]],
    ['The post holder supports the ward.\nSDEC June 2024 relaunch is planned.', [['unexpanded-acronym', 'SDEC', 35]]],
  ])('still flags %j', (text, found) => {
    expect(read(text)).toEqual(found);
  });
});
