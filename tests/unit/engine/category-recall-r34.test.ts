import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 34, the study slice's misses in its weakest categories (engine-94): a degree asked for with
// no other route, an applicant's English noted as not their first language and sickness expected of
// an applicant. Every case is new wording, with a near sentence that stays quiet.

describe('a degree demanded with no equivalent route', () => {
  it('flags a degree in a subject the job can be learnt without', () => {
    expect(read('Essential\n- Degree in marketing, media or a related subject', 'advert')).toEqual([['degree-demanded', 'Degree in marketing', 12]]);
    expect(read('Essential: a bachelor’s degree in finance.', 'advert')).toEqual([['degree-demanded', 'bachelor’s degree in finance', 13]]);
  });
  it('flags a degree level asked of everyone, and a bare degree made essential', () => {
    expect(read('Requirements\n- Educated to degree level\n- Good IT skills', 'advert')).toEqual([['degree-demanded', 'Educated to degree level', 15]]);
    expect(read('Three A levels and a degree are required.', 'advert')).toEqual(
      expect.arrayContaining([['degree-demanded', 'a degree are required', 19]]),
    );
  });
  it('leaves a degree with an equivalent route, a desirable degree and a degree not needed', () => {
    expect(read('Essential: degree in computing or equivalent industry experience.', 'advert')).toEqual([]);
    expect(read('Desirable\n- Degree in public relations', 'advert')).toEqual([]);
    expect(read('You will not need a degree in journalism: we value a good portfolio.', 'advert')).toEqual([]);
  });
  it('leaves a degree the profession is registered by', () => {
    expect(read('Essential\n- Degree in dietetics\n- Registered with the Health and Care Professions Council', 'advert')).toEqual([]);
  });
  it('leaves a candidate\'s degree described in shortlisting notes', () => {
    expect(read('Candidate 3 has a degree in marketing and ran a charity newsletter.', 'email')).toEqual([]);
  });
});

describe('an applicant noted as not having English as a first language', () => {
  it('flags the remark in shortlisting notes and a reference', () => {
    expect(read('Applicant 6 - good on paper, but English isn’t his first language.', 'email')).toEqual([
      ['first-language-noted', 'English isn’t his first language', 33],
    ]);
    expect(read('Reference: reliable, though English obviously not her first language.', 'email')).toEqual([
      ['first-language-noted', 'English obviously not her first language', 28],
    ]);
  });
  it('leaves patients and families whose first language is not English, and a standard scored the same for all', () => {
    expect(read('Many of the parents we visit say English isn’t their first language, so we book interpreters.', 'email')).toEqual([]);
    expect(read('Applicant 6 gave a clear, accurate handover in the telephone exercise.', 'email')).toEqual([]);
  });
});

describe('sickness expected of an applicant, by hyperbole', () => {
  it('flags sickness said to come often, and a demand that someone will not go off sick', () => {
    expect(read('Be straight with the agency: nobody who’ll be off sick half the time.', 'email')).toEqual([
      ['sickness-expected', 'off sick half the time', 46],
    ]);
    expect(read('We want a steady pair of hands who is not going to go off sick in January.', 'email')).toEqual([
      ['sickness-expected', 'is not going to go off sick', 35],
    ]);
  });
  it('leaves sickness absence met with support and the sickness policy', () => {
    expect(read('Colleagues who are off sick half the time are referred to occupational health for support.', 'email')).toEqual([]);
    expect(read('If you are off sick for more than seven days, please send a fit note.', 'advert')).toEqual([]);
  });
});
