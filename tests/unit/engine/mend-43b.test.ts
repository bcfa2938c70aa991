import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { missing } from './read-findings';

// Round 43 (mend-43b): the independent review's findings on engine-131's pay bands and engine-132's staff in
// post, each in fresh wording beside the near-miss that must keep its answer.
const heading = (title: string) => `${title}\nRiverside Health Centre\nPermanent\n32 hours a week\n`;
const body =
  'You will run leg ulcer and diabetes clinics, give travel vaccinations and take bloods. You will work with our GPs, pharmacist and reception team, with monthly supervision and protected time for learning.';
const noSalary = (text: string) => missing(text).includes('no-salary');

describe('a withheld salary beside a band in the heading is withheld only on a pay line or beside the band', () => {
  it.each([
    [`${heading('Treatment Room Nurse\nBand 5')}${body} We offer a competitive salary, a generous pension and 27 days of leave.`, false],
    [`${heading('Treatment Room Nurse (Band 5)')}${body} Alongside a competitive salary you will have a yearly training budget.`, false],
    [`${heading('Treatment Room Nurse (Band 5)')}${body}\nSalary: competitive for the right person.`, true],
    [`${heading('Treatment Room Nurse')}${body}\nGrade: Band 5, salary negotiable.`, true],
  ])('%j: no salary %s', (text, expected) => {
    expect(noSalary(text)).toBe(expected);
  });
});

describe('a band said of the post the advert recruits states its pay; a band said of someone else or of a charge does not', () => {
  it.each([
    [`${heading('Treatment Room Nurse')}We are looking for an enthusiastic Band 5 practice nurse to join us. ${body}`, false],
    [`${heading('Ward Support')}The ward is recruiting a Band 2 housekeeper for the early shift. ${body}`, false],
    [`${heading('Treatment Room Nurse')}You will have weekly supervision from a Band 7 nurse. ${body}`, true],
    [`${heading('Treatment Room Nurse')}You will mentor three Band 4 nursing associates. ${body}`, true],
    [`${heading('Dental Receptionist')}You will explain a Band 3 course of treatment to patients. ${body}`, true],
  ])('%j: no salary %s', (text, expected) => {
    expect(noSalary(text)).toBe(expected);
  });
});

describe('a family of their own said of the staff with a bare "you" describes them; likened to the reader it still assumes', () => {
  const found = (text: string) =>
    analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
      .findings.filter((f) => f.ruleId.startsWith('family-'))
      .map((f) => `${f.ruleId}@${f.start}:${f.text}`);
  it.each([
    ["Lots of our health care assistants have little ones of their own, and you'll see the rota is built around school runs.", []],
    ['Several of our pharmacists have children of their own, and you are welcome to ask them about term-time working.', []],
    ['Several of our pharmacists have children of their own, just like you.', ['family-status-requirement@32:children of their own']],
    [
      'Several of our pharmacists have children of their own and you should be ready to cover school holidays.',
      ['family-status-requirement@32:children of their own'],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
