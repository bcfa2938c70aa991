import { describe, expect, it } from 'vitest';
import { read, type Found } from './read-findings';

// Round 22, problem wording real employers used (engine-58): tribunal judgments, regulator guidance
// and news reports quoting adverts, interview questions and panel notes. Each reading in other words
// than the sources, with a trap for the sense it leaves out.

describe('questions about sexual orientation or gender identity', () => {
  it.each<[string, Found]>([
    ["What's your sexuality?", [['question-orientation', "What's your sexuality", 0]]],
    ['Are you gay or straight?', [['question-orientation', 'Are you gay or straight', 0]]],
    // Born a woman asks about sex, not where someone was born.
    ['Were you born a woman?', [['question-orientation', 'Were you born a woman', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each([
    // An equality monitoring form asks it of everyone, optionally.
    'Sexual orientation (optional, for monitoring): what is your sexual orientation?',
    // Straight as in honest.
    'Are you straight with your team when things go wrong?',
  ])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
  it('still reads "were you born" followed by a place as a question about origin', () => {
    expect(read('Were you born in the UK?', 'question')).toEqual([['question-nationality', 'Were you born', 0]]);
  });
});

describe('sexual orientation or gender identity held against someone in notes', () => {
  it.each<[string, Found]>([
    ["Candidate 6 is a lesbian, so I'm not sure the patients would take to her.", [['orientation-judged', 'lesbian', 17]]],
    ["He's trans, which could be awkward with some of the regulars.", [['orientation-judged', 'trans', 5]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['We support trans colleagues with a clear policy.', 'Our LGBT+ staff network meets monthly and welcomes everyone.'])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('leaves people "at risk": in danger, not doubted', () => {
    expect(read('Next may be a trans woman and someone at risk.')).toEqual([]);
    expect(read('Next may be a Muslim woman at risk of harm.')).toEqual([]);
    expect(read("She's Muslim, so a risk with the Ramadan rota.", 'email')).toEqual([['faith-judged', 'Muslim', 6]]);
  });
  it('leaves a service for patients named by orientation', () => {
    expect(read('The sexual health clinic serves gay and bisexual men.')).toEqual([]);
  });
});

describe('"unsuccessful because" refuses the person for what follows', () => {
  it('flags a faith given as the reason', () => {
    expect(read('Jo was unsuccessful because she is Jewish.', 'email')).toEqual([['faith-judged', 'unsuccessful because she is Jewish', 7]]);
  });
  it('leaves a reason about the work', () => {
    expect(read('Candidate 4 was unsuccessful because she scored lowest on the clinical scenario.', 'email')).toEqual([]);
  });
});

describe('"no way we would" refuses the person named after it', () => {
  it('flags a faith refused', () => {
    expect(read("No way I'd take on a Sikh for the front desk.", 'email')).toEqual([['faith-judged', "No way I'd take on a Sikh", 0]]);
  });
  it('leaves "no way" about anything but a person', () => {
    expect(read('There is no way we could have known about the delay.', 'email')).toEqual([]);
  });
});

describe("questions about the candidate's children", () => {
  it.each<[string, Found]>([
    ['What would you do if your son got sick on a clinic day?', [['question-children', 'What would you do if your son got sick', 0]]],
    ['What will you do about your kids during the school holidays?', [['question-children', 'What will you do about your kids', 0]]],
    ['Is there anyone who could help you with the kids on late shifts?', [['question-children', 'help you with the kids', 26]]],
    ['Who could look after your kids on a late clinic?', [['question-children', 'Who could look after your kids', 0]]],
    ['How old was your daughter when you qualified?', [['question-children', 'How old was your daughter', 0]]],
    // "Young" of the children is no age of the candidate's.
    ['What would you do if one of your little daughters got unwell?', [['question-children', 'What would you do if one of your little daughters got unwell', 0]]],
    ['What would you do if one of your young kids got sick?', [['question-children', 'What would you do if one of your young kids got sick', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it('leaves someone else looking after the work', () => {
    expect(read('Who would look after your caseload while you were on leave?', 'question')).toEqual([]);
  });
  it("leaves a children's service", () => {
    expect(read("Who would help you with the children's ward audit?", 'question')).toEqual([]);
  });
  it('leaves a statement of what to do when a child is ill', () => {
    expect(read('If your child is ill, call the rota lead before 8am.', 'email')).toEqual([]);
  });
});

describe("a candidate's sons or daughters held against them", () => {
  it.each<[string, Found]>([
    ['She has two daughters at primary school, so I doubt she could do the nights.', [['family-judged', 'two daughters at primary school, so I doubt', 8]]],
    ['He has teenage sons, not sure about the weekends.', [['family-judged', 'teenage sons, not sure', 7]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['Mrs Ali came with her daughter, who is her carer.', "The candidate's son works in pharmacy, so I'll step off the panel."])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('health questions and health bars', () => {
  it('flags "how\'s your health"', () => {
    expect(read("How's your health these days?", 'question')).toEqual([['question-health', "How's your health", 0]]);
  });
  it('leaves a question about looking after oneself at work', () => {
    expect(read('How do you look after your own wellbeing at work?', 'question')).toEqual([]);
  });
  it.each<[string, Found]>([
    ['Candidates need three years of wellness before appointment.', [['health-requirement', 'need three years of wellness', 11]]],
    ['Applicants must have been medication free for a year.', [['health-requirement', 'must have been medication free for', 11]]],
  ])('flags a time off medication demanded: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it('leaves patients kept well without medication', () => {
    expect(read('The team helps patients stay well after years without medication.')).toEqual([]);
  });
});

describe('questions about origin asked with other nouns', () => {
  it.each<[string, Found]>([
    ['Where is your place of birth?', [['question-nationality', 'Where is your place of birth', 0]]],
    ["What's your home language?", [['question-nationality', "What's your home language", 0]]],
    ['Are you an EU citizen?', [['question-nationality', 'Are you an EU citizen', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['Where is your main base?', 'Which languages can you use with patients?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('age limits written as "under the age of"', () => {
  it.each<[string, Found]>([
    ['Applicants should be under the age of 35.', [['age-limit', 'under the age of 35', 21]]],
    ["We'd like someone over the age of 40 for this post.", [['age-limit', 'over the age of 40', 18]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each(['You must be over the age of 18 to supply medicines.', 'Our clinic sees patients over the age of 75.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('one sex asked for', () => {
  it.each<[string, Found]>([
    ['Women preferred.', [['one-sex-advert', 'Women preferred', 0]]],
    ['Female driver wanted for the patient transport team.', [['one-sex-advert', 'Female driver wanted', 0]]],
    ['Girls first, where possible.', [['one-sex-advert', 'Girls first', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    // "Preferred" as a past tense with an object.
    'Most women preferred the later shift in the staff survey.',
    // "First" that goes on as a verb phrase.
    'Women first seen in the clinic are offered a scan.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('leaves the courtesy "ladies first"', () => {
    expect(read('Ladies first, please.', 'email')).toEqual([]);
  });
  it('leaves guidance that says refusing one sex is unlawful, but not a refusal', () => {
    expect(read('It would be unlawful to refuse to appoint a man because he has a beard.', 'email')).toEqual([]);
    expect(read('We will not appoint a woman to this post.', 'email')).toEqual([['one-sex-advert', 'appoint a woman', 12]]);
  });
  it('flags a job said always to have been held by one sex', () => {
    expect(read("We've always had a woman in this role; how will you fit in?", 'question')).toEqual([
      ['gendered-idioms', 'always had a woman in this role', 6],
      ['question-fit', 'how will you fit in', 39],
    ]);
    expect(read("We've always had a man in the family who served in the navy.", 'email')).toEqual([]);
  });
  it('flags a title written as two words', () => {
    expect(read('Bar maid needed for the social club.')).toEqual([['waitress', 'Bar maid', 0]]);
  });
});

describe("a candidate's age remarked on", () => {
  it('flags "realised how old you are"', () => {
    expect(read('I only just realised how old you are.', 'email')).toEqual([['question-age', 'realised how old you are', 12]]);
  });
  it('leaves "no matter how old you are"', () => {
    expect(read("It doesn't matter how old you are; we welcome everyone.", 'email')).toEqual([]);
  });
});

describe('a singular pronoun is not the plural role that acts on it', () => {
  it('leaves "the managers would support him" with no post-holder named', () => {
    expect(read('Panel notes: we discussed how the managers would support him.', 'email')).toEqual([]);
  });
  it('still flags it after a post-holder named in the singular', () => {
    expect(read('The new receptionist will be trained by the managers, who will support her.', 'email')).toEqual([['generic-pronoun', 'her', 71]]);
  });
});
