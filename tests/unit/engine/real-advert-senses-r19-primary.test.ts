import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 19, primary care and small employers (issue 11): each reading in other words than the
// adverts that showed it.

describe('where someone works from is logistics, not where they come from', () => {
  it.each([
    'This is a hybrid post where you work partly from home and partly from our Leeds office.',
    'Where do you work from on most days?',
    'It is a community role where you worked from a base in the town hall.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('still flags the question about origin', () => {
    expect(read('So, where are you from originally?', 'email')).toEqual([['question-nationality', 'where are you from', 4]]);
  });
});

describe('people the role, post or job requires are the people hired', () => {
  it.each<[string, [string, string, number][]]>([
    ['This job needs people who are organised, lively and calm under pressure.', [['age-energetic', 'lively', 41]]],
    ['The role needs someone who is calm, lively and well organised.', [['age-energetic', 'lively', 36]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it('leaves the people a service welcomes', () => {
    expect(read('Our day centre welcomes people who are frail, lively or shy.')).toEqual([]);
  });
});

describe('an independent survey, inquiry or evaluation is impartial, not a trait', () => {
  it.each([
    'An independent survey of our staff last year showed high morale.',
    'The findings of an independent inquiry are published on our website.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags the trait asked of the person', () => {
    expect(read('Ideally you are fiercely independent and happy to work alone.')).toEqual([['masculine-independent', 'fiercely independent', 16]]);
  });
});

describe('an aside after a noun describes that noun', () => {
  it.each([
    'Our patient, in her 60s, now walks to the surgery without help.',
    'Our resident, in his 60s, joined the walking group this spring.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags an age asked of the person hired', () => {
    expect(read('We want a nurse, in her 20s, to join us.')).toContainEqual(['age-decade', 'in her 20s', 17]);
  });
});

describe('a common word written in capitals for stress is not an abbreviation', () => {
  it('leaves "our MANY templates"', () => {
    expect(read('You will use our MANY clinical templates every day.')).toEqual([]);
  });
  it('still flags an abbreviation', () => {
    expect(read('Training in PMVA is given in your first month.')).toEqual([['unexpanded-acronym', 'PMVA', 12]]);
  });
});

describe('"an independent" as a noun is an independent practice, not a trait', () => {
  it.each([
    'Many optometrists start out at an independent.',
    'Joining a family independent means you see the same patients for years.',
    'She trained at a multiple, then moved to an independent and she has stayed.',
    'He sees working at an independent as a way of life.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each<[string, [string, string, number][]]>([
    ['You will be an independent, resilient clinician.', [['masculine-independent', 'independent', 15]]],
    ['We would like a mature, calm receptionist.', [['age-mature', 'mature', 16]]],
    ['You should speak English like a native.', [['native-english', 'English like a native', 17]]],
  ])('still flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
