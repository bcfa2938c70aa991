import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { flags, leaves, read } from './read-findings';

// Round 44 (mend-44d2): findings of the review of engine-136 and engine-137, each case in new words beside the
// near-miss that must stay as it is.

const abbreviations = (text: string) => read(text).filter(([rule]) => rule === 'unexpanded-acronym');

describe('letters and their noun in brackets after the writer’s words for the thing', () => {
  it('flags letters whose initials the words before do not give, though the first word shares the first letter', () => {
    expect(abbreviations('- Check the patient transport bookings (PAS slots) for each clinic.')).toEqual([['unexpanded-acronym', 'PAS', 40]]);
  });
  it('leaves letters the words before spell in order', () => {
    expect(abbreviations('- Restock the wound dressing packs (WDP boxes) for each clinic.')).toEqual([]);
  });
});

describe('no family "in tow": a fair route and the staff in post', () => {
  leaves([
    ['The housing team can help whether you move here with or without children.', 'advert'],
    ['Most of our new physiotherapists joined with no family in tow, and the team helped them find flats.', 'advert'],
  ]);
  flags([['We would prefer physiotherapists who arrive with no family in tow.', 'advert', [['family-status-requirement', 'no family in tow', 49]]]]);
});

describe('mentally strong or robust', () => {
  leaves([['The post needs psychologically robust governance arrangements.', 'advert']]);
  it('flags it asked of the person, with advice on saying what is hard about the work', () => {
    const [finding] = analyse('Call handlers must be mentally robust.', { context: 'advert' }).findings.filter((f) => f.ruleId === 'physically-fit');
    expect([finding?.text, finding?.start]).toEqual(['mentally robust', 22]);
    expect(finding?.suggestions.some((s) => s.text.includes('people in distress'))).toBe(true);
  });
});

describe('a trait of someone the candidate deals with, after other adjectives or a past tense', () => {
  leaves([
    ['Role play: you confront a loud and domineering consultant at handover.', 'advert'],
    ['In the exercise she coped with a forceful manager calmly.', 'email'],
  ]);
  flags([['We are hiring a bold, forceful manager.', 'advert', [['masculine-force', 'forceful', 22]]]]);
});

describe('what a relative clause says of its noun, and carers wanted', () => {
  flags([
    ['We need drivers who are in good shape and vans that are in good shape.', 'advert', [['physically-fit', 'in good shape', 24]]],
    [
      'We want carers with a full licence who are young and cheerful.',
      'advert',
      [
        ['driving-licence', 'full licence', 22],
        ['age-young', 'young', 43],
      ],
    ],
  ]);
  leaves([['We support carers who are young and cheerful.', 'advert']]);
});
