import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 30, the study slice's misses and flagged traps by family (round 29's fresh29-* first): each
// family in other words than the documents that showed it, with the senses a reviewer would leave alone.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a pay line under the title is no heading in capitals', () => {
  it.each([
    ['Band 3 Receptionist\n£24,100 FTE\n\nYou will greet patients.', [['unexpanded-acronym', 'FTE', 28]]],
    ['Dispensary Assistant\n£11.80 an hour WTE\n\nYou will greet patients.', [['unexpanded-acronym', 'WTE', 36]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it('leaves a heading in capitals with a figure in it', () => {
    expect(read('STAFF NURSE BAND 5 VACANCY\n\nYou will greet patients.')).toEqual([]);
  });
});

describe('"competitive" said of the place of work the candidate joins', () => {
  it.each([
    ['You will join a competitive, results-led department where every minute counts.', [['masculine-competitive', 'competitive', 16]]],
    ['Expect a fiercely competitive culture on the sales floor.', [['masculine-competitive', 'competitive', 18]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'Community pharmacy is a competitive environment for new contracts.',
    'The hospital operates in a competitive environment, so we invest in training.',
    'We offer a competitive salary in a supportive environment.',
  ])('leaves a market and pay in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a group counted as part of the staff is staff', () => {
  it.each([
    ['Around half of our workforce are women of a certain age, so menopause support matters.', [['age-idioms', 'of a certain age', 39]]],
    ['Men of a certain age account for most of the porters on nights.', [['age-idioms', 'of a certain age', 4]]],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it('leaves patients counted', () => {
    expect(read("Women of a certain age make up most of our clinic's patients.", 'email')).toEqual([]);
  });
});

describe('staff words put to a kind of work', () => {
  it.each([
    [
      'Open evening: keen lads for the stores and girls for reception, all welcome!',
      [
        ['staff-called-girls', 'lads', 19],
        ['staff-called-girls', 'girls', 43],
      ],
    ],
    ['We tend to put ladies who like chatting for the front desk.', [['staff-called-girls', 'ladies', 15]]],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it.each(['The group is for girls who want advice for nursing mothers.', 'Boys for the football tournament should meet at the gate.'])(
    'leaves patients and a team that is no work in %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});

describe('"chairman": the writer\'s word, not an office its holder is named with', () => {
  it.each([
    ["The appointments committee's chairman will be Mrs Hilary Stone.", [['chairman', 'chairman', 29]]],
    ['Please send questions to our board chairman, Dr Rafiq.', [['chairman', 'chairman', 35]]],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it('leaves the office, capitalised, of someone named', () => {
    expect(read('The Chairman of the Friends of the Hospital, Mr Lowe, will cut the ribbon.', 'email')).toEqual([]);
  });
});

describe('a pregnancy noted as "another on the way"', () => {
  it('flags it said of a candidate', () => {
    expect(read('Strong interview, though I gather she has another on the way, which might be awkward.', 'email')).toEqual([
      ['family-noted', 'has another on the way', 38],
    ]);
  });
  it('leaves new starters to come', () => {
    expect(read('Two porters start on Monday and another on the way next month.', 'email')).toEqual([]);
  });
});

describe('"someone who" after "be" is the person hired', () => {
  it.each([
    ["You'll be someone who doesn't flinch when the list overruns.", [['masculine-unflinching', "doesn't flinch", 22]]],
    ['The successful candidate is someone who never flinches under pressure.', [['masculine-unflinching', 'never flinches', 40]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it('leaves a patient', () => {
    expect(read('The patient is someone who may flinch during the procedure.')).toEqual([]);
  });
});

describe('"young doctors" who rotate are trainees, not an age asked for', () => {
  it('leaves the rotation', () => {
    expect(read('The ward is busy, and young doctors rotate through every six months.')).toEqual([]);
  });
  it('flags the team called young', () => {
    expect(read('Our young doctors make the mess a lively place.')).toEqual([
      ['age-young', 'young', 4],
      ['age-energetic', 'lively', 34],
    ]);
  });
});

describe('school leavers described, not wanted', () => {
  it.each([
    'Two of the applicants are school leavers and one has worked in a bank.',
    'Past cohorts have included school leavers, retirees and parents returning to work.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('flags a post said to suit them', () => {
    expect(read('The post would really suit a school leaver.', 'email')).toEqual([['age-school-leaver', 'school leaver', 29]]);
  });
});

describe('a trait before a title in capitals describes the post holder', () => {
  it.each([
    [
      'We are recruiting a hungry, fearless Quality and Safety Lead for the division.',
      [
        ['age-hungry', 'hungry', 20],
        ['masculine-fearless', 'fearless', 28],
      ],
    ],
    ['We want an ambitious Frailty Lead to join us.', [['masculine-ambitious', 'ambitious', 11]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each(['Our vibrant city centre Pharmacy Manager post is open.', 'Patients with aggressive Prostate Cancer are seen by our Urology Nurse.'])(
    'leaves a place and an illness in %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});
