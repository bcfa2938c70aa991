import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 34, the study slice's traps, wrong findings and known gaps after fresh33 joined it (engine-93).
// Every case is new wording, with a near sentence on the other side.

describe('a pronoun for one applicant or the present post-holder', () => {
  it('leaves an applicant named before a verb of what they did at interview', () => {
    expect(read('Thanks for sitting on the receptionist panel. Priya mentioned at the end that she had come by train. We will mark her like everyone else.', 'email')).toEqual([]);
  });
  it('leaves one applicant of several', () => {
    expect(read('Thanks for sitting on the receptionist panel. One applicant declared she uses a wheelchair.', 'email')).toEqual([]);
  });
  it('leaves the current holder of a post', () => {
    expect(read('Thanks for sitting on the receptionist panel. The current manager is kind, but she rarely chases the rota.', 'email')).toEqual([]);
  });
  it('still flags the post-holder to come', () => {
    expect(read('Re the practice manager post: the new manager will need to chase the rota, and she must be firm.', 'email')).toEqual([['generic-pronoun', 'she', 79]]);
  });
});

describe('a question for occupational health about an employee', () => {
  it('leaves a management referral asking whether the disability provisions apply', () => {
    const text = 'Dear Occupational Health,\nThis is a management referral for Mia Kerr, a Band 5 physiotherapist.\nCould you say whether she has a disability under the Equality Act 2010?';
    expect(read(text, 'email')).toEqual([]);
  });
  it('still flags the same question asked of an applicant', () => {
    expect(read('Hi Sam, find out whether she has a disability before the panel.', 'email')).toEqual([['question-health', 'whether she has a disability', 17]]);
  });
});

describe('a District Nursing Sister', () => {
  it('leaves the community title', () => {
    expect(read('You will lead three District Nursing Sisters and a team of community staff nurses.')).toEqual([]);
  });
  it('still flags a Sister title elsewhere', () => {
    expect(read('You will lead three Ward Sisters on the surgical floor.')).toEqual([['sister-title', 'Ward Sisters', 20]]);
  });
});

describe('years of experience beside a registration in force', () => {
  it('reads "live" as a registration in force, not a place lived', () => {
    expect(read('We want a physiotherapist with a live HCPC registration and at least 6 years\' post-qualification experience.')).toEqual([
      ['unexpanded-acronym', 'HCPC', 38],
      ['age-years-experience', "at least 6 years'", 60],
    ]);
  });
  it('still leaves years lived in the area', () => {
    expect(read('Please list every address you have lived at for 5 years.')).toEqual([]);
  });
});

describe('criteria run together with no separator', () => {
  it('reads a capitalised "At least" as the start of the next criterion', () => {
    expect(read('Essential: Diploma in podiatry At least 4 years\' experience of nail surgery Good IT skills')).toEqual([
      ['age-years-experience', "At least 4 years' experience", 31],
    ]);
  });
  it('still leaves the length of a course in the same criterion', () => {
    expect(read('Essential: A diploma course lasting at least 2 years')).toEqual([]);
  });
});

describe('a remark that English is not a candidate\'s first language', () => {
  it('flags it in notes on an applicant', () => {
    expect(read('Applicant 7: good scores, English obviously not first language.', 'email')).toEqual([
      ['first-language-noted', 'English obviously not first language', 26],
    ]);
    expect(read('His English isn\'t his first language, so I would keep him off the switchboard.', 'email')).toEqual([
      ['first-language-noted', "His English isn't his first language", 0],
    ]);
  });
  it('leaves support offered to applicants and patients', () => {
    expect(read('If English is not your first language, we will give you extra time in the written test.', 'email')).toEqual([]);
    expect(read('Many of our clients\' English is not their first language, so we book interpreters.', 'email')).toEqual([]);
  });
});

describe('looks asked for as the brand, a manner judged, hormones blamed', () => {
  it('flags a hire who must match the image', () => {
    expect(read('We are a boutique salon-style practice and want a receptionist who fits our image.')).toEqual([
      ['appearance-led', 'fits our image', 67],
    ]);
  });
  it('leaves a uniform that matches the image of the service', () => {
    expect(read('The new uniform matches our image of a modern, friendly clinic.')).toEqual([]);
  });
  it('flags a colleague said to have lost her edge, after a negation in the clause before the reason', () => {
    expect(read('I will not recommend him for promotion since he has plainly lost his edge.', 'email')).toEqual([
      ['demeanour-judged', 'lost his edge', 60],
    ]);
  });
  it('still lifts a negated remark', () => {
    expect(read('Six months in, she has not lost her edge at all.', 'email')).toEqual([]);
  });
  it('flags hormones blamed after "how"', () => {
    expect(read('Given how hormonal she seemed on Monday, I would leave the appraisal.', 'email')).toEqual([
      ['hormones-blamed', 'hormonal she seemed', 10],
    ]);
  });
  it('leaves hormonal treatment', () => {
    expect(read('She is on hormonal treatment and we agreed a later start.', 'email')).toEqual([]);
  });
});

describe('doubt about how others would take what was said of a candidate', () => {
  it('flags a remark on one of a list, judged by the reaction doubted next', () => {
    expect(read('Second one is gay, I gather. Not sure how the crew on nights would take it.', 'email')).toEqual([
      ['orientation-judged', 'one is gay, I gather. Not sure', 7],
    ]);
  });
  it('leaves a doubt about something else after the remark', () => {
    expect(read('Second one is gay, I gather. Not sure how we would fund the extra post.', 'email')).toEqual([]);
  });
});
