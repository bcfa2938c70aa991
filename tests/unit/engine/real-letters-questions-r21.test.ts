import { describe, expect, it } from 'vitest';
import { read, type Found } from './read-findings';

// Round 21, recruitment letters, interview questions and primary care adverts (engine-56): each
// reading in other words than the documents that showed it.

describe('questions listed under a label that warns against them are mentioned, not asked', () => {
  it.each([
    'Questions to avoid: Do you have any children? What does your wife do?',
    'Panel notes\nNever ask candidates:\n- Are you married?\n- How old are you?',
    'Avoid: Where do you come from originally? Is English your first language?',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it.each<[string, Found]>([
    // The label covers its own line or the bulleted lines under it, not the text after.
    ['Never ask candidates:\n- How old are you?\nThen ask: Are you married?', [['question-marital-status', 'Are you married', 51]]],
    // A label that only names the questions asks them.
    ['Questions for the panel: How many children do you have?', [['question-children', 'How many children do you have', 25]]],
    // A label whose "not" is about something else than asking.
    ['Questions to ask (do not skip any): Are you married?', [['question-marital-status', 'Are you married', 36]]],
    // Avoiding something else is no warning against the question.
    ['Please avoid the car park.\nAre you married?', [['question-marital-status', 'Are you married', 27]]],
  ])('still flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
});

describe('health questions in a text that says the reader has already been offered the post', () => {
  it.each([
    'Now that you have been offered the role, please complete this form for occupational health.\nDo you have any health conditions we should know about?',
    'This declaration follows your conditional offer.\nPlease give details of any disability that may need adjustments at work.',
    // A referee told the candidate has been offered the post is asked after the offer.
    'Jo has been offered the post of receptionist, subject to checks.\nHow many days was she off sick last year?',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it.each<[string, Found]>([
    [
      'Thank you for applying; we would like to invite you to interview.\nDo you have any health conditions we should know about?',
      [['question-health', 'Do you have any health conditions', 66]],
    ],
    // An offer that is only hoped for is no offer made.
    [
      'If you are offered the post, we will send a form.\nHow many sick days did you have last year?',
      [['question-health', 'How many sick days', 50]],
    ],
    [
      'Jo has applied for the post of receptionist.\nHow many days was she off sick last year?',
      [['question-health', 'How many days was she off sick', 45]],
    ],
  ])('still flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
});

describe('a sentence naming the protected characteristics is about the law', () => {
  it('leaves age and nationality named as characteristics', () => {
    expect(read('Religion, age and nationality are protected characteristics under the Equality Act.', 'email')).toEqual([]);
  });
  it('still flags a form that asks for them', () => {
    expect(read('Give us your name, age and nationality.', 'email')).toEqual([['date-of-birth', 'age and nationality', 19]]);
  });
});

describe('"objectively" said of an assessment is how the panel works, not a trait', () => {
  it.each([
    'Every application is scored objectively against the person specification.',
    'We shortlist using objective criteria agreed before the advert closes.',
    'Two partners will objectively assess each candidate.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('still flags a hire asked to be objective', () => {
    expect(read('You will stay objective when patients complain.', 'advert')).toEqual([['masculine-objective', 'objective', 14]]);
  });
});

describe('interview questions on family plans, retiring, staff of another age and politics', () => {
  it.each<[string, Found]>([
    ['Any family plans in the next year or two?', [['question-pregnancy', 'Any family plans', 0]]],
    ['So what are your family plans?', [['question-pregnancy', 'what are your family plans', 3]]],
    ['When do you plan on retiring?', [['question-age', 'When do you plan on retiring', 0]]],
    ['Are you planning on retiring soon?', [['question-age', 'Are you planning on retiring', 0]]],
    ['How would you feel about reporting to someone younger?', [['question-age', 'would you feel about reporting to someone younger', 4]]],
    ['How do you feel about leading older staff?', [['question-age', 'do you feel about leading older', 4]]],
    ['Which political party do you support?', [['question-religion', 'Which political party', 0]]],
    ['Who did you vote for at the election?', [['question-religion', 'Who did you vote for', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each([
    'How do you feel about working with older patients on the ward?',
    'What plans would you put in place for a family who miss appointments?',
    'How would you support a colleague who is retiring next month?',
    'How would you explain the vote on the practice rota to the team?',
  ])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('abbreviations a field label or a definition explains', () => {
  it('reads one word in capitals alone on its line, in a block of labels, as a label', () => {
    expect(read('CANDIDATE INFORMATION\nROLE TITLE:\nSITE:\nCLOSING DATE:\nReceptionist\nMain surgery\n1 May')).toEqual([]);
  });
  it('still flags letters alone before a colon with no labels beside them', () => {
    expect(read('Welcome to the practice.\nMDT:\nYou will join the weekly meeting.')).toEqual([['unexpanded-acronym', 'MDT', 25]]);
  });
  it('reads a rule named by letters and a number that the sentence defines', () => {
    expect(read('IR 35 refers to the tax rules for people who work through their own company.')).toEqual([]);
  });
  it('reads an abbreviation the sentence defines with "refers to"', () => {
    expect(read('SDM refers to shared decision making with the patient.')).toEqual([]);
  });
  it('still flags letters and a number with no definition', () => {
    expect(read('You will be outside IR 35 for this post.')).toEqual([['unexpanded-acronym', 'IR', 20]]);
  });
});

describe('a panel told to choose on gut feeling', () => {
  it.each<[string, Found]>([
    ['If in doubt, go with your gut on the day.', [['gut-feeling', 'go with your gut', 13]]],
    ['Scores help, but my gut instinct decides.', [['gut-feeling', 'gut instinct', 20]]],
    ['Never ignore a gut feeling about a candidate.', [['gut-feeling', 'gut feeling', 15]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'Appoint on the evidence against the criteria, not on gut feeling.',
    'Trust your gut instinct if a baby seems floppy, and escalate at once.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('"based on age" after a word for unfair treatment is about discrimination, not pay', () => {
  it('leaves discrimination named', () => {
    expect(read('We will not tolerate harassment based on age or sex.', 'email')).toEqual([]);
  });
  it('still flags pay that varies with age', () => {
    expect(read('Hourly rates are set based on age for our Saturday staff.')).toEqual([['age-pay', 'based on age', 21]]);
  });
});
