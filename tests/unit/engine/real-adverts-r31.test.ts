import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 31, dental nursing, pharmacy support, staff nurseries, mortuary, perfusion, school nursing and
// the real pages behind them: each reading in other words than the pages that showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a Latin phrase written in capitals on a pay or cover line is words, not letters', () => {
  it.each([
    'Salary: £26,530 - £29,114 PRO RATA',
    'Band 3, £25,100 PRO-RATA for 22.5 hours a week',
    'Pay: £31,000 PER ANNUM plus high cost area supplement',
    'Extra clinics are run on an AD HOC basis when lists are long.',
    'Subsistence is paid PER DIEM on courses.',
  ])('leaves the phrase in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Bring the PRO sheet from clinic.', 'PRO', 10],
    ['The RATA team covers weekends.', 'RATA', 4],
  ])('flags the capitals said alone in %j', (text, letters, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', letters, start]]);
  });
});

describe('a short form joined by a hyphen to the word after it opens a compound', () => {
  it.each([
    'Our registrars rotate through Ortho-Geriatrics and stroke.',
    'She runs the ortho-trauma list on Mondays.',
    'You will support the Endo-Urology clinic.',
  ])('leaves the combining form in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Ortho clinics run on Thursdays.', 'Ortho', 0],
    ['You will cover the ortho and paeds wards.', 'ortho', 19],
  ])('flags the word cut short in %j', (text, word, start) => {
    expect(read(text)).toContainEqual(['unexpanded-acronym', word, start]);
  });
});

describe('health listed with safety is the field of health and safety, not anyone’s health', () => {
  it.each([
    'You will lead audits, making sure robust health, safety and fire procedures are followed.',
    'The manager keeps robust health, safety, and waste management practices across both sites.',
    'Ensure robust health & safety, and hygiene standards in the kitchen.',
  ])('leaves the field in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Applicants need robust health to manage long shifts.', 'robust health', 16],
    ['You must be in robust health, and able to work nights.', 'robust health', 15],
  ])('flags a demand for a person’s health in %j', (text, phrase, start) => {
    expect(read(text)).toEqual([['physically-fit', phrase, start]]);
  });
});
