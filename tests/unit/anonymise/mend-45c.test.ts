import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 45 (helper mend-45c): findings of the review of anonymiser-92 and anonymiser-93, each in fresh words.

describe('Roja is a given name; only "Cruz Roja" and "Cruz Vermelha" name the Red Cross', { timeout: 30_000 }, () => {
  test('a candidate named Roja goes', () => {
    expect(redact('ROJA NATARAJAN\nHealthcare Assistant\n\nI completed my care certificate at Derby.')).toBe(
      '[CANDIDATE]\nHealthcare Assistant\n\nI completed my care certificate at Derby.',
    );
  });

  test('a referee named Roja goes, in full and alone', () => {
    expect(redact('PAUL GREEN\nPorter\n\nReferees\nRoja Pillai, Matron, Leicester Royal Infirmary\nRoja also signed off my competencies.')).toBe(
      '[CANDIDATE]\nPorter\n\nReferees\n[NAME 1], Matron, Leicester Royal Infirmary\n[NAME 1] also signed off my competencies.',
    );
  });

  test('the Red Cross stays whole beside a referee whose surname is Cruz', () => {
    expect(redact('PAUL GREEN\nPorter\n\nReferee: Lucia Cruz, Team Leader\nI drove ambulances for Cruz Roja in Seville and later helped Cruz Vermelha in Braga.')).toBe(
      '[CANDIDATE]\nPorter\n\nReferee: [NAME 1], Team Leader\nI drove ambulances for Cruz Roja in Seville and later helped Cruz Vermelha in Braga.',
    );
  });
});

describe('a piece of a hyphenated surname in the possessive', { timeout: 30_000 }, () => {
  test('before a job word it is still the person', () => {
    expect(redact('PAUL GREEN\nPorter\n\nReferee: Dr Ngozi Eze-Nwosu, Consultant\nEze’s Unit audit was praised; Nwosu’s Handbook is used on the ward.')).toBe(
      '[CANDIDATE]\nPorter\n\nReferee: Dr [NAME 1], Consultant\n[NAME 1]’s Unit audit was praised; [NAME 1]’s Handbook is used on the ward.',
    );
  });

  test('after a comma, before a word no list knows, it is a place and stays', () => {
    const text = 'PAUL GREEN\nPorter\n\nReferee: Mrs Ann Bishop-Achebe, Ward Manager, Bishop’s Stortford';
    expect(redact(text)).toBe('[CANDIDATE]\nPorter\n\nReferee: [NAME 1], Ward Manager, Bishop’s Stortford');
  });
});

describe('a reason after a condition that is no choice of work tells of the condition', { timeout: 30_000 }, () => {
  test.each([
    ['I have ulcerative colitis, which is why I keep a spare uniform in my locker.', 'I have [HEALTH].'],
    ['I live with migraine, which was the reason I wear tinted glasses on the ward.', 'I live with [HEALTH].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a reason for a choice of work stays', () => {
    expect(redact('I have psoriasis, which is the reason I first went into dermatology nursing.')).toBe(
      'I have [HEALTH], which is the reason I first went into dermatology nursing.',
    );
  });
});

describe('rehabilitation the writer attends is no clinical work', { timeout: 30_000 }, () => {
  test('"rehabilitation classes" after the condition go', () => {
    expect(redact("I have Parkinson's and go to Parkinson's rehabilitation classes weekly.")).toBe('I have [HEALTH] and go to [HEALTH] rehabilitation classes weekly.');
  });

  test('rehabilitation as work stays', () => {
    const text = 'I spent two years in stroke rehabilitation on the acute unit.';
    expect(redact(text)).toBe(text);
  });
});

describe('a starred place on a form is an address only among a home address’s lines', { timeout: 30_000 }, () => {
  test('an employment block’s base and town stay', () => {
    const text = 'PAUL GREEN\nPorter\n\nPrevious employment\nEmployer *       Bradford Teaching Hospitals\nBase *      St Luke’s Hospital\nTown *      Bingley\n';
    expect(redact(text)).toBe(text.replace('PAUL GREEN', '[CANDIDATE]'));
  });

  test('a town beside the postcode still goes', () => {
    expect(redact('Title *              Ms\nAddress line 1 *     14 Heol Y Nant\nPostcode *           SA31 1AB\nTown *               Carmarthen\n')).toBe(
      'Title *              [TITLE]\nAddress line 1 *     [ADDRESS]\nPostcode *           [POSTCODE]\nTown *               [ADDRESS]\n',
    );
  });
});

describe('a referee before a role the job titles know', { timeout: 30_000 }, () => {
  test('"Ward Sister" vouches for two everyday words as a name', () => {
    expect(redact('PAUL GREEN\nPorter\n\nReferees: Dawn Bath, Ward Sister, Pinderfields Hospital\n')).toBe('[CANDIDATE]\nPorter\n\nReferees: [NAME 1], Ward Sister, Pinderfields Hospital\n');
  });

  test('a ward’s name before a hospital stays', () => {
    const text = 'PAUL GREEN\nPorter\n\nReferees: Ivy Ward, Royal Oldham Hospital\n';
    expect(redact(text)).toBe(text.replace('PAUL GREEN', '[CANDIDATE]'));
  });
});
