import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 22, digital, finance, payroll, communications, research and education posts, doctors' and
// psychologists' adverts and the long job descriptions behind them: each reading in other words than
// the pages that showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('"individuals" an employer wants are the people it hires', () => {
  it.each([
    ["We're seeking confident, hard-working individuals for our finance team.", 'masculine-confident', 'confident', 14],
    ['The post would suit ambitious individuals keen to progress.', 'masculine-ambitious', 'ambitious', 20],
  ])('flags %j', (text, rule, word, start) => {
    expect(read(text)).toEqual([[rule, word, start]]);
  });
  it.each([
    'Our clinic helps anxious but confident individuals return to work.',
    'We are looking for ways to support confident individuals living with diabetes.',
  ])('leaves the people a service is for in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a capitalised trait opening a criterion of a table copied flat is no name', () => {
  it.each([
    ['Abilities Good listener Confident presenter Works well under pressure', 'masculine-confident', 'Confident', 24],
    ['Knowledge and audit Competitive negotiator.', 'masculine-competitive', 'Competitive', 20],
  ])('flags %j', (text, rule, word, start) => {
    expect(read(text)).toEqual([[rule, word, start]]);
  });
  it.each([
    'We are proud to be a Disability Confident employer.',
    'Staff can book onto Confident Conversations training.',
    'Patients can join the Confident steps programme.',
    'Sessions on Assertive communication run monthly.',
    'Ask Grant about Confident parking.',
  ])('leaves the name in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a stage of retirement is flagged where the text seeks, chooses or addresses someone for the post', () => {
  it.each([
    ["We'd rather not take on someone nearing retirement.", 'nearing retirement', 32],
    ['Are you close to retirement and after a few hours a week?', 'close to retirement', 8],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['age-would-suit', words, start]]);
  });
  it.each([
    'Two of our three partners are nearing retirement, so the post leads to partnership.',
    'The scheme is for GPs thinking about leaving. Some are close to retirement, or need shorter sessions.',
  ])('leaves the people a scheme or the practice describes in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});
