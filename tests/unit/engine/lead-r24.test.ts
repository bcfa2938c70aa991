import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 24 (lead, from what the unseen fresh24 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

describe('a requirement in an essential cell of a person specification row copied flat', () => {
  it('is judged by its own cell, not by the "Desirable:" cell beside it', () => {
    expect(read('Skills Essential: Clear handwriting Essential: Use of own vehicle Desirable: First aid at work')).toEqual([['own-car', 'own vehicle', 54]]);
  });
  it('is still a preference in a desirable cell, or with a preference word in its own cell', () => {
    expect(read('Skills Essential: Clear handwriting Desirable: Use of own vehicle')).toEqual([]);
    expect(read('Other Essential: Own vehicle would be an advantage Desirable: First aid at work')).toEqual([]);
  });
});

describe('a long stay wanted, in more words', () => {
  it.each([
    ['We are after a nurse who will be here for the long term.', 'here for the long term', 33],
    ['Ideally someone who means to stay until they retire.', 'stay until they retire', 29],
    ['I want a finance lead with a career runway to see the strategy through.', 'career runway', 29],
  ])('flags %j', (text, words, start) => {
    expect(read(text).filter(([id]) => id === 'age-long-stay')).toEqual([['age-long-stay', words, start]]);
  });
  it('leaves plans and services made for the long term', () => {
    expect(read('We are planning the new hub for the long term.')).toEqual([]);
  });
});

describe('continuous employment demanded in a clause beside a fair request to explain gaps', () => {
  it('flags the demand in its own clause', () => {
    expect(read('Tell us about any breaks in your work history; we only interview people with continuous employment.')).toEqual([
      ['employment-gaps', 'continuous employment', 77],
    ]);
  });
  it('leaves a request to explain the gaps in continuous employment', () => {
    expect(read('Please explain any gaps in continuous employment on the form.')).toEqual([]);
  });
});

describe('a post or team said to be for mothers', () => {
  it.each([
    ['School hours make this post popular with mums.', 'popular with mums', 28],
    ['The office is mainly mums, so we understand school holidays.', 'mainly mums', 14],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['working-mums', words, start]]);
  });
  it('leaves mothers as patients', () => {
    expect(read('The midwives see mums returning home after the birth.')).toEqual([]);
  });
});

describe('a capacity the post-holder acts in, capitalised after "as"', () => {
  it('does not stand for a particular person, so "he" after it is the post-holder', () => {
    expect(read('You will act as Appointed Person for lifting. He must sign every permit.')).toEqual([['generic-pronoun', 'He', 46]]);
  });
  it('leaves a named person who works in that capacity', () => {
    expect(read('Dr Okoro works as Clinical Lead. He will chair the panel.')).toEqual([]);
  });
});

describe('an age noted after a note about someone titled Sister or Brother', () => {
  it('reads the title as a title, not a patient’s relative', () => {
    expect(read('Shortlist notes.\nBrother Tomas was thoughtful.\n\nMs Adler is 64. Kind, but slow on the IT task.', 'email')).toEqual([
      ['age-noted', 'Ms Adler is 64. Kind, but slow on the IT task', 48],
    ]);
  });
  it('leaves an age after a relative of a patient', () => {
    expect(read('Shortlist notes.\nHer brother rang the ward.\n\nMr Dunne is 64 and frail.', 'email').filter(([id]) => id === 'age-noted')).toEqual([]);
  });
});

describe('a list of health items after "any", under a denial of any need to know', () => {
  it('is no question', () => {
    expect(read('You do not have to tell us any more about your health or your medication.', 'email')).toEqual([]);
  });
  it('is still one when the list is asked for', () => {
    expect(read('Please give any diagnosis, medication or sick leave in the last year.', 'email')).toEqual([
      ['question-health', 'any diagnosis, medication or sick leave', 12],
    ]);
  });
});

describe('a range of decades wanted', () => {
  it('flags "forties or fifties" said of the person', () => {
    expect(read('Forties to fifties would be the ideal for this post.', 'email')).toEqual([['age-decade', 'Forties to fifties', 0]]);
  });
  it('leaves the ages a service sees', () => {
    expect(read('The clinic sees people from their twenties to sixties.')).toEqual([]);
  });
});
