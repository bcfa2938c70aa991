import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 48 (lead): each kind the unseen fresh48 set showed, in other words than the documents that showed it.

describe('abbreviations the text itself accounts for', () => {
  it('reads a name spelt out with "or" before its letters', () => {
    expect(read('Staff are trained for incidents where explosive, toxic or hazardous materials (ETHM) are involved.')).toEqual([]);
    // Words that do not spell the letters still leave them unexplained.
    expect(read('Staff are trained for incidents where smoke or fire (ETHM) is involved.')).toEqual([['unexpanded-acronym', 'ETHM', 53]]);
  });
  it('passes over letters inside the brackets that spell out another acronym', () => {
    expect(read('Our unit is assessed by the RCR (Royal College of Radiologists, ENT section).')).toEqual([]);
    expect(read('Our ENT clinic runs on Mondays.')).toEqual([['unexpanded-acronym', 'ENT', 4]]);
  });
  it('leaves letters that a message asks to be spelt out', () => {
    expect(read('Could you expand SDEC and AMU in the second paragraph?', 'email')).toEqual([]);
    expect(read('Please spell out ECT on first use.', 'email')).toEqual([]);
    expect(read('Please book SDEC for Tuesday.', 'email')).toEqual([['unexpanded-acronym', 'SDEC', 12]]);
    // The letters' own use later in the text is still read.
    expect(read('Please spell out SDEC in the summary. The post-holder will staff SDEC on Fridays.', 'email')).toEqual([['unexpanded-acronym', 'SDEC', 65]]);
  });
  it('knows more specialty abbreviations', () => {
    expect(read('Work to JESIP at every major incident.')).toEqual([['unexpanded-acronym', 'JESIP', 8]]);
    expect(read('Offer PrEP reviews in the evening clinic.')).toEqual([['unexpanded-acronym', 'PrEP', 6]]);
  });
});

describe('staff described by the writer’s own side', () => {
  flags([
    ['We are a lively crew of chatty, cheerful lads in the stores.', 'advert', [['staff-called-girls', 'lads', 41]]],
    ["We're a small bunch of friendly ladies who love a natter.", 'advert', [['staff-called-girls', 'ladies', 32]]],
  ]);
  leaves([
    ['We run a group of teenage girls who meet on Thursdays.', 'advert'],
    ['They are a bunch of cheeky, lively girls in Year 9 whom our school nurses see weekly.', 'advert'],
  ]);
});

describe('part-time staff held to be less committed', () => {
  flags([['In my experience part-time staff tend to be less reliable.', 'email', [['full-time-only', 'part-time staff tend to be less reliable', 17]]]]);
  leaves([['It is a myth that part-time workers are less committed.', 'advert']]);
});

describe('a vibe to fit', () => {
  flags([['We need a receptionist who matches the vibe of the practice.', 'advert', [['culture-fit', 'matches the vibe', 27]]]]);
  leaves([['The waiting room has a calm vibe.', 'advert']]);
});

describe('a faith warned off the post', () => {
  flags([
    [
      'The role includes laying out the dead, so anyone whose beliefs would make this hard should think twice before applying.',
      'advert',
      [['faith-bars-post', 'whose beliefs would make this hard', 49]],
    ],
  ]);
  leaves([['If your faith would make this hard, tell us and we will talk about how the team shares the work.', 'advert']]);
});

describe('a family that must be complete', () => {
  flags([['We want a partner whose family is finished, as the last two went on maternity leave.', 'advert', [['family-status-requirement', 'a partner whose family is finished', 8]]]]);
  leaves([['We advise patients whose family is complete about long-acting contraception.', 'advert']]);
});

describe('other senses', () => {
  leaves([
    ['Older cautions and convictions are filtered from the certificate.', 'advert'],
    ['The panel chair is independent of the service being reviewed.', 'advert'],
  ]);
  flags([['You will be calm, independent and organised.', 'advert', [['masculine-independent', 'independent', 18]]]]);
});
