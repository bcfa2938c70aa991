import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 19 (lead): each kind in other words than the unseen set that showed it.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

describe('socialising outside work asked of the person hired', () => {
  it.each([
    ['Most of us head to the pub after the late list, and we want someone who will join in.', 'pub after the late list, and we want someone who will join in', 23],
    ['The new starter will be expected at Thursday drinks.', 'expected at Thursday drinks', 24],
    ['Be happy to come on our team nights out.', 'happy to come on our team nights out', 3],
  ])('flags %j', (text, match, start) => {
    expect(read(text).filter(([rule]) => rule === 'social-life-expected')).toEqual([['social-life-expected', match, start]]);
  });
  it.each([
    'We have a summer barbecue and a quiz night, both entirely optional.',
    'Help residents join in the social events the home runs each week.',
    'Make sure patients are offered drinks every two hours.',
    'There is a pub across the road from the clinic.',
    'Parking is in the pub car park opposite; you must display a staff permit.',
    'You will never be expected to join nights out.',
    'Team socials are voluntary, but you must attend the monthly governance meeting.',
    "As events officer you will need to organise the hospice's annual golf day.",
  ])('leaves %j', (text) => {
    expect(read(text).filter(([rule]) => rule === 'social-life-expected')).toEqual([]);
  });
});

describe('asking for a welcome statement to be taken out', () => {
  it.each([
    ['Could you cut the paragraph about job shares before it goes live?', 'cut the paragraph about job shares', 10],
    ["We'd prefer not to include the statement on disability, it reads as padding.", 'prefer not to include the statement on disability', 5],
  ])('flags %j', (text, match, start) => {
    expect(read(text).filter(([rule]) => rule === 'inclusion-statement-removed')).toEqual([['inclusion-statement-removed', match, start]]);
  });
  it('leaves a paragraph on something else, and one being added', () => {
    expect(read('Please drop the paragraph about the car park and add a line about flexible working.')).toEqual([]);
  });
});

describe('time asked at all hours in new words', () => {
  it.each([
    ['You will need to be reachable on your work phone at all times.', 'availability-24-7', 'reachable on your work phone at all times', 20],
    ['The successful candidate must answer queries from the partners whenever managers need you.', 'unbounded-availability', 'whenever managers need you', 63],
  ])('flags %j', (text, rule, match, start) => {
    expect(read(text, 'advert').filter(([r]) => r === rule)).toEqual([[rule, match, start]]);
  });
});

describe('age in staying for good and in a young workplace', () => {
  it.each([
    ['We want someone who will grow with us for the long term.', 'age-long-stay', 'grow with us for the long term', 25],
    ['Ideally a nurse who will not be moving on.', 'age-long-stay', 'will not be moving on', 20],
    ['Join our young, lively ward!', 'age-young-workplace', 'young, lively ward', 9],
    ['You would join a young in-house team.', 'age-young', 'young', 17],
  ])('flags %j', (text, rule, match, start) => {
    expect(read(text, 'advert').filter(([r]) => r === rule)).toEqual([[rule, match, start]]);
  });
  it('leaves older learners as a group the service teaches', () => {
    expect(read('Our adult education team supports older learners returning to study.', 'advert')).toEqual([]);
  });
  it('leaves a career talked of and staying offered to staff', () => {
    expect(read('You can specialise later in your career, and we support our nurses to stay with us for the long term.', 'advert')).toEqual([]);
  });
});

describe('a dismissal and a fitness test tied to the role', () => {
  it('flags telling people not to bother applying', () => {
    expect(read("If long shifts scare you, don't bother applying.", 'advert')).toEqual([['put-downs', "don't bother applying", 26]]);
  });
  it('leaves a fitness assessment relevant to the role, and UNICEF', () => {
    expect(read('You will need to pass a fitness assessment relevant to the role. We hold UNICEF Baby Friendly accreditation.', 'advert')).toEqual([]);
  });
});

describe('the pronoun for the person wanted, after a colleague named and an organisation named', () => {
  it('flags "he" for someone needed after the one who leaves is named', () => {
    const text = 'Notes on the vacancy when Marion retires.\n\nWe need someone who will take on the minor surgery list. He needs to be confident with it.';
    expect(read(text).filter(([rule]) => rule === 'generic-pronoun')).toEqual([['generic-pronoun', 'He', 100]]);
  });
  it('flags "his" after an organisation named by its head word in capitals', () => {
    const text = 'We belong to Brookside and Marsh PCN.\n\nThe new pharmacist will run his own clinics.';
    expect(read(text, 'advert').filter(([rule]) => rule === 'generic-pronoun')).toEqual([['generic-pronoun', 'his', 67]]);
  });
  it('leaves the colleague named when "someone" is wanted only to cover', () => {
    expect(read('Asha is going on maternity leave. We need someone to cover. She will hand over before she goes.').filter(([rule]) => rule === 'generic-pronoun')).toEqual([]);
  });
  it('leaves a pronoun about the colleague named just before it', () => {
    expect(read('Marion retires in June. She has run the minor surgery list for years.').filter(([rule]) => rule === 'generic-pronoun')).toEqual([]);
  });
});

describe('a candidate seen on a day the writer names is someone in particular', () => {
  it('leaves the pronouns about "Tuesday\'s applicant"', () => {
    expect(read("Tuesday's applicant for the porter post was good. He has worked nights at a hospice.").filter(([rule]) => rule === 'generic-pronoun')).toEqual([]);
  });
  it('still flags the post-holder of a day\'s clinic', () => {
    expect(read("We need a nurse for Tuesday's clinic. She will run the drop-ins.").filter(([rule]) => rule === 'generic-pronoun')).toEqual([['generic-pronoun', 'She', 38]]);
  });
});

describe('a particular ward sister in an e-mail', () => {
  it('leaves the one in post saying or wanting something', () => {
    expect(read('Please send someone calm, the night sister asked for it.').filter(([rule]) => rule === 'sister-generic')).toEqual([]);
  });
  it('still flags the title for the post', () => {
    expect(read('We are short of a night sister for the winter.').filter(([rule]) => rule === 'sister-generic')).toEqual([['sister-generic', 'night sister', 18]]);
  });
});

describe('a faith requirement and the occupational requirement stated or denied', () => {
  it('flags the requirement when the advert says no occupational requirement applies', () => {
    const text = 'Ward clerk, Band 2. Applicants must be practising Christians. The Trust does not apply any occupational requirement to this post.';
    expect(read(text, 'advert').filter(([rule]) => rule === 'religion-requirement')).toEqual([['religion-requirement', 'practising Christians', 39]]);
  });
  it('leaves it where a genuine occupational requirement is stated', () => {
    const text = 'Chaplain (Free Church). Applicants must be practising Christians. This is a genuine occupational requirement under the Equality Act 2010.';
    expect(read(text, 'advert').filter(([rule]) => rule === 'religion-requirement')).toEqual([]);
  });
});
