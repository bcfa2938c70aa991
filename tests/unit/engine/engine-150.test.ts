import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 47 (engine-150): misses, traps and unjudged findings of round 46's unseen writer (issue 11),
// each fix shown in other words than the documents that showed it, with a near case left alone.

describe('a contest of strength asked of the person', () => {
  flags([
    ['Our bank pool needs porters who can handle themselves on a Saturday night.', 'advert', [['combative-stance', 'who can handle themselves', 28]]],
    ['We need security staff able to handle themselves when the bar empties.', 'advert', [['combative-stance', 'able to handle themselves', 23]]],
  ]);
  leaves([
    ['Staff who can handle themselves safely in a restraint have all done the breakaway course.', 'advert'],
    ['You will learn to handle the booking system yourself.', 'advert'],
  ]);
});

describe('the people served belittled', () => {
  flags([['You will spend your mornings with our old dears on the day unit.', 'advert', [['patients-belittled', 'our old dears', 34]]]]);
  leaves([['You will spend your mornings with our older patients on the day unit.', 'advert']]);
});

describe('a candidate judged by the feel of them or their hours', () => {
  flags([
    ["We'll have her in for a morning to see if she's the right vibe.", 'email', [['culture-fit', "she's the right vibe", 42]]],
    ['Honestly, part-time nurses never have the same commitment.', 'email', [['full-time-only', 'part-time nurses never have the same commitment', 10]]],
    ["You'll need to be camera ready for our weekly videos.", 'advert', [['looks-demanded', 'need to be camera ready', 7]]],
  ]);
  leaves([
    ['The new waiting room is the right vibe.', 'advert'],
    ['Part-time staff have the same commitment to training as everyone else.', 'advert'],
  ]);
});

describe('a stay until retirement wanted of the person', () => {
  it('is read through "who plans to" as the person wanted', () => {
    expect(read('We want a dispenser who plans to stay until retirement.')).toEqual([['age-long-stay', 'stay until retirement', 33]]);
  });
  it('is no person where an organisation plans, but is the person wanted in the same sentence', () => {
    expect(read('The trust plans to stay until retirement of the lease, and wants a nurse who plans to stay until retirement.')).toEqual([['age-long-stay', 'stay until retirement', 86]]);
  });
});

describe('words about the work or the grounds, not the person', () => {
  leaves([
    ['The role is varied and sometimes challenging.', 'advert'],
    ['The work is busy and occasionally challenging, with good supervision.', 'advert'],
    ['The grounds team plants young shrubs each spring.', 'advert'],
  ]);
  flags([['This is a challenging role for someone who thrives under pressure.', 'advert', [['masculine-challenging', 'challenging', 10]]]]);
});
