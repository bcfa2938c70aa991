import { describe, expect, it } from 'vitest';
import { settingsSchema } from '@/lib/settings/schema';
import { flags, judged, leaves } from './read-findings';

// Round 37's review, mended by the lead: each in other words than the review's probes.

describe('well spoken of, a reputation (M2)', () => {
  leaves([['The dental team is well spoken of by patients across the town.', 'advert']]);
  flags([['We need a well-spoken person for the front desk.', 'advert', [['well-spoken', 'well-spoken', 10]]]]);
});

describe('a working pattern refused because of family life, read in its own clause (M4)', () => {
  flags([['Term-time contracts are not possible because the kids always come first for those staff.', 'email', [['working-pattern-refused', 'Term-time contracts are not possible', 0]]]]);
  leaves([
    ['We cannot offer part-time hours on nights because of the skill mix, but our crèche takes children from 6am.', 'email'],
    ['Job shares are not possible because the group for young mums meets every evening.', 'email'],
  ]);
});

describe('a man or woman in everyday words, wished for by the writer only (M5)', () => {
  flags([['It would be nice to have a lad on the team for a change.', 'email', [['one-sex-advert', 'have a lad', 20]]]]);
  // Other rules may still note the everyday word itself; what must not come is the one-sex error.
  it.each([
    'Could we have a chap from the works department to fix the door?',
    'Mrs Ellis would prefer a lass to help her shower; please add it to her care plan.',
    'Please never say we want a bloke in the advert.',
  ])('does not read %j as limiting a job to one sex', (text) => {
    expect(judged(text, 'email').map(([rule]) => rule)).not.toContain('one-sex-advert');
  });
});

describe('a person word that opens a phrase is chosen only after a verb of choosing (M7)', () => {
  flags([['The partners said not to shortlist anyone likely to go on maternity leave.', 'email', [['family-plans', 'anyone likely to go on maternity leave', 35]]]]);
  leaves([
    ['Our scheme pairs older people with someone of their age.', 'advert'],
    ['Anyone likely to go on maternity leave this year should let HR know so we can plan cover.', 'email'],
  ]);
});

describe('faith festival leave refused only as itself, not under a rule for all leave (M9)', () => {
  flags([['Requests for Vaisakhi leave will not be granted this spring.', 'email', [['faith-leave-refused', 'Requests for Vaisakhi leave will not be granted', 0]]]]);
  leaves([
    ['Requests for Diwali leave will not be granted unless made a month ahead, as for all leave.', 'email'],
    ['Requests for religious festivals will not be approved during the year-end freeze, like all annual leave.', 'email'],
  ]);
});

describe('a rule switched off under its old id stays off (S1)', () => {
  it('reads the GCSE rule’s old id as its new one', () => {
    expect(settingsSchema.parse({ disabledRules: ['age-gcse', 'uk-school-qualification', 'bubbly'] }).disabledRules).toEqual(['uk-school-qualification', 'bubbly']);
  });
});

describe('a man wished for a task of the job, not sent for a repair (M5)', () => {
  flags([['We really need a bloke to do the heavy lifting in stores.', 'email', [['one-sex-advert', 'need a bloke', 10]]]]);
  it('does not read a repair as limiting a job to one sex', () => {
    expect(judged('Can we get estates to send a chap to fix the boiler?', 'email').map(([rule]) => rule)).not.toContain('one-sex-advert');
  });
});
