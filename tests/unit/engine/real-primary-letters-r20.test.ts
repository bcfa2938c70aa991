import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 20, primary care adverts and recruitment letters (issue 11): each reading in other words
// than the documents that showed it.

describe('a reference or interview asking about family leave taken, or about children', () => {
  it.each<[string, [string, string, number][]]>([
    ['Has she taken any paternity leave in the last two years?', [['question-family-leave', 'Has she taken any paternity leave', 0]]],
    ['Please tell us: did the employee take adoption leave with you?', [['question-family-leave', 'did the employee take adoption leave', 16]]],
    ['For our records, give the ages of her children.', [['question-family-leave', 'ages of her children', 26]]],
    ['How long was his parental leave, roughly?', [['question-family-leave', 'How long was his parental leave', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'How much paternity leave do staff get under the practice policy?',
    'The post covers a colleague on maternity leave until June.',
    'If a parent will not give the name of the child, record it in the safeguarding referral.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('years of work and study together are a history looked back over, not experience', () => {
  it.each([
    'Referees should cover at least three years of employment, education or training.',
    'Your history should show a minimum of three years of work or study.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each<[string, [string, string, number][]]>([
    ['You will need at least three years of employment in a dental practice.', [['age-years-experience', 'at least three years', 14]]],
    ['Essential: 4 years of experience in education and training roles.', [['age-years-experience', '4 years of experience', 11]]],
  ])('still flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('abbreviations explained by the writer in other forms', () => {
  it('reads a plural typed in capitals with the letters it is the plural of', () => {
    expect(read('Our first contact practitioners (FCPs) work across four sites. FCPS also run the back pain clinic.')).toEqual([]);
  });
  it('still flags capitals ending in S that no other abbreviation explains', () => {
    expect(read('You will report to the FCPS lead each week.')).toEqual([['unexpanded-acronym', 'FCPS', 23]]);
  });
  it('reads an abbreviation of several meanings by the capitalised words the writer gave it', () => {
    expect(read('After two years as a Personal Assistant in the practice, I became PA to all three partners.')).toEqual([]);
  });
  it('reads a post named by the head word of a job title', () => {
    expect(read('I started as a Patient Advisor in Hull, and within a year I was the busiest PA in the region.')).toEqual([]);
  });
  it('does not read things with the same initials as the meaning', () => {
    expect(read('The job plan has 10 PAs, with 1.5 for Supporting Professional Activities.').map(([rule, text]) => [rule, text])).toEqual([['unexpanded-acronym', 'PAs']]);
  });
  it('still asks which meaning is meant when the writer gives none', () => {
    expect(read('Our PA will see patients with minor illness.').map(([rule, text]) => [rule, text])).toEqual([['unexpanded-acronym', 'PA']]);
  });
});

describe('"objective" said of "it", a process or a decision, is impartial, not a trait', () => {
  it.each(['We score each form against the criteria so it is objective and fair.', 'A second reader checks every score, so it remains objective.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags the trait asked of the person', () => {
    expect(read('It is important to stay objective when a patient complains.')).toEqual([['masculine-objective', 'objective', 24]]);
  });
});
