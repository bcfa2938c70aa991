import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 27 (lead, from what the unseen fresh27 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

describe('a requirement with its reason after "because" or "since"', () => {
  it('reads the requirement as asked of the applicant, not of the patients in the reason', () => {
    expect(read('- Welsh mother tongue, since our patients are mostly Welsh speakers')).toEqual([['first-language', 'mother tongue', 8]]);
  });
  it('leaves a language the job needs, with its reason', () => {
    expect(read('- Fluent Welsh, because our patients are mostly Welsh speakers')).toEqual([]);
  });
});

describe('"someone" described a few words on', () => {
  it('reads the pronoun as the generic hire', () => {
    expect(read('We want someone calm and steady who can keep himself composed in a crisis.')).toEqual([['generic-pronoun', 'himself', 45]]);
  });
});

describe('a pregnancy policy, not a question', () => {
  it('leaves the offer of a risk assessment', () => {
    expect(read('If you become pregnant while working here, we will carry out a risk assessment with you.')).toEqual([]);
  });
  it('still flags asking whether a candidate has children', () => {
    expect(read('Before we offer, does she have children?', 'email')).toEqual([['family-status-screening', 'does she have children', 17]]);
  });
});

describe('"competitive" for a budget', () => {
  it('leaves a budget and flags a team', () => {
    expect(read('There is a competitive training budget for every nurse.')).toEqual([]);
    expect(read('Our team is competitive and loves league tables.')).toEqual([['masculine-competitive', 'competitive', 12]]);
  });
});

describe('overseas qualifications refused, with the kind of qualification named', () => {
  it.each([
    ["We can't consider overseas nursing qualifications.", 'overseas nursing qualifications', 18],
    ["We've had trouble with foreign dental degrees before.", 'foreign dental degrees', 23],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['overseas-trained-unwanted', words, start]]);
  });
  it('leaves the route for overseas qualifications, and both welcomed', () => {
    expect(read("We consider overseas nursing qualifications through the regulator's test of competence.")).toEqual([]);
    expect(read('We welcome overseas and UK qualifications.')).toEqual([]);
  });
});

describe('career breaks and unbroken practice ruled out', () => {
  it.each([
    ['We are unable to consider anyone returning from a career break.', 'unable to consider anyone returning from a career break', 7],
    ['You must have worked continuously in a pharmacy since qualifying.', 'must have worked continuously', 4],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['employment-gaps', words, start]]);
  });
  it('leaves returners welcomed', () => {
    expect(read('We welcome applicants returning from a career break.')).toEqual([]);
  });
});

describe("a title under a signature's name", () => {
  it("leaves the sender's own title", () => {
    expect(read('Best wishes,\n\nMandeep Sandhu\nDeputy Ward Sister, Ward 12', 'email')).toEqual([]);
  });
  it('still flags the title asked for under a heading', () => {
    expect(read('Kind regards\n\nWard 12 Rota\nWard Sister needed for Saturday', 'email')).toEqual([['sister-title', 'Ward Sister', 27]]);
  });
});

describe('part-time work refused in a note', () => {
  it.each([
    ['Honestly I\'m wary of job shares on a ward this busy.', 'working-pattern-refused', 'wary of job shares', 13],
    ["We'd want him back full-time or nothing.", 'full-time-only', 'full-time or nothing', 19],
  ])('flags %j', (text, rule, words, start) => {
    expect(read(text, 'email')).toEqual([[rule, words, start]]);
  });
  it('leaves wariness of something that is no working pattern', () => {
    expect(read("I'm wary of the new rota software.", 'email')).toEqual([]);
  });
});

describe("a candidate's family in a note", () => {
  it.each([
    ['Candidate 4: married with two little ones, so may want early finishes.', 'family-noted', 'married with two little ones', 13],
    ["Since she became a mother I doubt she'll be as reliable.", 'family-judged', 'became a mother I doubt', 10],
    ['Has the school run ever got in the way of her rota?', 'family-judged', 'school run ever got in the way', 8],
  ])('flags %j', (text, rule, words, start) => {
    expect(read(text, 'email')).toEqual([[rule, words, start]]);
  });
  it('leaves new mothers a service supports and a writer of her own family', () => {
    expect(read('Our service supports women who have just become mothers.', 'email')).toEqual([]);
    expect(read('I became a mum in 2019 and came back full time.', 'email')).toEqual([]);
  });
});

describe('sickness and mental health held against applicants', () => {
  it('flags spells off sick refused', () => {
    expect(read('We would rather not appoint anyone who has had repeated spells off sick.', 'email')).toEqual([['sickness-held-against', 'repeated spells off sick', 47]]);
  });
  it('flags "not the post for" anyone with a condition', () => {
    expect(read("It's not the post for anyone with a mental health condition.")).toEqual([['health-barred', 'mental health condition', 36]]);
  });
  it('leaves staff supported back from long periods off', () => {
    expect(read('Staff returning from long periods off sick are supported by occupational health.', 'email')).toEqual([]);
  });
});

describe("a body's name is no person's", () => {
  it('reads the pronoun after a licence from a named authority as the generic hire', () => {
    expect(read("You'll hold a Care Quality Commission (CQC) registration.\nWe need someone physically fit who can handle himself at night.")).toEqual([
      ['physically-fit', 'physically fit', 74],
      ['generic-pronoun', 'himself', 104],
    ]);
  });
});

describe('staff called girls or lads, in a greeting with "all" or as the hires an employer finds do well', () => {
  it.each([
    ["We've always found lads who like sport do well here.", [['staff-called-girls', 'lads', 19]]],
    ['Morning all girls, the rota is up.', [['staff-called-girls', 'girls', 12]]],
  ])('flags %j', (text, found) => {
    expect(read(text, 'email')).toEqual(found);
  });
  it('leaves the patients an employer finds', () => {
    expect(read('We find girls who come to the clinic are often anxious.', 'email')).toEqual([]);
  });
});
