import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 38 (engine-109): the study slice's traps, wrong findings and known gaps, each in other words
// than the documents that showed it.

describe('letters first in brackets, with words about them after a comma', () => {
  it('are explained by the words before the brackets that spell them', () => {
    expect(read('New starters complete training in safe moving and handling (SMH, the course every porter takes).', 'advert')).toEqual([]);
    expect(read('You will learn breaking bad news (BBN, which all our registrars practise).', 'advert')).toEqual([]);
  });
  it('are not explained where the comma opens a list of other letters', () => {
    expect(read('Mandatory training in managing violence and aggression (MVA, BLS and ILS) is provided.', 'advert').map(([rule, text]) => [rule, text])).toEqual([
      ['unexpanded-acronym', 'MVA'],
      ['unexpanded-acronym', 'BLS'],
      ['unexpanded-acronym', 'ILS'],
    ]);
  });
  it('are not explained by words before the brackets that do not spell them', () => {
    expect(read('Please read the restraint policy (PMVA, see page 4).', 'advert')).toEqual([['unexpanded-acronym', 'PMVA', 34]]);
  });
});

describe('a slash pair in brackets after the words that give both', () => {
  it('reads the second as the first with the last word after "and"', () => {
    expect(read('You will run our computer-aided design and manufacture (CAD/CAM) suite.', 'advert')).toEqual([]);
    expect(read('Experience of patient group directions and protocols (PGD/PGP) is welcome.', 'advert')).toEqual([]);
  });
  it('leaves both flagged where the words before spell neither', () => {
    expect(read('Work with the milling team (CAD/CAM) on crowns.', 'advert')).toEqual([
      ['unexpanded-acronym', 'CAD', 28],
      ['unexpanded-acronym', 'CAM', 32],
    ]);
  });
});

describe('a pattern written with a straight apostrophe', () => {
  it('matches the same words typed with a curly one', () => {
    expect(read('Nice enough, but she won’t pick up the new rota app.', 'email')).toEqual([['age-new-tech-doubted', 'won’t pick up the new rota app', 21]]);
    expect(read('Nice enough, but she won\'t pick up the new rota app.', 'email')).toEqual([['age-new-tech-doubted', 'won\'t pick up the new rota app', 21]]);
  });
  it('stays quiet on the same words either way where the pattern does not fit', () => {
    expect(read('Don’t worry if you won’t have used the new rota app before: we train everyone.', 'advert')).toEqual([]);
  });
});

describe('a plan that will not be bent around fasting or prayer', () => {
  it('is faith practice held against staff', () => {
    expect(read('We are not going to arrange the timetable round Friday prayers for one person.', 'email')).toEqual([
      ['faith-practice-not-planned-for', 'not going to arrange the timetable round Friday prayers', 7],
    ]);
    expect(read('Honestly, we shouldn\'t have to build the shifts around Ramadan.', 'email')).toEqual([
      ['faith-practice-not-planned-for', 'shouldn\'t have to build the shifts around Ramadan', 13],
    ]);
  });
  it('leaves a plan that will be bent, or one offered with support', () => {
    expect(read('Tell your manager and we will work the rota around your fasting.', 'email')).toEqual([]);
    expect(read('We are happy to plan the rota around prayer times; we can\'t promise every slot.', 'email')).toEqual([]);
  });
});

describe('an age group said not to stay long enough', () => {
  it('holds the group\'s age against them', () => {
    // The group named straight before the verb; with a pronoun between, "older" alone is read by its own rule.
    expect(read('Skip the older applicants, they seldom stay long enough to repay the course.', 'email')).toEqual([['age-older', 'older', 9]]);
    expect(read('Between us, older starters hardly ever stay long enough to be worth it.', 'email')).toEqual([
      ['age-years-left', 'older starters hardly ever stay long enough', 12],
    ]);
  });
  it('leaves patients who do not stay long', () => {
    expect(read('Younger patients rarely stay long enough on the ward for a full assessment.', 'email')).toEqual([]);
  });
});
