import { describe, expect, it } from 'vitest';
import { compileWordlists, type WordlistError } from '@/lib/wordlists/compile';
import { inflect } from '@/scripts/inflect';
import { flags, leaves } from './read-findings';

// Round 40, mending the review of engine-115 to engine-117: a patient's goal is not a demand of the
// candidate, a fair statement about sickness or full-time hours is not a bar, callers from abroad are
// not a cue about a colleague's accent, and a local person the lexicon does not name is still read.

describe('walking said of patients is their goal, not a demand (physical-demands)', () => {
  flags([['Applicants must be able to walk between the two surgeries several times a day.', 'advert', [['physical-demands', 'able to walk', 19]]]]);
  leaves([
    ['The goal of the rehab programme is that residents are able to walk across the lounge without a frame.', 'advert'],
    ['You will check whether the patient is able to walk around the bay unaided.', 'advert'],
  ]);
});

describe('callers from abroad do not make "callers can\'t understand" about a colleague (accent-understood)', () => {
  flags([['The agency locum is kind but callers can\'t understand him.', 'email', [['accent-understood', "callers can't understand", 29], ['generic-pronoun', 'him', 54]]]]);
  leaves([['Overseas callers can\'t understand when the line is poor.', 'email']]);
});

describe('sickness that will not be held against anyone (sickness-held-against)', () => {
  flags([['A patchy attendance record will count against you.', 'advert', [['sickness-held-against', 'patchy attendance record', 2]]]]);
  leaves([
    ['His time off sick of more than ten days was linked to his disability, so it will not be held against him.', 'email'],
    ["Patchy attendance records won't count against candidates whose absences were pregnancy-related.", 'advert'],
  ]);
});

describe('full-time hours with a fair route in the sentence (full-time-only)', () => {
  flags([
    ['The role must be full-time as it covers the evening clinics.', 'advert', [['full-time-only', 'must be full-time', 9]]],
    // The route refused is no route.
    ['Must work full-time; job shares are not considered.', 'advert', [['full-time-only', 'Must work full-time', 0], ['working-pattern-refused', 'job shares are not considered', 21]]],
  ]);
  leaves([
    ['The role must be full-time as it covers the evening clinics, but a job share would be considered.', 'advert'],
    ['Each registrar needs to work full time unless LTFT training has been agreed.', 'advert'],
    ['You must be full-time for the first month, then part-time is possible.', 'advert'],
  ]);
});

describe('a local person the lexicon does not name is still the person wanted (origin-judged)', () => {
  flags([["She said she'd rather recruit a local girl.", 'email', [['origin-judged', 'recruit a local', 22], ['sex-preferred', 'girl', 38]]]]);
  leaves([['Call a Local Community Mental Health Team.', 'email']]);
});

describe('notBeforeHead names one word, the head noun', () => {
  const files = (notBeforeHead: string[]) => ({
    lists: {
      'tone.json': {
        category: 'tone',
        description: 'd',
        rules: [
          {
            id: 'one',
            severity: 'warning',
            phrases: ['dynamic'],
            context: { notBeforeHead },
            message: 'A message long enough.',
            suggestions: [{ text: 's', kind: 'advice' }],
            source: { name: 'n', url: 'https://example.org' },
            examples: { flag: ['dynamic'], pass: ['nothing here'] },
          },
        ],
      },
    },
    acronyms: { source: { name: 'n', url: 'https://example.org' }, understood: [], acronyms: {} },
    allowlist: { description: 'd', phrases: [], caseSensitive: [] },
  });
  const problems = (notBeforeHead: string[]) => {
    try {
      compileWordlists(files(notBeforeHead), inflect);
    } catch (e) {
      return (e as WordlistError).problems;
    }
    return [];
  };
  it('rejects a phrase of two words', () => {
    expect(problems(['role', 'market place'])).toEqual(['tone.json "one": notBeforeHead "market place" is not one word; name the head noun alone']);
  });
  it('accepts single words', () => {
    expect(problems(['role', 'market'])).toEqual([]);
  });
});

describe('a question whether a licence is needed is not a demand (driving-licence)', () => {
  flags([
    ['Do you hold a full driving licence?', 'email', [['driving-licence', 'full driving licence', 14]]],
    ['A full driving licence is essential. Is that a problem?', 'advert', [['driving-licence', 'full driving licence', 2]]],
  ]);
  leaves([['Is a full clean licence needed for the community post?', 'advert']]);
});
