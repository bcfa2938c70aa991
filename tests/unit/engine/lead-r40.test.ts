import { describe, expect, it } from 'vitest';
import { flags, leaves, missing, read } from './read-findings';

// Round 40 (lead): each kind in other words than the documents that showed it.

describe('a welcome to a list of professions "of all backgrounds" is an equality statement', () => {
  it.each([
    'We welcome applications from physiotherapists, occupational therapists and podiatrists of every background.',
    'We encourage applications from porters, domestics and caterers from all communities.',
  ])('finds it in %j', (text) => {
    expect(missing(text)).not.toContain('no-equality-statement');
  });
  it.each([
    'We welcome applications from physiotherapists, all of whom need HCPC registration.',
    'We welcome applications from physiotherapists, occupational therapists and podiatrists with a degree.',
  ])('does not count %j', (text) => {
    expect(missing(text)).toContain('no-equality-statement');
  });
});

describe('letters that take a small word of their name as one of them', () => {
  it('reads "Serious Hazards of Transfusion (SHOT)" as spelt out, and the like', () => {
    expect(read('Report each near miss to the Child Health Outcomes of Pharmacy (CHOP) group.')).toEqual([]);
  });
  it('still asks for letters that its name does not give', () => {
    expect(read('Report each near miss to the Child Health Outcomes of Pharmacy (CHAP) group.')).toEqual([['unexpanded-acronym', 'CHAP', 64]]);
  });
});

describe('a trait before calls, incidents or referrals describes them, not the person', () => {
  leaves([
    ['You will advise the call handlers who are dealing with active incidents across the county.', 'advert'],
    ['Support the duty team as they triage dominant referrals from the two acute trusts.', 'advert'],
  ]);
  flags([['You will be an active member of the triage team.', 'advert', [['masculine-active', 'active', 15]]]]);
});

describe('a second group of staff by sex, put to other work beside the first', () => {
  flags([
    ['Send me a couple of lads for the stores and girls for the ward kitchens.', 'email', [['staff-called-girls', 'lads', 20], ['staff-called-girls', 'girls', 44]]],
  ]);
  leaves([['The clinic sees boys aged 5 to 11 and girls for the asthma review.', 'email']]);
});

describe('a call to apply made to one sex', () => {
  flags([['Calling all ladies who have been away from midwifery: come back to us!', 'advert', [['staff-called-girls', 'ladies', 12]]]]);
  leaves([['Calling all girls aged 14 to 16: the drop-in clinic is open after school.', 'advert']]);
});

describe('the words reviewers flag, in families the checker did not have', () => {
  flags([
    ['This post is not for the squeamish, as you will assist at post-mortems.', 'advert', [['faint-hearted', 'for the squeamish', 17]]],
    ['The porters are a proper brotherhood and look after each other.', 'advert', [['brotherhood', 'brotherhood', 25]]],
    ['We particularly want radiographers within three years of qualification.', 'advert', [['age-recent-qualification', 'within three years of qualification', 35]]],
    ['You need to be able to stand for a 12-hour shift in theatre.', 'advert', [['physical-demands', 'stand for a 12-hour shift', 23]]],
    ['Applicants with sensory impairments will not be suitable.', 'advert', [['health-barred', 'sensory impairments', 16]]],
    ['We would prefer a graduate rather than an 18-year-old for the apprenticeship.', 'email', [['age-stage-preferred', 'rather than an 18-year-old', 27]]],
    ['Security staff must be able to run to an alarm anywhere on site.', 'advert', [['physical-demands', 'able to run to an alarm', 23]]],
  ]);
  leaves([
    ['Preceptorship support is offered to nurses within two years of qualifying.', 'advert'],
    ['Clinic lists must be able to run to time, so the booking team keeps slots free.', 'advert'],
    ['Rather than a 12-month contract, the post is now permanent.', 'advert'],
  ]);
});

describe('the standard of training questioned for where someone trained', () => {
  flags([
    ['- Candidate 4: nursing degree from Kerala. We should question the quality of the training there.', 'email', [['training-standard-doubted', 'question the quality of the training there', 53]]],
  ]);
  leaves([['We check the standard of training on our own apprenticeship every year.', 'email']]);
});

describe('a disclosed condition doubted by a question in the next sentence', () => {
  flags([
    ['- Candidate 2: hearing aids, from the application. Could he really take calls on the switchboard?', 'email', [['condition-doubted', 'hearing aids, from the application. Could he really take calls', 15]]],
  ]);
  leaves([
    ['- Candidate 5: excellent scenario answers. Can she really start in March? She says yes.', 'email'],
  ]);
});

describe('time demanded "without fail", and a strong leader of another kind', () => {
  flags([
    // Since round 47 every Sunday demanded of the hire is a rule of its own (every-weekend-demanded).
    ['You will have to cover every Sunday without fail.', 'advert', [['every-weekend-demanded', 'have to cover every Sunday', 9]]],
    ['We are looking for a strong and confident leader for the estates team.', 'advert', [['masculine-lead', 'strong and confident leader', 21]]],
  ]);
  leaves([['Please send in your expenses by the last Friday of each month without fail.', 'email']]);
});

describe('a driving licence asked about in a question, not demanded', () => {
  leaves([['Will I need a full driving licence? Only for the community posts, where you visit patients at home.', 'advert']]);
  flags([['You will need a full driving licence for this post.', 'advert', [['driving-licence', 'full driving licence', 16]]]]);
});

describe('an inclusive environment where everyone belongs is an equality statement', () => {
  it('finds it', () => {
    expect(missing('We are building an inclusive working environment where everyone feels they belong.')).not.toContain('no-equality-statement');
  });
});
