import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { flags, leaves, missing } from './read-findings';

// Round 40 review mends: each case in other words than the review's.

describe('"within N years of qualifying" only as a wish or a gate on who is hired', () => {
  flags([
    ['We would love to hear from dietitians within two years of qualifying.', 'advert', [['age-within-years-of-qualifying', 'within two years of qualifying', 38]]],
    ['Candidates should be within 4 years of qualifying.', 'advert', [['age-within-years-of-qualifying', 'within 4 years of qualifying', 21]]],
  ]);
  leaves([
    ['Your first appraisal falls within one year of registration.', 'advert'],
    ['Paramedics within two years of qualifying join our consolidation programme.', 'advert'],
  ]);
});

describe('doubting training "there" needs a place abroad named near it', () => {
  flags([
    ['He studied in Lagos. Honestly, I would question the quality of training out there.', 'email', [['training-standard-doubted', 'question the quality of training out there', 39]]],
  ]);
  leaves([['The new starters rotate through the birth centre, so let us check the standard of training there.', 'email']]);
});

describe('"brotherhood" gets advice that fits any sentence', () => {
  it('suggests no word-for-word swap', () => {
    const [finding] = analyse('Our porters share a strong sense of brotherhood.', { context: 'advert' }).findings.filter((f) => f.ruleId === 'brotherhood');
    expect(finding?.suggestions.map((s) => s.kind)).toEqual(['advice']);
  });
});

describe('a welcome past a list of professions counts only a group of people', () => {
  it.each([
    'We welcome applications from radiographers, sonographers, dietitians and speech and language therapists of all backgrounds.',
  ])('finds it in %j', (text) => {
    expect(missing(text)).not.toContain('no-equality-statement');
  });
  it.each([
    'We welcome applications from radiographers, sonographers and dietitians from all over Wales.',
    'We welcome applications from radiographers, sonographers and dietitians of all grades.',
  ])('does not count %j', (text) => {
    expect(missing(text)).toContain('no-equality-statement');
  });
});

describe('a handler after a word for calls or enquiries is the person', () => {
  flags([['Ideal for a young, lively referrals handler.', 'advert', [['age-young', 'young', 12], ['age-energetic', 'lively', 19]]]]);
  leaves([['The hub takes young people’s referrals and handles urgent enquiries.', 'advert']]);
});

describe('"Calling all ladies" is a call to apply only when the sentence is about a job', () => {
  flags([['Calling all ladies who fancy a career in estates: apply now.', 'advert', [['staff-called-girls', 'ladies', 12]]]]);
  leaves([['Calling all ladies: the staff choir rehearses in the chapel on Mondays.', 'advert']]);
});
