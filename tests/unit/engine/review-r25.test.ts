import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 25's review (S2, S5, N6): the reviewer's examples and fresh ones in other words.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

const KINDS: TextKind[] = ['email', 'advert'];

describe('one sex wanted for a shift needs a role or a verb of staffing, and no patient as the reason (S2)', () => {
  describe.each(KINDS)('in an %s', (kind) => {
    it.each([
      ['We need women for the weekend shifts if possible.', 'women', 8],
      ["Ideally we'd get men for the night rota.", 'men', 17],
      ['Two male porters for the night shift where possible.', 'male', 4],
    ])('flags %j', (text, words, start) => {
      expect(read(text, kind)).toEqual([['sex-preferred', words, start]]);
    });
    it.each([
      'Book ladies for the smear clinic on Tuesday where possible.',
      'Please put women for the evening clinic if possible, the nurse is away.',
      'Slot gentlemen for the Friday clinic where possible, as they work weekdays.',
      'If we can, book women for the late coil session.',
    ])('leaves patients booked into a clinic in %j', (text) => {
      expect(read(text, kind)).toEqual([]);
    });
    it('leaves staff of one sex so that patients can choose', () => {
      expect(read('We have male HCAs for the night shift if possible so patients can choose.', kind)).toEqual([['unexpanded-acronym', 'HCAs', 13]]);
    });
  });
});

describe('a locum booked for a clinic where patients may ask for their own sex is the patients’ choice (S2)', () => {
  describe.each(KINDS)('in an %s', (kind) => {
    it.each([
      ['Please book a female bank nurse for the Saturday shifts.', 'female bank nurse', 14],
      ['Please book a male agency nurse for the weekend shifts, ideally.', 'male agency nurse', 14],
      // A preference stated outright stays the employer's, whatever the clinic.
      ['Ideally female nurses for the cervical screening clinic.', 'female nurses', 8],
    ])('flags %j', (text, words, start) => {
      expect(read(text, kind)).toEqual([['one-sex-advert', words, start]]);
    });
    it.each(['Please book a female locum for the Tuesday smear clinic if possible.', 'Please book a female locum for the coil clinic on Monday.'])(
      'leaves %j',
      (text) => {
        expect(read(text, kind)).toEqual([]);
      },
    );
  });
});

describe('pay-band shorthand and expansions written in their family, read once per document (S5)', () => {
  it.each([
    ['This is a Band 6 post. The B5 nurse leads the bay.', [['unexpanded-acronym', 'B5', 27]]],
    ['Band 5 nurses take vitamin B6 supplements.', [['unexpanded-acronym', 'B6', 27]]],
    [
      'We offer SLT and OT input. Our SLT team is small.',
      [
        ['unexpanded-acronym', 'SLT', 9],
        ['unexpanded-acronym', 'OT', 17],
      ],
    ],
    ['The B5 nurse leads the bay. This is a Band 5 post.', []],
    ['This is a Band 8a post. B8a managers attend.', []],
    ['Speech and Language Therapist post. You will work with SLT colleagues, and SLT students join us.', []],
  ])('reads %j', (text, findings) => {
    expect(read(text, 'advert')).toEqual(findings);
  });
});

describe('"just starting out" in a field of work is a career stage open to every age (N6)', () => {
  it.each([
    ["We'd prefer someone just starting out in life rather than settled in their ways.", 20],
    ['Ideal for someone just starting out.', 18],
  ])('flags %j', (text, start) => {
    expect(read(text, 'advert')).toEqual([['age-stage-preferred', 'just starting out', start]]);
  });
  it.each([
    'This apprenticeship is ideal if you are just starting out in healthcare.',
    "The traineeship would suit you if you're just starting out in primary care.",
    "A good fit for you if you're just starting out in your career.",
    'Perfect if you are just starting out on your career in the NHS.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});
