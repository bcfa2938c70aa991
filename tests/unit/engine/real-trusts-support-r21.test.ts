import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 21, band 2-4 support posts, apprenticeships, bank and applicant-guidance pages from acute,
// mental health, community and ambulance trusts: each reading in other words than the pages that showed it.

describe('an age straight after a noun is that noun’s', () => {
  it('flags an age range of candidates whatever the clause’s subject', () => {
    expect(read('The scheme within our Facilities\nDepartment is open only to candidates aged 18-24.')).toEqual([['age-limit', 'aged 18-24', 71]]);
    expect(read('The programme takes applicants aged 17 to 23 only.')).toEqual([['age-limit', 'aged 17 to 23', 31]]);
  });
  it('leaves the ages of the people a service is for', () => {
    expect(read('The programme is for carers aged 18 to 25 who look after a parent.')).toEqual([]);
  });
});

describe('"Manning" opening a duty is the verb, not a surname', () => {
  it.each([
    ['Key duties\n\nManning the Main Front Desk\n\nAnswering calls', 12],
    ['Your week\n- Manning our switchboard at weekends', 12],
  ])('flags %j', (text, start) => {
    expect(read(text)).toEqual([['manning', 'Manning', start]]);
  });
  it.each(['For a chat, contact Lee Manning on the number below.', 'Manning Court is our main site.'])('leaves the name in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"competitive basis" is how applications are judged, not a trait', () => {
  it('leaves the selection', () => {
    expect(read('Places are offered on a competitive basis, so not everyone will be interviewed.')).toEqual([]);
  });
  it('still flags the person', () => {
    expect(read('We are looking for a competitive self-starter.')).toEqual([['masculine-competitive', 'competitive', 21]]);
  });
});

describe('"attractive to employers" is employability, not looks', () => {
  it('leaves appeal to an employer', () => {
    expect(read('The course will make you more attractive to employers across the NHS.')).toEqual([]);
  });
  it('still flags looks', () => {
    expect(read('We want an attractive receptionist for the front desk.')).toEqual([['appearance-led', 'attractive', 11]]);
  });
});

describe('school leavers named beside a career change are one end of a welcome to all', () => {
  it('leaves the range', () => {
    expect(read('Whether you are a school leaver or thinking about a career change, this apprenticeship could suit you.')).toEqual([]);
  });
  it('still flags school leavers wanted', () => {
    expect(read('This post would suit a school leaver.')).toEqual([['age-school-leaver', 'school leaver', 23]]);
  });
});

describe('codes that are not abbreviations to spell out', () => {
  it('leaves a qualification level the text also writes in words', () => {
    expect(read('Level 2 and Level 3 courses start each autumn. Apply for our L2 or L3 apprenticeships by May.')).toEqual([]);
  });
  it('still flags an L code that is no level', () => {
    expect(read('Follow the L8 code for water safety. Level 2 food hygiene is essential.')).toEqual([['unexpanded-acronym', 'L8', 11]]);
  });
  it('leaves a version number', () => {
    expect(read('Job description template, final V2.1, March 2026')).toEqual([]);
  });
  it('still flags letters and a digit with no version after them', () => {
    expect(read('Report to the V2 team lead.')).toEqual([['unexpanded-acronym', 'V2', 14]]);
  });
  it('leaves a hashtag', () => {
    expect(read('Follow us using #TeamBDH and apply today.')).toEqual([]);
  });
  it('still flags the same letters in the text', () => {
    expect(read('Join the BDH team today.')).toEqual([['unexpanded-acronym', 'BDH', 9]]);
  });
  it('leaves EU, which every reader knows', () => {
    expect(read('Bank work follows the EU Working Time Directive.')).toEqual([]);
  });
});

describe('labels in capitals', () => {
  it('leaves a number word in a shouted label', () => {
    expect(read('POST TWO: weekends only')).toEqual([]);
  });
  it('still flags letters after it', () => {
    expect(read('POST TWO: RGN cover at weekends')).toEqual([['unexpanded-acronym', 'RGN', 10]]);
  });
  it('leaves BASE among a job description’s field labels', () => {
    expect(read('JOB TITLE:\nBASE:\nHOURS:\nPorter\nCastle Hospital\n37.5')).toEqual([]);
  });
});

describe('words inside a web address are a page’s name', () => {
  it('leaves them', () => {
    expect(read('Read more at www.trust.nhs.uk/uk-trained-staff-stories before you apply.')).toEqual([]);
  });
  it('still flags the same words in the text', () => {
    expect(read('UK-trained staff only.')).toEqual([['nationality-preference', 'UK-trained staff', 0]]);
  });
});

describe('a shared ambition is the team’s aim, not a trait', () => {
  it.each([
    'Driven by a shared ambition to improve care, the ward keeps growing.',
    'Everyone here has a shared ambition: better care closer to home.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags ambition wanted of the person', () => {
    expect(read('We want someone with real ambition.')).toEqual([['masculine-ambition', 'ambition', 26]]);
  });
});

describe('a nationality demanded of the person hired, by pronoun', () => {
  it('flags it', () => {
    expect(read("Please make sure they're Scottish.", 'email')).toEqual([['nationality-required', "they're Scottish", 17]]);
  });
  it.each(["Make sure they're English-speaking or that an interpreter is booked.", 'She is British and lives nearby.'])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('"years of age" is an age, not years of experience', () => {
  it('leaves the legal minimum of 18 given with its reason', () => {
    expect(read('Rota staff must be a minimum of 18 years of age to meet the working time rules on rest.')).toEqual([]);
  });
  it.each([
    ['Applicants should be at least 25 years old.', 'at least 25 years old', 21],
    ['Applicants must be a minimum of 30 years of age.', 'minimum of 30 years of age', 21],
  ])('flags the limit in %j as an age', (text, span, start) => {
    expect(read(text)).toEqual([['age-limit', span, start]]);
  });
  it('still flags years of experience and leaves a headcount', () => {
    expect(read('You need a minimum of 5 years of experience.')).toEqual([['age-years-experience', 'a minimum of 5 years of experience', 9]]);
    expect(read('We employ at least 25 staff across two sites.')).toEqual([]);
  });
});

describe('one sex asked for in capitals', () => {
  it.each([
    ['Apprentice Porter - MALE ONLY', 'MALE ONLY', 20],
    ['Band 3 Support Worker - FEMALE REQUIRED', 'FEMALE REQUIRED', 24],
  ])('flags %j as one sex, not as letters', (text, span, start) => {
    expect(read(text)).toEqual([['one-sex-advert', span, start]]);
  });
  it('leaves both sexes welcomed', () => {
    expect(read('MALE AND FEMALE STAFF WELCOME')).toEqual([]);
  });
});
