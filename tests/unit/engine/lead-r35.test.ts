import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { findPersonSpec, listedCriteria } from '@/lib/engine/sections';
import { missing, read } from './read-findings';

// Round 35 (lead): each kind in other words than the documents that showed it.

describe('essential criteria run together with semicolons', () => {
  const advert = (criteria: string) => `Person specification\nEssential: ${criteria}\nDesirable: leadership course`;
  it('counts each part as a criterion', () => {
    const nine = 'HCPC registration; MSc in a relevant field; mentoring qualification; gait analysis experience; orthotic casting; caseload management; audit experience; service development; good IT skills';
    expect(missing(advert(nine))).toContain('too-many-essential-criteria');
    expect(missing(advert('HCPC registration; MSc in a relevant field; gait analysis experience'))).not.toContain('too-many-essential-criteria');
  });
  it('keeps "or equivalent" with the part before, and a single semicolon as one criterion', () => {
    const text = 'Essential: degree in podiatry; or equivalent experience; orthotic casting';
    const sections = findPersonSpec(text).flatMap((s) => listedCriteria(text, s));
    expect(sections.map((s) => text.slice(s.start, s.end))).toEqual(['degree in podiatry; or equivalent experience', 'orthotic casting']);
    const one = 'Essential: registration with the GDC; current indemnity';
    expect(listedCriteria(one, { role: 'essential', start: 11, end: one.length }).map((s) => one.slice(s.start, s.end))).toEqual([
      'registration with the GDC; current indemnity',
    ]);
  });
  it('names the part that reads as a preference', () => {
    const text = advert('HCPC registration; gait analysis experience; preferably an MSc; caseload management');
    const found = analyse(text, { context: 'advert', minWordsForStatements: 0 }).document.find((d) => d.ruleId === 'essential-reads-as-preference');
    expect(found?.message).toContain('“preferably an MSc”');
  });
});

describe('hours that "can be worked flexibly"', () => {
  it('is an offer of flexible working, not a demand', () => {
    const offer = `Orthoptist, Band 6. £37,338 – £44,962 per annum. You will run paediatric clinics across two sites. ${'The team is friendly and supportive. '.repeat(30)}Hours may be worked flexibly over four or five days.`;
    expect(missing(offer)).not.toContain('no-flexible-working-statement');
    const demand = `Orthoptist, Band 6. £37,338 – £44,962 per annum. You will run paediatric clinics across two sites. ${'The team is friendly and supportive. '.repeat(30)}You will need to work flexibly across both sites.`;
    expect(missing(demand)).toContain('no-flexible-working-statement');
  });
});

describe('"ones" in a list item', () => {
  it('does not stand for a noun in the item before', () => {
    const brief = 'Stall brief:\n- For the phones, pick the lads, they are better with callers on the line.\n- Skip the older ones who want a second career.';
    expect(read(brief, 'email').filter(([rule]) => rule.startsWith('age'))).toEqual([['age-older', 'older', 99]]);
    expect(read('Many patients on the ward are frail; the older ones need a hoist.', 'email')).toEqual([]);
  });
});

describe('a negative question about a candidate', () => {
  it('asserts what it asks ("isn\'t he …?"), as a statement would', () => {
    expect(read("Strong interview. Isn't he expecting a baby with his partner?", 'email')).toEqual([['family-noted', 'expecting', 27]]);
    expect(read("He isn't married, as far as I know.", 'email')).toEqual([]);
  });
  it('leaves a question put to the reader alone', () => {
    expect(read("Don't you need a car for community visits?", 'email')).toEqual([]);
  });
});

describe('a marriage that says an orientation', () => {
  it('reads "married to a man" said of a man as his orientation when it is judged', () => {
    expect(read("Apparently he's married to a man. Not sure how the porters would take it.", 'email')).toEqual([
      ['orientation-judged', 'married to a man. Not sure', 16],
    ]);
    expect(read('She is married to a man who works in estates.', 'email')).toEqual([]);
  });
});

describe('wording proposed for adverts in the plural', () => {
  it('reads "the adverts should say …" as the writer\'s own wording, and "some adverts say …" as reported', () => {
    expect(read('The job adverts should say we want "recently qualified nurses only".', 'email')).toEqual([
      ['age-recently-qualified-preferred', 'recently qualified', 36],
    ]);
    expect(read('Applicants told us that some adverts say "recently qualified nurses only", which we will change.', 'email')).toEqual([]);
  });
});

describe('new wording families', () => {
  it('reads sharing the team culture as wanting people like the team', () => {
    expect(read('Shortlisters should favour applicants who share the practice culture.', 'email')).toEqual([['like-minded', 'share the practice culture', 42]]);
    expect(read('We hope you will share our culture of learning from incidents.', 'email')).toEqual([]);
  });
  it('reads no personal history of mental health conditions as a health requirement', () => {
    expect(read('Essential: no personal history of mental health conditions')).toEqual([
      ['health-requirement', 'no personal history of mental health conditions', 11],
    ]);
    expect(read('You will assess clients with no personal history of mental health conditions.').filter(([rule]) => rule === 'health-requirement')).toEqual([]);
    expect(read('The team sees people aged 18 to 35 with no previous history of psychiatric illness.').filter(([rule]) => rule === 'health-requirement')).toEqual([]);
  });
  it('reads a graduating year asked for as an age proxy', () => {
    expect(read('This role would suit 2024 or 2025 graduates.')).toEqual([['age-graduate', '2024 or 2025 graduates', 21]]);
    expect(read('Since 2021 graduates of our academy have filled half our posts.')).toEqual([]);
    expect(read('Our 2026 grads rotate through three wards in their first year.')).toEqual([]);
    expect(read('2025 qualifiers only, please.', 'email')).toEqual([['age-graduate', '2025 qualifiers only', 0]]);
  });
  it('reads a refusal of job shares with "just" in it', () => {
    expect(read('Sorry, but part-time simply does not work in our dispensary.', 'email')).toEqual([['working-pattern-refused', 'part-time simply does not work', 11]]);
    expect(read('Part-time is not just for parents: anyone may ask.', 'email')).toEqual([]);
  });
  it('reads childcare called the person\'s own problem as caring held against them', () => {
    expect(read('Your kids are your own problem, not the surgery\'s.', 'email')).toEqual([['caring-held-against', 'Your kids are your own problem', 0]]);
    expect(read('Childcare is a problem for many staff, so we run a holiday club.', 'email').filter(([rule]) => rule === 'caring-held-against')).toEqual([]);
  });
  it('reads diversity called lowering the bar', () => {
    expect(read('The matron said we are lowering standards to meet a WRES target.', 'email')).toEqual([
      ['diversity-as-lower-standards', 'lowering standards to meet a WRES target', 23],
    ]);
    expect(read('We never lower standards to meet the 18-week target.', 'email')).toEqual([]);
  });
  it('reads an intake or target group of ages as an age limit', () => {
    expect(read('Next intake: 17-21 year olds only, please.', 'email')).toEqual([['age-limit', '17-21 year olds', 13]]);
  });
});

describe("the round's review, the lead's items", () => {
  it('does not read a shift booked around an adjustment as a decision against the person (M2)', () => {
    expect(read('Please do not put him on earlies while his phased return lasts.', 'email')).toEqual([]);
  });
  it('keeps an age wished for in a count as a limit (M3)', () => {
    expect(read('Please check that 3 of the 5 new porters are under 25.', 'email')).toEqual([['age-limit', 'under 25', 45]]);
    expect(read('Two of our dispensers are over 60, and both are on the bank.', 'email')).toEqual([]);
  });
  it('reads a graduating year only as a limit, not as the name of a cohort (M5)', () => {
    expect(read('We are taking on September 2026 qualifiers for our preceptorship rotation.')).toEqual([]);
    expect(read('The 2025 graduates we appointed last spring have settled well.', 'email')).toEqual([]);
  });
  it('reads lowering the bar only where someone is called a token hire or hiring is said to lower it (M8)', () => {
    expect(read('Our staff survey found people feared being seen as a diversity hire.', 'email')).toEqual([]);
    expect(read('He was just a token appointment, if you ask me.', 'email')).toEqual([['diversity-as-lower-standards', 'was just a token appointment', 3]]);
  });
  it('does not read wording once used in adverts as wording proposed (M12)', () => {
    expect(read('The ward used to put "young and lively" in its adverts.', 'email')).toEqual([]);
  });
});

describe('a pregnancy noted for the duty owed (review S5)', () => {
  it('leaves a pregnancy noted where the next sentence names the risk assessment', () => {
    expect(read("Isn't he aware she's pregnant? Please book her occupational health appointment before she starts.", 'email')).toEqual([]);
    expect(read('She is pregnant. I doubt she will want the late clinics.', 'email')).toEqual([['family-judged', 'pregnant. I doubt she will want the late clinics', 7]]);
  });
});
