import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

/** Each redaction as "type «original»", to read what went and what stayed. */
const found = (text: string) => anonymise(text).redactions.map((r) => `${r.type} «${r.original}»`);

// Round 34's review (helper mend-34b): readings of the anonymiser that took the candidate's work, belief or places for their
// personal details. Fresh lines in our own words, none from any corpus, each with a near case that must still go.

describe('M6: criminal-record takes only the writer’s own record', () => {
  test.each([
    'Supported three conditional discharges for restricted patients through the tribunal process.',
    'Ran the criminal record checks for all bank staff and volunteers in 2023.',
    'Criminal record certificates chased for every new starter.',
    'Custody nurse: assessed detainees before a caution in the charge room.',
    'I hold a conviction in the power of good handovers, and handle sharps with caution.',
  ])('stays: %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('criminal-record'))).toEqual([]);
  });

  test.each([
    ['Disclosure: I received a conditional discharge in 2009 for criminal damage.', 'criminal-record «received a conditional discharge in 2009 for criminal damage»'],
    ['I have a caution for possession, now spent.', 'criminal-record «have a caution for possession, now spent»'],
    ['I have a police caution in 2015.', 'criminal-record «have a police caution in 2015»'],
  ])('goes: %j', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('M7: refugees the writer works with are no one’s own status', () => {
  test.each([
    'Half of my caseload were Sudanese refugees housed by the council.',
    'The drop-in I led meets Eritrean refugees every Tuesday.',
    'My patients were mostly Afghan refugees.',
  ])('stays: %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('nationality') || f.startsWith('immigration-status'))).toEqual([]);
  });

  test('the writer’s own goes', () => {
    const text = anonymise('Before nursing I was a Kurdish refugee in Turkey.').text;
    expect(text).not.toContain('Kurdish');
    expect(text).not.toContain('refugee');
  });
});

describe('M10: a list of wards is no list of people', () => {
  test('ward names stay', () => {
    expect(found('Charge nurse on Poppy, Iris, Violet and Daisy wards.').filter((f) => f.startsWith('name'))).not.toContainEqual('name «Poppy»');
    expect(found('Worked across Heather, Bluebell, Primrose and Clover bays.').filter((f) => f.startsWith('name'))).toEqual([]);
  });

  test('a list of given names, two of them met, still goes', () => {
    const text = 'Layla Mansour mentored me. I raised Layla, Omar, Zaid and Hiba alone.';
    expect(found(text)).toEqual(expect.arrayContaining(['name «Omar»', 'name «Zaid»', 'name «Hiba»']));
  });
});

describe('S5: a referee’s "She is 34" takes no distance or rate', () => {
  test.each(['Reference: He is 40 mins from the hospital by car.', 'Reference: She is 25 km away and drives.', 'Reference: He is 30 hrs a week on nights.'])('stays: %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('age'))).toEqual([]);
  });

  test('the age goes', () => {
    expect(found('Reference: He is 41 and has led the team for years.')).toContain('age «41»');
  });
});

describe('S6: a union the writer met with, of any name, is not their own', () => {
  test.each(['Chaired a meeting with the BDA and GMB reps on job plans.', 'Met with the SoR and Unite stewards about the rota.'])('stays: %j', (text) => {
    expect(found(text).filter((f) => f.startsWith('trade-union'))).toEqual([]);
  });

  test('the writer’s own role goes', () => {
    expect(found('I am a BDA workplace rep.')).toContain('trade-union «BDA workplace rep»');
  });
});

describe('S10: a patient’s nationality in a case study stays', () => {
  test('a patient referred or admitted', () => {
    expect(found('Case study: a 22-year-old Somali student with asthma, admitted via A&E.').filter((f) => f.startsWith('nationality'))).toEqual([]);
  });

  test('the writer’s own goes', () => {
    expect(found('I arrived as a 23-year-old Nigerian nurse in 2014.')).toContain('nationality «Nigerian»');
  });
});
