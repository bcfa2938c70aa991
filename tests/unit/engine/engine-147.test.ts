import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 46 (engine-147): the study slice's traps and unjudged findings, each fix shown in other
// words than the documents that showed it, with the true finding beside it still flagged.

describe('a candidate described in notes, with nothing held against them', () => {
  it('is no demand for a recent graduate or for A levels', () => {
    expect(read('Applicant 5 is a recent graduate.', 'email')).toEqual([]);
    expect(read('Ruth: strong A levels in chemistry and biology, top score on the data exercise.', 'email')).toEqual([]);
  });
  it('reads "three of them" as some of the candidates', () => {
    expect(read('Three of them are school leavers.', 'email')).toEqual([]);
  });
  it('still flags the same words when the note holds them against the candidate or the advert demands them', () => {
    expect(read('Applicant 5 is a recent graduate, so probably too green for the caseload.', 'email')).toEqual([['age-graduate', 'recent graduate', 17]]);
    expect(read('Three of them are school leavers, so I am not sure they would cope with nights.', 'email')).toEqual([['age-school-leaver', 'school leavers', 18]]);
    expect(read('You must have A levels in chemistry and biology.', 'advert')).toEqual([['age-a-level', 'A levels', 14]]);
  });
});

describe('a standard named by three bodies', () => {
  it('is the standard\'s name in a trade that works to it', () => {
    expect(read('Our decontamination unit works to BS EN ISO 13485 throughout.', 'advert')).toEqual([]);
  });
  it('stays letters to spell out in a post outside those trades', () => {
    expect(read('Our reception team follows BS EN ISO 27001 throughout.', 'advert')).toEqual([
      ['unexpanded-acronym', 'BS', 27],
      ['unexpanded-acronym', 'EN', 30],
      ['unexpanded-acronym', 'ISO', 33],
    ]);
  });
});

describe('recruitment papers in letters', () => {
  it('are explained where the text spells them out', () => {
    expect(read('The JD and PS are attached: comments on the job description and person specification by Friday.', 'email')).toEqual([]);
    expect(read('The NED post is open. The non-executive director will chair the committee.', 'email')).toEqual([]);
  });
  it('are flagged where it does not', () => {
    expect(read('The JD is attached for comment.', 'email')).toEqual([['unexpanded-acronym', 'JD', 4]]);
  });
});

describe('an offer of help to a new starter', () => {
  it('holds nothing against anyone', () => {
    expect(read('If you need anything, including any adjustment at work or help with your housing paperwork, please let me know.', 'email')).toEqual([]);
  });
  it('leaves a doubt about an adjustment flagged', () => {
    expect(read('She asked for an adjustment at work for her dyslexia, and the paperwork would be a headache.', 'email')).toEqual([
      ['condition-doubted', 'adjustment at work for her dyslexia, and the paperwork', 17],
    ]);
  });
});

describe('too green', () => {
  it('doubts the candidate it is said of', () => {
    expect(read('Candidate 2 is a new grad and too inexperienced for nights.', 'email')).toEqual([['age-graduate', 'new grad', 17]]);
  });
});
