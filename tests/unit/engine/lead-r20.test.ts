import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 20 (lead): each kind in other words than the set that showed it.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

describe('a trait asked of the hire with "needs to be"', () => {
  it.each([
    ['The new receptionist needs to be assertive with callers.', 'masculine-assertive', 'assertive'],
    ['Any applicant needs to be decisive in a crisis.', 'masculine-decisive', 'decisive'],
    ['The locum needs to have a competitive streak.', 'masculine-competitive', 'competitive streak'],
  ])('flags %j', (text, rule, match) => {
    expect(read(text, 'advert').filter(([id]) => id === rule)).toEqual([[rule, match, text.indexOf(match)]]);
  });
  it.each([
    'Our pharmacy needs to be competitive on price to keep its NHS contract.',
    'We need to be competitive with the agencies on pay.',
    'Their needs to be assessed before discharge are set out in the care plan; staff should be assertive advocates.',
  ])('leaves the organisation or a noun %j', (text) => {
    expect(read(text, 'advert').filter(([, match]) => match === 'competitive')).toEqual([]);
  });
});

describe('people warned off the job for how they cope', () => {
  it.each([
    ['The list is heavy, so if you struggle under pressure, this probably is not the role for you.', 'if you struggle under pressure, this probably is not the role for you'],
    ['This is not the practice for you if you are the sort who clock-watches.', 'This is not the practice for you if you are the sort who clock-watches'],
    ["Nights are relentless and you wouldn't last a week.", "you wouldn't last a week"],
  ])('flags %j', (text, match) => {
    expect(read(text, 'advert').filter(([rule]) => rule === 'warned-off')).toEqual([['warned-off', match, text.indexOf(match)]]);
  });
  it.each([
    'If you require a Skilled Worker visa, this post is not for you.',
    'If you do not hold current NMC registration, this role is not for you.',
    'If you are unsure whether the job is for you, ring Sam for a chat.',
    'Our last locum did not last long because the contract ended.',
    'If you can, bring a copy of your certificates for us.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert').filter(([rule]) => rule === 'warned-off')).toEqual([]);
  });
});

describe('"bubbly" asked of the hire or said of a candidate', () => {
  it.each([
    ['Ideally someone bubbly for the Saturday clinic.', 'bubbly'],
    ['You will join our small, bubbly pharmacy team.', 'bubbly'],
    ['Candidate 2 has a bubbly personality and would suit the front desk.', 'bubbly personality'],
  ])('flags %j', (text, match) => {
    expect(read(text, 'advert').filter(([rule]) => rule === 'bubbly')).toEqual([['bubbly', match, text.indexOf(match)]]);
  });
  it.each(['We opened a bottle of bubbly to mark the CQC rating.', 'Offer patients still or bubbly water with their meal.', 'We are not looking for anyone bubbly or loud, just kind.'])(
    'leaves %j',
    (text) => {
      expect(read(text, 'advert').filter(([rule]) => rule === 'bubbly')).toEqual([]);
    },
  );
});

describe('a cap on sickness is still a demand about it', () => {
  it('flags a record capped with "must not have had more than"', () => {
    const text = 'Applicants must not have had more than two sickness days in the past year.';
    expect(read(text, 'advert').filter(([rule]) => rule === 'attendance-record')).toEqual([['attendance-record', 'sickness days', text.indexOf('sickness days')]]);
  });
  it('leaves a record that is truly not asked for', () => {
    expect(read('We will not ask about sickness days at interview.', 'advert').filter(([rule]) => rule === 'attendance-record')).toEqual([]);
  });
});

describe('a home situation asked about', () => {
  it('flags the request and leaves a patient\'s home situation', () => {
    const text = 'In your statement, please let us know about your domestic circumstances.';
    expect(read(text, 'advert').filter(([rule]) => rule === 'family-judged').map(([, match]) => match)).toEqual(['let us know about your domestic circumstances']);
    expect(read("Check the patient's home circumstances before discharge.", 'advert')).toEqual([]);
  });
});

describe('people by sex who are on the caseload are patients', () => {
  it('leaves patients on a caseload or list, and still reads a sex wanted in the same e-mail', () => {
    expect(read("We've got several big lads on our caseload at the moment.").filter(([rule]) => rule === 'sex-preferred')).toEqual([]);
    expect(read('Two elderly ladies in the district nurses\' caseload need home visits this week.').filter(([rule]) => rule === 'sex-preferred')).toEqual([]);
    // An agency's books hold candidates: asking for women from them is a sex wanted.
    const text = "If you've got any women on your books, please send them over.";
    expect(read(text).filter(([rule]) => rule === 'sex-preferred')).toEqual([['sex-preferred', 'women', text.indexOf('women')]]);
  });
});

describe('a post refused to a kind of person with "isn\'t"', () => {
  it.each([
    ["Honestly, this isn't a job for someone winding down to retirement.", 'age-judged'],
    ["It isn't a role for someone with young children at home.", 'family-judged'],
  ])('flags %j', (text, rule) => {
    expect(read(text, 'advert').filter(([id]) => id === rule).length).toBe(1);
  });
});

describe('what the review of round 20 found, left alone', () => {
  it.each([
    ["If you don't hold a current registration, this post is not for you.", 'warned-off'],
    ['If you cannot work weekends, this rota is not for you.', 'warned-off'],
    ['We offer palliative care for the fragile and elderly.', 'faint-hearted'],
    ['Prosecco and bubbly will be served at the leaving do.', 'bubbly'],
    ['Chest clear apart from bubbly breath sounds at the left base.', 'bubbly'],
  ])('%j', (text, rule) => {
    expect(read(text, 'advert').filter(([id]) => id === rule)).toEqual([]);
  });
  it.each([
    ['How much maternity leave do new starters get here?', 'question-family-leave'],
    ['Please give the name and age of the child you are referring.', 'question-family-leave'],
  ])('%j in an e-mail', (text, rule) => {
    expect(read(text).filter(([id]) => id === rule)).toEqual([]);
  });
  it('still reads years of work or study experience as years of experience', () => {
    const text = 'You will need at least 2 years of work or study experience in a healthcare setting.';
    expect(read(text, 'advert').filter(([id]) => id === 'age-years-experience').length).toBe(1);
  });
});

describe('a trait before "health visitor" describes the post holder', () => {
  it('flags it, and leaves a patient\'s visitor alone', () => {
    const text = 'We are after a fearless, assertive health visitor for the north locality.';
    expect(read(text, 'advert').filter(([rule]) => rule.startsWith('masculine-')).map(([, match]) => match)).toEqual(['fearless', 'assertive']);
    expect(read('Each patient may have one visitor at a time on the ward.', 'advert')).toEqual([]);
  });
});
