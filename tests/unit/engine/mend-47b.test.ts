import { describe, expect, it } from 'vitest';
import { flags, leaves, missing } from './read-findings';

// Round 47, mending review 47b: the reviewer's cases, a fresh case of each reading in other words, and a near case.

const lacksFlexible = (cases: string[]) =>
  it.each(cases)('gives no-flexible-working-statement for %j', (text) => expect(missing(text)).toContain('no-flexible-working-statement'));
const offersFlexible = (cases: string[]) =>
  it.each(cases)('gives no no-flexible-working-statement for %j', (text) => expect(missing(text)).not.toContain('no-flexible-working-statement'));
const lacksAdjustments = (cases: string[]) =>
  it.each(cases)('gives no-reasonable-adjustments-statement for %j', (text) => expect(missing(text)).toContain('no-reasonable-adjustments-statement'));
const offersAdjustments = (cases: string[]) =>
  it.each(cases)('gives no no-reasonable-adjustments-statement for %j', (text) => expect(missing(text)).not.toContain('no-reasonable-adjustments-statement'));

describe('a pattern "not always possible" is a hedged offer, not a refusal', () => {
  offersFlexible([
    'Part-time working is not always possible, but we will consider all requests.',
    'Flexible working is not always possible on the wards, but we will discuss it with you.',
    'Job sharing is not always possible in theatres, though we look at every request.',
  ]);
  lacksFlexible(['Job sharing is not possible in theatres.']);
});

describe('flexibility offered to patients is not flexible working', () => {
  lacksFlexible([
    'Our practice offers flexibility for patients, with evening and Saturday appointments.',
    'We offer flexibility to patients through online booking.',
    'The flexibility we offer our patients is a big part of our service.',
    'Our pharmacy offers flexibility to customers with a late-night collection service.',
  ]);
  offersFlexible(['Our pharmacy offers flexibility to its dispensers, with a choice of early or late shifts.']);
});

describe('a pattern after "not suitable for" or "unsuitable for", with an article or "really" between', () => {
  lacksFlexible([
    'This post is not suitable for a job share.',
    'This job is not really suitable for home working.',
    'This post is unsuitable for home working.',
    'The community matron post is unsuitable for a job share, as the caseload needs one named nurse.',
  ]);
  offersFlexible(['This post is suitable for a job share.']);
});

describe('help to apply offered to people by who they are, not to the people the post serves', () => {
  offersAdjustments([
    'Disabled people can have extra time in the written assessment.',
    'We can provide an interpreter at any stage for people who are Deaf.',
    'We offer extra time in the assessment to people who are neurodivergent.',
    'Extra time in the assessment is available for people with dyslexia.',
    'People who stammer can have extra time at the interview stage.',
  ]);
  lacksAdjustments([
    'You will produce easy read leaflets with people with learning disabilities.',
    'You will be supporting people with dementia through memory assessments and extra time at appointments.',
  ]);
});

describe('"physically active" said of the work, not of the person in it', () => {
  flags([
    ['The right person for this job is physically active and enjoys being outdoors.', 'advert', [['physically-fit', 'physically active', 33]]],
    ['The successful applicant for this role is physically fit and able to lift patients.', 'advert', [['physically-fit', 'physically fit', 42]]],
    ['The person in this role is physically active.', 'advert', [['physically-fit', 'physically active', 27]]],
    ['Whoever takes this job is physically fit.', 'advert', [['physically-fit', 'physically fit', 26]]],
    ['The porter we appoint to this post is physically active.', 'advert', [['physically-fit', 'physically active', 38]]],
  ]);
  leaves([
    ['The position is physically active.', 'advert'],
    ['Our porter roles are physically active.', 'advert'],
    ['The work on the wards is physically active, with a lot of walking.', 'advert'],
  ]);
});

describe('a condition that affected the work, when the writer says what they did to help', () => {
  leaves([
    ['His confidence was affected by his dyslexia, so we arranged coaching.', 'email'],
    ['His training was disrupted by his cancer treatment, and we have extended his rotation so he loses nothing.', 'email'],
    ['Her attendance was affected by her childcare, so we moved her to a school-hours pattern.', 'email'],
    ['Her reporting was hampered by her dyspraxia, and I have arranged voice software for her.', 'email'],
  ]);
  flags([['Her reporting was hampered by her dyspraxia, and I have my doubts about her.', 'email', [['condition-doubted', 'dyspraxia, and I have my doubts', 34]]]]);
});

describe('"their" before what the work suffered from', () => {
  flags([
    ['Was their attendance affected by their childcare?', 'email', [['family-judged', 'affected by their childcare', 21]]],
    ['Is their timekeeping hampered by their caring responsibilities?', 'email', [['family-judged', 'hampered by their caring responsibilities', 21]]],
  ]);
  leaves([['Was their attendance affected by the bus strike?', 'email']]);
});

describe('"get on" is progress only in a career', () => {
  leaves([
    ["Part-time staff don't get on the weekend rota.", 'advert'],
    ["It isn't true that part-timers don't progress here.", 'advert'],
    ["Part-timers don't get on the bank list until their second month.", 'advert'],
  ]);
  flags([["Part-timers don't get on in their careers here.", 'advert', [['full-time-only', "Part-timers don't get on in their careers", 0]]]]);
});

describe('a probation extended because of a condition, said in the passive', () => {
  flags([
    ['Her probation was extended because of her epilepsy.', 'email', [['condition-doubted', 'probation was extended because of her epilepsy', 4]]],
    ['His probation has been extended because he has diabetes.', 'email', [['condition-doubted', 'probation has been extended because he has diabetes', 4]]],
  ]);
  leaves([['Her probation was extended because she missed two modules.', 'email']]);
});

describe('women told what to wear, whatever their post', () => {
  flags([
    ['Female doctors must wear a skirt.', 'advert', [['grooming-rule', 'Female doctors must wear a skirt', 0]]],
    ['Female healthcare assistants must wear a dress.', 'advert', [['grooming-rule', 'Female healthcare assistants must wear a dress', 0]]],
    ['The female nurse must wear a skirt.', 'advert', [['grooming-rule', 'female nurse must wear a skirt', 4]]],
    ['Female porters must wear tights under their uniform.', 'advert', [['grooming-rule', 'Female porters must wear tights', 0]]],
  ]);
  leaves([['Female patients must wear a gown for the scan.', 'advert']]);
});

describe('the menopause dismissed, with or without "the"', () => {
  flags([
    ['Menopause is no excuse for missing handovers.', 'email', [['mental-health-dismissed', 'Menopause is no excuse', 0]]],
    ['Menopause was no excuse for the late notes.', 'email', [['mental-health-dismissed', 'Menopause was no excuse', 0]]],
  ]);
  leaves([['Menopause is not a reason to stop working: talk to occupational health.', 'email']]);
});

describe('a faith practice refused by "will not" or "must not"', () => {
  flags([
    ['Religious observance will not be accommodated on Fridays.', 'advert', [['faith-practice-held-against', 'Religious observance', 0]]],
    ['Religious observance must not interfere with the rota.', 'advert', [['faith-practice-held-against', 'Religious observance', 0]]],
    ['Prayer breaks will not be granted during clinics.', 'advert', [['faith-practice-held-against', 'Prayer breaks', 0]]],
  ]);
  leaves([
    ['Religious observance will not be held against you.', 'advert'],
    ['We will not ask about religious observance.', 'advert'],
  ]);
});
