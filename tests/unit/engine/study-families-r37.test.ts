import { describe, expect, it } from 'vitest';
import { flags, judged, leaves, missing, read } from './read-findings';

// Round 37 (engine-105): the study slice's traps, wrong findings and known gaps, each in other words
// than the documents that showed it.

describe('a standard named by its body\'s letters and number', () => {
  it('is the standard\'s name, not an abbreviation to spell out ("ISO 9001", "BS EN 60601", "ISO/IEC 17025"), in a trade that works to it or beside what it is for', () => {
    expect(read('You will calibrate the infusion pumps to BS EN 60601 and keep the lab\'s ISO/IEC 17025 records.', 'advert')).toEqual([]);
    expect(read('Audit the stores against ISO 9001 certification each quarter.', 'advert')).toEqual([]);
    // Round 37 review (S2): outside such a post, with nothing saying what it is, the reader may not know it.
    expect(read('Audit the stores against ISO 9001 each quarter.', 'advert')).toEqual([['unexpanded-acronym', 'ISO', 25]]);
  });
  it('leaves the letters alone without a number, and an NHS memorandum\'s letters with one', () => {
    expect(read('Knowledge of ISO procedures is desirable.', 'advert')).toEqual([['unexpanded-acronym', 'ISO', 13]]);
    expect(read('Clean the theatre trays to HTM 01-01 standards.', 'advert')).toEqual([['unexpanded-acronym', 'HTM', 27]]);
  });
});

describe('a worry voiced with "careful about"', () => {
  flags([
    ['Priya said we should be careful about hiring someone who is likely to go on maternity leave soon.', 'email', [['family-judged', 'careful about hiring someone who is likely to go on maternity', 24]]],
  ]);
  leaves([
    ['Mo said we should be careful about lifting the bariatric patient without the hoist.', 'email'],
    ['She told us she is likely to go on maternity leave in the spring.', 'email'],
  ]);
});

describe('a faith\'s word that names the people who hold it', () => {
  flags([
    ['Churchgoers make more reliable receptionists, in my experience.', 'email', [['faith-judged', 'Churchgoers make more reliable', 0]]],
  ]);
  leaves([['Several of our volunteers are churchgoers from the parish.', 'email']]);
});

describe('a liking for a battle', () => {
  flags([['We want a manager who relishes a battle with the commissioners.', 'advert', [['masculine-combat-idiom', 'relishes a battle', 22]]]]);
  leaves([['Our patients battle with chronic pain every day.', 'advert']]);
});

describe('"our ways" not understood', () => {
  it('is the culture fit of the people the writer turned away', () => {
    expect(judged('Please no more from that agency, the last two didn\'t pick up our ways at all.', 'email')).toEqual([['culture-fit', 'didn\'t pick up our ways', 46]]);
  });
  leaves([['You will learn our ways of working during a two-week induction.', 'email']]);
});

describe('a manner put down to culture', () => {
  flags([['Good answers but she rarely spoke up in the group task, possibly a cultural thing.', 'email', [['culture-blamed', 'possibly a cultural thing', 56]]]]);
  leaves([['Some families prefer a relative to interpret, which could be a cultural thing.', 'email']]);
});

describe('days of absence weighed in a decision', () => {
  flags([['The panel weighed her 9 days of sick leave when choosing who would lead the night team.', 'email', [['attendance-record', 'weighed her 9 days of sick leave', 10]]]]);
  leaves([['Please consider your 27 days\' annual leave when you plan the summer rota.', 'email']]);
});

describe('a workplace called young where its patients are counted', () => {
  flags([['Fernside is a young, vibrant surgery of 6,200 patients near the station.', 'advert', [['age-young-workplace', 'young, vibrant surgery', 14]]]]);
  leaves([['We run a young, lively clinic for patients with eczema.', 'advert']]);
});

describe('sessions offered flexibly', () => {
  it('is a flexible-working statement ("Flexible sessions considered")', () => {
    const advert = 'Salaried GP, 6 sessions, Birchfield Surgery. We are a friendly teaching practice with a good skill mix and our own pharmacist. ';
    expect(missing(`${advert}Flexible sessions considered for the right applicant.`)).not.toContain('no-flexible-working-statement');
    expect(missing(advert)).toContain('no-flexible-working-statement');
  });
});

describe('apprenticeships open to all ages', () => {
  leaves([['Our apprenticeships are open to all ages, including 17-19 year olds leaving college.', 'advert']]);
  flags([['Our apprenticeships are open to 17-19 year olds leaving college.', 'advert', [['age-limit', '17-19 year olds', 32]]]]);
});

describe('a body named for a nationality', () => {
  leaves([['Membership of the Scottish Pharmacists Organisation preferably.', 'advert']]);
  flags([['Scottish pharmacists preferably.', 'advert', [['origin-judged', 'Scottish pharmacists preferably', 0]]]]);
});

describe('a difficulty of training abroad answered by support', () => {
  leaves([['Internationally trained midwives can find our maternity system hard at first, so we give every one a mentor for three months.', 'email']]);
  it('is still a doubt of them when nothing is offered', () => {
    expect(judged('Internationally trained midwives can find our maternity system hard, so we prefer UK-trained ones.', 'email').length).toBeGreaterThan(0);
  });
});

describe('English in a written test', () => {
  leaves([['Her English in the written exercise was poor: four spelling mistakes in a short letter.', 'email']]);
  flags([['Her English at interview was poor.', 'email', [['english-judged', 'Her English', 0]]]]);
});
