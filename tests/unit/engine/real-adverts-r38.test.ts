import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 38, trusts' band 5-7 posts, mental health community teams, discharge and integrated care teams,
// NHS England's and commissioners' posts: each reading in other words than the pages that showed it.

describe('mental health as the field of a profession asked about is no health question', () => {
  it.each([
    'Are you a registered mental health practitioner looking for your next step?',
    'Are you an experienced mental health clinician?',
    'Are you confident using the Mental Health Act?',
  ])('leaves %j in an e-mail', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it.each([
    ['Do you have any mental health conditions we should know about?', 'Do you have any mental health'],
    ['Are you currently having treatment for your mental health?', 'Are you currently having treatment for your mental health'],
  ])('still flags %j', (text, words) => {
    expect(read(text, 'email')).toEqual([['question-health', words, 0]]);
  });
});

describe("a folder's name in a file path is no abbreviation", () => {
  it('leaves a template path', () => {
    expect(read('File: S:\\Workforce\\JDs\\RMNCC\\Staff Nurse v2.docx')).toEqual([]);
  });
  it('still flags the same letters in prose', () => {
    expect(read('Our RMNCC team covers nights.')).toEqual([['unexpanded-acronym', 'RMNCC', 4]]);
  });
});

describe('an ordinal and a month written in capitals are a date, not abbreviations', () => {
  it.each(['Interviews: 22ND APRIL, with a second round on the 1ST MAY.', 'Interviews: 3RD JUNE.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Interviews are on 22 APRIL 2026 at the LRI.', 'LRI', 39],
    // A month's name with no day or year beside it is left to the other readings.
    ['Read the MAY guidance before you apply.', 'MAY', 9],
  ])('still flags %j', (text, words, at) => {
    expect(read(text)).toEqual([['unexpanded-acronym', words, at]]);
  });
});

describe("a service's made-up word spelled by its bracketed name, passing over a word of it", () => {
  it.each([
    'You will join our PRISM service (Physiotherapy, Rehabilitation, Orthotics, Injections, Spinal and Musculoskeletal) in Derby.',
    'Our BRIDGE service (Bladder, Rectal, Incontinence, Pelvic, Discharge, Gynaecology and Education) is nurse led.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    // Brackets that do not name it, and a short word whose name leaves out one of its letters.
    ['The PRISM service (run from the Derby site) is growing.', 'PRISM', 4],
    ['The CAST team (Community, Acute, Pain, Therapy) is growing.', 'CAST', 4],
  ])('still flags %j', (text, words, at) => {
    expect(read(text)).toEqual([['unexpanded-acronym', words, at]]);
  });
});
