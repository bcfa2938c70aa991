import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 31 (lead, from what the unseen fresh31 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

describe('a post-holder named by a job the staff words leave out', () => {
  it('reads "his" after a sonographer or an orthoptist wanted as the post-holder', () => {
    expect(read('We are recruiting an Orthoptist to run his own clinics across three sites.')).toEqual([['generic-pronoun', 'his', 39]]);
    expect(read('The successful sonographer will audit his own scans each quarter.')).toEqual([['generic-pronoun', 'his', 38]]);
  });
  it('does not read a role named in the plural as the one a singular pronoun means', () => {
    const found = read("The porters on nights said they'd rather not work with a female housekeeper on her own.", 'email');
    expect(found.filter(([rule]) => rule === 'generic-pronoun')).toEqual([]);
  });
});

describe('things that are not traits', () => {
  it('reads "independent" before marking words as describing the marking', () => {
    expect(read('Each application gets independent shortlisting by two managers.', 'email')).toEqual([]);
    expect(read('Marks were agreed after independent moderation.', 'email')).toEqual([]);
    expect(read('We want an independent worker.')).toEqual([['masculine-independent', 'independent worker', 11]]);
  });
  it('reads callers as the public served, so their age is no bar', () => {
    expect(read('You will reassure callers who are anxious, older or confused.')).toEqual([]);
  });
  it('still reads a sex wanted to answer their calls as a post filled by sex', () => {
    expect(read('Most callers would rather a man answering the phones at night.', 'email')).toEqual([['sex-preferred', 'man', 28]]);
    expect(read('Patients may ask for a female clinician to answer any questions about screening.')).toEqual([]);
  });
});

describe('a practice named only to be ruled unlawful', () => {
  it('lifts the finding when the sentence calls it unlawful', () => {
    expect(read('Asking applicants for their date of birth on the form is unlawful.', 'email')).toEqual([]);
    expect(read('Limits on sex, age and nationality would be illegal in an advert.', 'email')).toEqual([]);
  });
  it('keeps it when the ruling is an aside or a doubt', () => {
    expect(read('Please give your date of birth, which is probably unlawful, on the form.', 'email')).toEqual([['date-of-birth', 'date of birth', 17]]);
    expect(read('Asking for native English speakers is probably illegal.', 'email')).toEqual([['native-english', 'native English speakers', 11]]);
  });
  it('keeps it when the ruling is about something else or the writer goes past it', () => {
    expect(read('I want a young nurse as older staff are prohibited from nights here.', 'email')).toEqual([['age-young', 'young', 9]]);
    expect(read('Hiring a young receptionist is illegal, I know, but we need someone lively.', 'email')).toEqual([
      ['age-young', 'young', 9],
      ['age-energetic', 'lively', 68],
    ]);
  });
});

describe('an abbreviation glossed in brackets by a possessive and a kind in the plural', () => {
  it('reads "(their …exams)" and "(your … assessments)" as saying what it is', () => {
    expect(read('All three have passed their MCQs (their written exams) already.', 'email')).toEqual([]);
    expect(read('Please book your DOPS (your practical assessments) early.', 'email')).toEqual([]);
  });
  it('still flags the letters without a gloss', () => {
    expect(read('Please book your DOPS early.', 'email')).toEqual([['unexpanded-acronym', 'DOPS', 17]]);
  });
});

describe('standing demanded for a whole shift or day', () => {
  it('flags "stand for a full shift" and "standing for the entire day" demanded', () => {
    expect(read('You must be able to stand for a full shift.')).toEqual([['physical-demands', 'stand for a full shift', 20]]);
    expect(read('Essential: standing for the entire day.')).toEqual([['physical-demands', 'standing for the entire day', 11]]);
  });
});

describe('a mother sought for the hours', () => {
  it('flags a mum or mothers wanting school hours', () => {
    expect(read('Perhaps a mum needing school hours would apply.')).toEqual([['working-mums', 'a mum needing school hours', 8]]);
    expect(read("We'd love mothers looking for term-time hours.")).toEqual([['working-mums', 'mothers looking for term-time hours', 10]]);
  });
});

describe('an age guessed as nearing a number', () => {
  it('flags "nearing" and "approaching" an age said of a candidate', () => {
    expect(read("Reference for Dr Adeyemi: she's nearing 60 but keeps up.", 'email')).toEqual([['age-noted', "she's nearing 60", 26]]);
    expect(read('Reference for Mr Okafor: he is approaching seventy.', 'email')).toEqual([['age-noted', 'he is approaching seventy', 25]]);
  });
  it('leaves years of service and counts alone', () => {
    expect(read('She is approaching 30 years in nursing.', 'email')).toEqual([]);
    expect(read('Our list is nearing 12,000 patients.', 'email')).toEqual([]);
  });
});
