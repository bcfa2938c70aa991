import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 37 (lead): each kind in other words than the documents that showed it.

describe('a religious festival refused as leave', () => {
  flags([
    ['Applications to take Vaisakhi leave will no longer be authorised on the ward.', 'email', [['faith-leave-refused', 'Applications to take Vaisakhi leave will no longer be authorised', 0]]],
    ['Sorry, we cannot be giving any Passover leave this year.', 'email', [['faith-leave-refused', 'cannot be giving any Passover leave', 10]]],
  ]);
  leaves([
    ['Requests for Diwali leave will not be refused because of staffing; we plan cover early.', 'email'],
    ['Requests for annual leave will not be approved once the rota is out.', 'email'],
  ]);
});

describe('children and maternity leave weighed in choosing', () => {
  flags([
    ['Ask her whether she is planning any more babies.', 'email', [['family-plans', 'planning any more babies', 23]]],
    ['The partners would rather not take someone likely to go off on maternity leave.', 'email', [['family-plans', 'someone likely to go off on maternity leave', 35]]],
    ['Best to avoid anyone who might be likely to go on maternity leave soon.', 'email', [['family-judged', 'avoid anyone who might be likely to go on maternity', 8]]],
  ]);
  leaves([
    ['Are you planning any children’s activities for the open day?', 'email'],
    ['Staff likely to go on maternity leave should tell their manager early.', 'email'],
    ['Read the maternity leave policy before you plan your leave.', 'email'],
  ]);
});

describe('parents told to sort out their own childcare for a rota', () => {
  flags([
    ['Colleagues with children need to arrange their own childcare for the weekend rota.', 'email', [['no-ties-wanted', 'with children need to arrange their own childcare', 11]]],
    ['Sorry, we cannot plan the rota round nursery hours.', 'email', [['no-ties-wanted', 'cannot plan the rota round nursery hours', 10]]],
  ]);
  leaves([
    ['We plan the rota around school hours wherever we can.', 'email'],
    ['The crèche is open to staff with children on the weekend rota.', 'email'],
  ]);
});

describe('adjustments refused or a diagnosis demanded, in a reply', () => {
  flags([
    // Round 37 review (S3): the refusal's own "more time" is no cue, so a reply needs one outside it (a timed task, a test).
    ["We can't give more time on the timed task, because that would not be fair to the other applicants.", 'email', [
      ['adjustments-refused', "can't give more time", 3],
      ['adjustments-refused', 'would not be fair to the other applicants', 56],
    ]],
    ['Please email me your exact diagnosis before the interview.', 'email', [['diagnosis-demanded', 'email me your exact diagnosis', 7]]],
    ['If you struggle to cope with deadlines, this may not be the ideal post for you.', 'email', [['warned-off', 'If you struggle to cope with deadlines, this may not be the ideal post for you', 0]]],
  ]);
  leaves([
    ['We do not offer additional time off in lieu for study days.', 'email'],
    ['If you need a visa, this may not be the right post for you.', 'email'],
    ['You don’t need to tell us your diagnosis; just tell us what would help.', 'email'],
  ]);
});

describe('a man or a woman wished for in everyday words', () => {
  flags([
    ['Honestly we need a lass for the women’s group.', 'email', [['one-sex-advert', 'need a lass', 12]]],
    ['Would be good to have a chap on the desk again.', 'email', [['one-sex-advert', 'have a chap', 17]]],
  ]);
  leaves([
    ['We have a lad starting in stores on Monday.', 'email'],
    ['We have a chap from the agency covering nights this week.', 'email'],
  ]);
});

describe('well spoken asked of staff', () => {
  flags([
    ['Our front desk needs someone nicely spoken and calm.', 'advert', [['well-spoken', 'nicely spoken', 29]]],
    ['Give the well-spoken ones the phone lines.', 'email', [['well-spoken', 'well-spoken', 9]]],
  ]);
  leaves([
    ['You do not need to be well spoken; you need to explain things clearly.', 'advert'],
    ['Whether you sound well spoken or not must not affect the score.', 'email'],
  ]);
});

describe('a working pattern refused with mothers as the reason', () => {
  flags([
    ['Part-time hours never work for mums, because of the school run.', 'email', [['working-pattern-refused', 'Part-time hours never work', 0]]],
  ]);
  leaves([
    ['Job shares don’t work here because the kids’ clinic needs one lead.', 'email'],
    ['Part-time posts are not possible due to the training rotation.', 'email'],
  ]);
});

describe('worship asked of the person hired', () => {
  flags([
    ['You will be expected to attend weekly devotions with the team.', 'advert', [['faith-demanded', 'expected to attend weekly devotions', 12]]],
  ]);
  leaves([
    ['Staff are welcome to join morning prayer in the chapel.', 'advert'],
    ['We provide a quiet room for daily prayers.', 'advert'],
  ]);
});

describe('rehabilitation and classes are services, not people', () => {
  flags([['We want an active, driven physio.', 'advert', [['masculine-active', 'active', 11], ['masculine-driven', 'driven', 19]]]]);
  leaves([
    ['Refer on to falls or active rehab classes in the community.', 'advert'],
    ['You will run active rehabilitation groups on the stroke unit.', 'advert'],
  ]);
});
