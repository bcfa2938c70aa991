import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 36 (engine-101): the study slice's traps, wrong findings and known gaps, each in other words
// than the documents that showed it.

describe('a chat line in lower case after "?"', () => {
  it('starts a new sentence at a person\'s pronoun, so the question before it is read alone', () => {
    expect(read('[11:05] Mo Patel: isn\'t she expecting though? she mentioned the midwife', 'email')).toEqual([['family-judged', 'expecting though', 28]]);
    expect(read('[11:06] Mo Patel: is the rota done? she mentioned the midwife had rung about a patient', 'email')).toEqual([]);
  });
  it('keeps a "!" inside brackets with the words after it', () => {
    expect(read('Our ideal man (or woman!) for the job will love busy clinics.', 'advert').map(([rule]) => rule)).toContain('right-man');
  });
});

describe('a person summed up in a sentence of its own', () => {
  it('is a candidate called by sex after the sentence before ends', () => {
    expect(read('She covered the rota for a year and was rarely late. A lovely girl, though quiet in meetings.', 'email')).toEqual([['staff-called-girls', 'girl', 62]]);
    expect(read('He ran the stock check. A nice lad came in to help him on Friday.', 'email')).toEqual([]);
  });
});

describe('work another takes on', () => {
  const advertised = 'We are advertising for a replacement practice nurse next week.';
  it('is the one leaving\'s ("cover her clinics", "take over his rounds"), not the post-holder\'s', () => {
    expect(read(`${advertised} Until then the bank team will need to cover her baby clinics.`, 'email')).toEqual([]);
    expect(read('Advert for the new healthcare assistant goes out Monday, as ours is leaving. Agency staff will take over his Friday rounds.', 'email')).toEqual([]);
  });
  it('still reads the post-holder in the sentence after the post', () => {
    expect(read(`${advertised} She will run her own baby clinics.`, 'email')).toEqual([
      ['generic-pronoun', 'She', 63],
      ['generic-pronoun', 'her', 76],
    ]);
  });
});

describe('ages named as the people in a target group', () => {
  it('is an age limit after a label whose noun is a group, where the people are taken on ("Target group for the intake: 18–22 year olds only")', () => {
    expect(read('Target group for the intake: 18–22 year olds only, to match the bursary.', 'email')).toEqual([['age-limit', '18–22 year olds', 29]]);
    expect(read('Target group for the outreach service: 18–22 year olds who use the drop-in.', 'email')).toEqual([]);
  });
});

describe('young people at the start of working life', () => {
  it('are the ones hired where they are wanted ("young adults starting out in the NHS")', () => {
    expect(read('We are looking for young adults starting out in the NHS.')).toEqual([['age-young-hire', 'young adults starting out', 19]]);
    expect(read('The job advert should say we want "young people starting their careers".', 'email')).toEqual([['age-young-hire', 'young people starting their careers', 35]]);
  });
  it('stay a patient group when what starts is not work', () => {
    expect(read('We want young people starting out in independent living to feel at home in our service.')).toEqual([]);
    expect(read('The clinic supports young people starting out.')).toEqual([]);
  });
});

describe('a local school demanded', () => {
  it('stands for where someone grew up ("gone to secondary school locally")', () => {
    expect(read('Ideally you will have gone to secondary school locally.')).toEqual([['birthplace-demanded', 'Ideally you will have gone to secondary school locally', 0]]);
    expect(read('Applicants must have attended one of the local high schools.')).toEqual([['birthplace-demanded', 'must have attended one of the local high schools', 11]]);
  });
  it('is not a school named as a place to recruit or as someone\'s history', () => {
    expect(read('Careers talks at local secondary schools are part of the role.')).toEqual([]);
    expect(read('She attended a local school and then trained in Leeds.', 'email')).toEqual([]);
  });
});

describe('speed or steadiness credited to an age group', () => {
  it('is flagged where an age is in the sentence ("the younger porters; they\'re nippier on their feet")', () => {
    expect(read('Put the younger porters on the busy bays, with the patients who fall; they are faster on their feet.', 'email')).toEqual([
      ['age-young', 'younger', 8],
      ['age-agility', 'faster on their feet', 79],
    ]);
  });
  it('is quiet of patients in the same clause, and of the post with no age', () => {
    expect(read('The younger patients on the ward are quicker on their feet after a hip replacement.', 'email')).toEqual([]);
    expect(read('Staff on the night bank are slower on their feet by 6am, so breaks are rostered.', 'email')).toEqual([]);
  });
});
