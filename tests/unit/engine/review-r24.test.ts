import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 24's independent review: each fault in the reviewer's words and in others, with the sense kept.

describe('an outing enjoyed by the team or by anyone, not asked of the one hired', () => {
  it.each([
    'We are a friendly practice team who enjoys a curry night now and then.',
    'Our lab crew who joins the quiz night most months would love to meet you.',
    'You will run a weekly falls class at the local golf club for anyone who enjoys staying active.',
  ])('leaves %j', (text) => {
    expect(read(text).filter(([id]) => id === 'social-life-expected')).toEqual([]);
  });
  it('still flags it of the person wanted', () => {
    expect(read('We want a receptionist who enjoys a curry night with the team.')).toEqual([['social-life-expected', 'who enjoys a curry night', 23]]);
  });
});

describe('"unpaid" beside a break or an optional visit, and forces words of the people served', () => {
  it.each([
    'Week one is supernumerary shadowing shifts, each with an unpaid lunch break.',
    'You may shadow the team before interview if you wish; visits are unpaid and up to you.',
    'Desirable: experience of working with service leavers in a housing setting.',
    'Ideally you will have worked with ex-military personnel in a housing service.',
  ])('leaves %j', (text) => {
    expect(read(text).filter(([id]) => id === 'unpaid-trial' || id === 'forces-background-preferred')).toEqual([]);
  });
});

describe('medicines in a task or a supply, not a list asked of the reader', () => {
  it.each([
    'At the station you will check any medicines and medications against the chart.',
    'Any medications needed on the day can be kept at reception.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a colour said of ink or answers', () => {
  it('is no colour demanded of a person', () => {
    expect(read('Please answer in black only, with capitals.', 'email')).toEqual([]);
  });
});

describe('mums, a kind of man, seasoned colleagues and a language with its reason', () => {
  it.each([
    'The postnatal group is popular with mums from across the town.',
    'The screening van reaches the kind of man who avoids his GP.',
    'You will learn from seasoned midwives on every shift.',
    'Applicants must speak Urdu as the role answers our Urdu helpline.',
  ])('leaves %j', (text) => {
    expect(read(text).filter(([id]) => ['working-mums', 'type-of-man', 'age-seasoned', 'language-demanded'].includes(id))).toEqual([]);
  });
});
