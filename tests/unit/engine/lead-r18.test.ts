import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 18 (lead): each kind in other words than the set that showed it.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

describe('a new colleague named in full is the one the pronouns are about', () => {
  it.each([
    'Hi team,\n\nTendai Mhlanga starts on the 4th as our new Band 5 radiographer. She has come from a trauma centre and she is keen to shadow the CT list.',
    'Morning all, Oluwaseun Adebayo Bello joins us in May as our new porter. He has worked at a community hospital before.',
  ])('leaves %j', (text) => {
    expect(read(text).filter(([rule]) => rule === 'generic-pronoun')).toEqual([]);
  });
  it('still flags the post-holder in an e-mail about the vacancy', () => {
    expect(read('Hi all, we need a new porter for nights. Interviews are next week. He will need to lift.')).toEqual([['generic-pronoun', 'He', 67]]);
  });
});

describe('a licence for a driving job, and one from abroad exchanged for a UK one', () => {
  it.each([
    'Courier Driver (pathology samples)\nYou will drive a van between our labs.\nEssential: full UK driving licence.',
    'Delivery driver wanted for the dispensary. A clean driving licence is essential.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
  it('leaves a licence from abroad exchanged for a UK one', () => {
    expect(read('Essential: a licence from abroad that you can exchange for a UK one before you start.', 'advert')).toEqual([]);
  });
  it('still flags a licence demanded for an office post', () => {
    expect(read('Medical Secretary. Essential: full UK driving licence.', 'advert')).toEqual([['driving-licence', 'full UK driving licence', 30]]);
  });
});

describe('abbreviations explained in the words around them', () => {
  it.each([
    'Bookings are counted in courses of treatment, or COTs, each month.',
    'Support the Recommended Summary Plan for Emergency Care and Treatment (ReSPECT) conversations.',
    'Send the return to HM Revenue and Customs (HMRC) by the 19th.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
  it.each<[string, [string, string, number][]]>([
    ['Bookings are counted in COTs each month.', [['unexpanded-acronym', 'COTs', 24]]],
    ['The details (NaPPS) follow.', [['unexpanded-acronym', 'NaPPS', 13]]],
    ['Write to HM Courts about the hearing.', [['unexpanded-acronym', 'HM', 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
});

describe("an origin word that opens a body's name", () => {
  it('leaves membership of a British society', () => {
    expect(read('Desirable: ideally a member of the British Society of Periodontology.', 'advert')).toEqual([]);
  });
  it('still flags a person wanted British', () => {
    expect(read("I'd rather have someone British on the desk.")).toEqual([['origin-judged', 'rather have someone British', 4]]);
  });
});

describe('years that belong to whoever supports the post-holder', () => {
  it.each([
    'You will be mentored by a preceptor with twelve years on the unit.',
    'Our practice manager, with 15 years in post, will induct you.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
  it('still flags the years asked of the post-holder', () => {
    expect(read('We are looking for a nurse with 5 years of experience.', 'advert')).toEqual([['age-years-experience', '5 years of experience', 32]]);
  });
});

describe('words of age and looks said of things and places', () => {
  it.each(['Fresh linen and clean scrubs are provided every shift.', 'Our hospice sits in beautiful grounds by the river.'])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
  it.each<[string, [string, string, number][]]>([
    ['We want someone fresh on the desk.', [['age-fresh', 'fresh', 16]]],
    ['We want a beautiful receptionist.', [['appearance-led', 'beautiful', 10]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
});
