import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 29, an eighth set of problem wording real employers used (engine-77), weighted to agency notes,
// redundancy, menopause and hormones, visa bars, graduate adverts, ableist idiom and LGBT+ staff, with
// the fair versions of each. Each reading in other words than the sources, with a trap for the sense
// it leaves out.

describe("a woman's behaviour put down to her hormones", () => {
  it.each<[string, Context, Found]>([
    ['Ignore the email, she is just hormonal this week.', 'email', [['hormones-blamed', 'she is just hormonal', 18]]],
    ["Don't let your hormones take over in the meeting.", 'email', [['hormones-blamed', "Don't let your hormones", 0]]],
    ['Her hormones are playing up again, so expect tears.', 'email', [['hormones-blamed', 'Her hormones are playing up', 0]]],
    ['Is it that time of the month again?', 'question', [['hormones-blamed', 'that time of the month', 6]]],
    ['The handover went badly: raging hormones, I expect.', 'email', [['hormones-blamed', 'raging hormones', 25]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['The menopause clinic offers hormone replacement therapy.', 'advert'],
    ['Patients on the unit can feel hormonal after delivery.', 'email'],
    ['At this time of the month the payroll team closes the ledger.', 'email'],
    ['Her hormones are checked at each endocrine clinic visit.', 'email'],
  ])('leaves treatment, patients, the calendar and a clinic: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('everyone who needs a visa or sponsorship turned away', () => {
  it.each<[string, Found]>([
    ['We do not employ people who need a work visa.', [['visa-holders-refused', 'people who need a work visa', 17]]],
    ['We are not considering applicants who will need to be sponsored.', [['visa-holders-refused', 'applicants who will need to be sponsored', 23]]],
    ['We will not recruit anyone needing sponsorship this year.', [['visa-holders-refused', 'anyone needing sponsorship', 20]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
  it.each([
    'Applicants who will need to be sponsored are welcome; the Trust holds a sponsor licence.',
    'We do not employ agency staff on this ward.',
    'We are not considering internal candidates only.',
  ])('leaves a welcome and other refusals: %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('native to a technology, as code for young', () => {
  it.each<[string, Found]>([
    ['You will be an internet native with a flair for posts.', [['age-digital-native', 'internet native', 15]]],
    ['We want tech natives for the digital team.', [['age-digital-native', 'tech natives', 8]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
  it.each(['Patients with native kidney function are reviewed weekly.', 'We plant native trees around the site.'])(
    'leaves other senses of native: %j',
    (text) => {
      expect(read(text, 'advert')).toEqual([]);
    },
  );
});

describe('outdated and slang words for disability and mental illness', () => {
  it.each<[string, Found]>([
    ['Our new porter is physically challenged.', [['outdated-disability-terms', 'physically challenged', 18]]],
    ['Sounds like she is off her meds again.', [['ableist-slang', 'off her meds', 19]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'The team runs psycho-education groups for families.',
    'We offer psycho-social support after discharge.',
    'She stopped her meds under the consultant’s advice.',
    'The role is challenging and physically demanding.',
  ])('leaves clinical compounds, medicines and a demanding job: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('still flags the slang word on its own', () => {
    expect(read('Her ex sounds like a total psycho.', 'email')).toEqual([['ableist-slang', 'psycho', 27]]);
  });
});

describe('person-first language is not a first language', () => {
  it.each(['Our style guide prefers identity-first language for autistic staff.', 'Ask which they prefer: person-first or identity-first language.'])(
    'leaves %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
  it('still flags a first-language demand', () => {
    expect(read('English as a first language is essential.', 'advert')).toEqual([['first-language', 'English as a first language', 0]]);
  });
});

describe('one sex said to be "better off"', () => {
  it.each(['Many men are better off claiming the childcare element.', 'Most women are better off on the new pension scheme.'])(
    'leaves the idiom of being better placed: %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
  it('still flags one sex said to suit the post', () => {
    expect(read('Men are better at the heavy lifting on this ward.', 'email')).toEqual([['one-sex-advert', 'Men are better', 0]]);
  });
});

describe('slurs for lesbian staff', () => {
  it.each<[string, Found]>([
    ['The new domestic is a bull dyke, he reckons.', [['orientation-slur', 'bull dyke', 22]]],
    ["She's a dyke, so she won't mind.", [['orientation-slur', "She's a dyke", 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(["The walk along Offa's Dyke starts at the car park.", 'The drainage dyke behind the estates yard is fenced off.'])(
    'leaves a place and an embankment: %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});

describe('surprise at how old or young a person is', () => {
  it.each<[string, Found]>([
    ['Honestly, I did not know he was so old.', [['age-too-old', 'did not know he was so old', 12]]],
    ["Sorry, I didn't realise she was so old at the interview.", [['age-too-old', "didn't realise she was so old", 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(["I didn't realise the scanner was so old.", "I didn't realise you were so busy this week.", "We didn't realise the patient was so young."])(
    'leaves equipment, a busy week and a patient: %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});
