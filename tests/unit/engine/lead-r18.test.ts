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
    // "HM" is His Majesty's, which every reader knows (wordlists/nhs-acronyms.json: understood).
    'Write to HM Courts about the hearing.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
  it.each<[string, [string, string, number][]]>([
    ['Bookings are counted in COTs each month.', [['unexpanded-acronym', 'COTs', 24]]],
    ['The details (NaPPS) follow.', [['unexpanded-acronym', 'NaPPS', 13]]],
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

describe('demands and refusals in wordings the rules had not met', () => {
  it.each<[string, 'email' | 'advert', [string, string, number][]]>([
    ['Essential: someone who fits our ward culture and shares our values', 'advert', []],
    ['Essential: someone who fits our team culture', 'advert', [['culture-fit', 'fits our team culture', 23]]],
    ['We need a new receptionist who\'s "one of us" really.', 'email', [['one-of-us', 'one of us', 34]]],
    ['Please tell us about your family situation at interview.', 'advert', [['caring-responsibilities', 'family situation', 26]]],
    ['Do let us know if you hope to extend your family soon.', 'email', [['family-plans', 'extend your family', 30]]],
    ['Porters must be at least 5ft 9.', 'advert', [['physique-demanded', 'must be at least 5ft 9', 8]]],
    ['The clinic is up two flights with no lift, so you must manage the stairs.', 'advert', [['physical-demands', 'manage the stairs', 55]]],
    ["You'll be on the tills all day, no sitting down.", 'advert', [['physical-demands', 'no sitting down', 32]]],
    ['Anyone slow on the uptake will find the till hard.', 'advert', [['ableist-slang', 'slow on the uptake', 7]]],
    ['We want a calm receptionist with no mood swings.', 'advert', [['health-history-bar', 'no mood swings', 33]]],
    ['Nights are quiet and there is nobody to hold your hand.', 'advert', [['put-downs', 'nobody to hold your hand', 30]]],
    ['A&E is hectic, so leave your emotions at the door.', 'advert', [['thick-skin', 'leave your emotions at the door', 18]]],
    ['We ask for a spotless sickness record.', 'advert', [['attendance-record', 'sickness record', 22]]],
  ])('%j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'Patients with bipolar disorder may have mood swings; you will support them.',
    'We ask patients to bring a clean sickness certificate.',
    'Patients who need their hand held during the procedure are supported by a nurse.',
    'There is no sitting room for visitors on the ward.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('the person specification and pay, as small employers write them', () => {
  const documentOf = (text: string) => analyse(text, { context: 'advert', minWordsForStatements: 0 }).document.map((d) => d.ruleId);
  it('reads "Person specification - Essential" as the essential list', () => {
    const items = Array.from({ length: 14 }, (_, i) => `${i + 1}. Criterion number ${i + 1}`).join('\n');
    const text = `Associate Dentist\nPay: £60,000 a year.\nWe welcome disabled applicants and make reasonable adjustments. Flexible working considered. We are an equal opportunities employer.\n\nPerson specification - Essential\n${items}\n15. Ideally able to work Saturdays\n`;
    expect(analyse(text, { context: 'advert' }).personSpec).toEqual({ essential: 15, desirable: 0 });
    expect(documentOf(text)).toEqual(['too-many-essential-criteria', 'essential-reads-as-preference']);
  });
  it('takes a share of fees as pay stated', () => {
    expect(documentOf('Associate Optometrist\nPaid 45% of gross fees, reviewed yearly.\nWe welcome disabled applicants and make reasonable adjustments. Flexible working considered. We are an equal opportunities employer.')).toEqual([]);
    expect(documentOf('Associate Optometrist\nWe expect 45% of patients to be seen within a week.\nWe welcome disabled applicants and make reasonable adjustments. Flexible working considered. We are an equal opportunities employer.')).toEqual(['no-salary']);
  });
});

describe('preferences the writer holds, though patients are near', () => {
  it.each<[string, 'email' | 'advert', [string, string, number][]]>([
    ['Most of our clients are older men, so we would rather have a male carer.', 'advert', [['one-sex-advert', 'have a male', 54]]],
    ["We've found a woman works best on the antenatal ward.", 'advert', [['one-sex-advert', 'woman works best', 14]]],
    ["We want UK training only, as we've had trouble with overseas qualifications.", 'advert', [['uk-only-qualification', 'UK training', 8], ['overseas-trained-unwanted', 'overseas qualifications', 52]]],
    ['Could you send photos with the candidate profiles?', 'email', [['photo-of-applicant', 'photos', 15]]],
    ['Essential: a car of your own and a clean licence.', 'advert', [['own-car', 'car of your own', 13], ['driving-licence', 'clean licence', 35]]],
  ])('%j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'Some of our clients would prefer a male carer for personal care.',
    'UK training, or overseas qualifications recognised by the NMC, is essential.',
    'The baby does best with a parent present.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert').filter(([rule]) => rule !== 'unexpanded-acronym' && rule !== 'sex-marked-titles')).toEqual([]);
  });
});

describe('review mends: the years and origins the round must not lose', () => {
  it.each<[string, [string, string, number][]]>([
    ["We are looking for a nurse to join our team with 3 years' experience.", [['age-years-experience', "3 years' experience", 49]]],
    ["Our ideal candidate, with at least five years' experience in general practice, will lead the team.", [['age-years-experience', "at least five years' experience", 26]]],
    ['Ideally someone of English stock.', [['origin-judged', 'Ideally someone of English', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
  it('leaves the years of a colleague in post who opens the sentence', () => {
    expect(read("Our practice manager with 20 years' experience will mentor you.", 'advert')).toEqual([]);
  });
});
