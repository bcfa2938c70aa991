import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 30, a ninth set of problem wording real employers used (engine-80), weighted to views of a sex,
// jobs kept for one sex, pregnancy jokes, redundancy talk, references, nationality refusals, names,
// disability said indirectly, age nicknames, class and region, trans and non-binary staff. Each reading
// in other words than the sources, with a trap for the sense it leaves out.

describe('a view of what women or men are like, in notes and e-mails', () => {
  it.each<[string, Context, Found]>([
    ['Honestly, women are hopeless with the rota.', 'email', [['sex-preferred', 'women are', 10]]],
    ['Men never do the caring side properly.', 'email', [['sex-preferred', 'Men never', 0]]],
    ['I reckon women gossip more than they work.', 'email', [['sex-preferred', 'women gossip', 9]]],
    ['Do you agree that women talk too much in meetings?', 'question', [['sex-preferred', 'women talk', 18]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Women are welcome to apply for the porter posts.', 'email'],
    ['Men are less likely to see a GP, so we run a drop-in.', 'email'],
    ['Women can book a smear at the clinic.', 'email'],
    ['The women on the late shift are brilliant.', 'email'],
    ['Women make up 77% of NHS staff.', 'email'],
    ['Women are invited for screening from 25.', 'advert'],
  ])('leaves a welcome, a fact, a service, people already there and adverts: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('the work kept for one sex, or the other sex turned away', () => {
  it.each<[string, Found]>([
    ['The porter vacancy is only for men.', [['one-sex-advert', 'only for men', 22]]],
    ['We only hire women for the front desk.', [['one-sex-advert', 'only hire women', 3]]],
    ['Men need not apply.', [['one-sex-advert', 'Men need not apply', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
  it.each(['The support group is only for men.', 'Our breast clinic is only for women.', 'Only women attend the menopause cafe.'])(
    'leaves groups and clinics for patients of one sex: %j',
    (text) => {
      expect(read(text, 'advert')).toEqual([]);
    },
  );
});

describe("a trans or non-binary colleague's identity mocked or denied", () => {
  it.each<[string, Found]>([
    ["She's still a bloke in a dress underneath.", [['trans-status-mocked', 'bloke in a dress', 14]]],
    ["They'll never be a real woman.", [['trans-status-mocked', 'never be a real woman', 8]]],
    ['He keeps pretending to be a man.', [['trans-status-mocked', 'pretending to be a man', 9]]],
    ['I refuse to use their pronouns.', [['trans-status-mocked', 'refuse to use their pronouns', 2]]],
    ['Being non-binary is just a phase.', [['trans-status-mocked', 'Being non-binary is just a phase', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['Calling anyone a tranny is harassment.', 'Please use the pronouns Alex has asked for.', 'Teething is just a phase for most babies.'])(
    'leaves a policy, the fair request and other phases: %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});

describe('a person judged by class, schooling or region', () => {
  it.each<[string, Context, Found]>([
    ['He came across as very posh for a porter.', 'email', [['class-judged', 'He came across as very posh', 0]]],
    ['She sounds a bit common on the phone.', 'email', [['class-judged', 'She sounds a bit common', 0]]],
    ['Typical thick scouser, that one.', 'email', [['class-judged', 'thick scouser', 8]]],
    ['Privately educated applicants tend to shine.', 'advert', [['class-judged', 'Privately educated', 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Falls are very common on this ward.', 'advert'],
    ['The school nurse sees pupils at fee-paying and state schools.', 'advert'],
    ['It sounds common enough to need a policy.', 'email'],
  ])('leaves common things and school nursing: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('a mental health condition or a disability brushed off or mocked', () => {
  it.each<[string, Found]>([
    ['Just tell her to snap out of it.', [['mental-health-dismissed', 'snap out of it', 17]]],
    ["He's not all there, bless him.", [['mental-health-dismissed', "He's not all there", 0], ['person-patronised', 'bless him', 20]]],
    ['She has got mental issues, that one.', [['mental-health-dismissed', 'got mental issues', 8]]],
    ['You should see a shrink.', [['mental-health-dismissed', 'should see a shrink', 4]]],
    ["Your mental health isn't our problem.", [['mental-health-dismissed', "Your mental health isn't our problem", 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'That is not all there is to the role.',
    'Patients who need to see a psychiatrist are referred by the GP.',
    'Staff with mental health issues can get support from occupational health.',
  ])('leaves other senses, referrals and support: %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('a pregnancy made a joke or a grievance, or asked about', () => {
  it.each<[string, Context, Found]>([
    [
      "Shall we start a sweepstake on her due date now she's expecting?",
      'email',
      [
        ['pregnancy-mocked', 'sweepstake on her due date', 17],
        ['family-noted', 'expecting', 54],
      ],
    ],
    ["Cheeky to ask for time off when she's off on maternity soon.", 'email', [['pregnancy-mocked', 'Cheeky to ask for time off', 0], ['family-noted', 'maternity', 45]]],
    ['Have you come off the pill yet?', 'question', [['question-pregnancy', 'come off the pill', 9]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'Smokers are less likely to get pregnant, the clinic says.',
    'Book your annual leave before your maternity leave starts.',
    'Patients who stop taking contraception should see the nurse.',
  ])('leaves patients, a clinic and the fair request: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('marital and family status asked for', () => {
  it.each<[string, Context, Found]>([
    ['Single applicants only, as the post is live-in.', 'advert', [['family-status-requirement', 'Single applicants only', 0]]],
    ['We want family-first types.', 'email', [['family-status-requirement', 'family-first types', 8]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});

describe('age in idioms, nicknames and redundancy talk', () => {
  it.each<[string, Found]>([
    ["Can't teach that old dog new tricks, can you?", [['age-idioms', "Can't teach that old dog new tricks", 0]]],
    ["The oldies in pharmacy won't like it.", [['age-idioms', 'The oldies', 0]]],
    ['Start with the oldest when we cut posts.', [['age-idioms', 'Start with the oldest', 0]]],
    ['Managers see him as a bit old-fashioned.', [['age-idioms', 'see him as a bit old-fashioned', 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'The oldest building on the site is listed.',
    'Start with the oldest referrals on the waiting list.',
    'The café radio plays golden oldies.',
  ])('leaves buildings, waiting lists and music: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a name made shorter or more English', () => {
  it.each<[string, Found]>([
    ['Could you use a shorter version of your name with callers?', [['name-judged', 'shorter version of your name', 16]]],
    ["We'll shorten his name for the rota.", [['name-judged', 'shorten his name', 6]]],
    ["Callers can't spell her name, so use Jo.", [['name-judged', "can't spell her name", 8]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it('leaves asking how a name is spelt', () => {
    expect(read('Please spell your name for the receptionist.', 'email')).toEqual([]);
  });
});

describe('applicants refused by nationality or passport', () => {
  it.each<[string, Found]>([
    // A refusal in a clause reads as overseas-applicants-refused, which leaves one tied to visa sponsorship (review-30, should-fix 4).
    ['We cannot consider applications from non-EU nationals.', [['overseas-applicants-refused', 'cannot consider applications from non-EU nationals', 3]]],
    ["We won't take on foreign workers.", [['overseas-applicants-refused', "won't take on foreign workers", 3]]],
    ['Applicants must hold a UK driving licence and a current British passport.', [['passport-holders', 'a current British passport', 46]]],
    ['Please only apply if you hold a British passport.', [['passport-holders', 'only apply if you hold a British passport', 7]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
  it.each([
    'We cannot accept applications after the closing date.',
    'Non-EU applicants are welcome; we hold a sponsor licence.',
    'You will need a bank statement and a valid UK passport or other photo ID.',
  ])('leaves deadlines, a welcome and a list of documents: %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('sickness absence passed on in a reference', () => {
  it('flags a past record of time off held against someone', () => {
    expect(read('His last manager said he took a lot of sick leave.', 'email')).toEqual([['attendance-record', 'a lot of sick leave', 30]]);
  });
  it.each<[string, Context]>([
    ['Everyone takes a lot of time off over Christmas.', 'email'],
    ['You will have lots of time off in the summer holidays.', 'advert'],
  ])('leaves leave as a benefit: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});
