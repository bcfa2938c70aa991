import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 40 (helper mend-40b): the review of this round's anonymiser changes (review-40b), each mended by a general reading.
// Fresh lines in our own words, each with a near case that must stay as it was.

describe('a name field alone on its line is whole: the line under it is no wrapped name', () => {
  test('a hospital under a one-word name stays, there and in the text', () => {
    const text = 'Applicant: Aoife\nWhipps Cross\n\nTheatre nurse at Whipps Cross Hospital since 2018.';
    expect(redact(text)).toBe('Applicant: [CANDIDATE]\nWhipps Cross\n\nTheatre nurse at Whipps Cross Hospital since 2018.');
  });

  test('a house name beside a column, its given names wrapped under it, is still one name', () => {
    expect(redact('PROFILE                            SKILLS\nFull name (passport): Puthenpurayil      Wound care\nMaria Thomas\n')).toBe(
      'PROFILE                            SKILLS\nFull name (passport): [CANDIDATE]      Wound care\n[CANDIDATE]\n',
    );
  });
});

describe('age: a stage of working life must govern the "at"', () => {
  test.each([
    'My degree project was graded at 68, a first.',
    'Over my degree my average was at 71.',
    'During my degree I was placed at 30.',
  ])('a mark or a placement stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('the writer retiring from a post at an age still goes', () => {
    expect(redact('I retired from the police at 55 and retrained.')).toBe('I retired from the police at [AGE] and retrained.');
  });
});

describe('the writer\'s lower-case "im" before a people\'s, a faith\'s or an orientation\'s word', () => {
  test('read as I\'m by the nationality, faith and orientation readers', () => {
    expect(redact('Hello, im Ghanaian and a porter. im bisexual and proud.')).toBe('Hello, im [NATIONALITY] and a porter. im [SEXUAL ORIENTATION] and proud.');
    expect(redact('Since 2015 im Sikh.')).toBe('Since 2015 [RELIGION].');
  });

  test('German "im" before a capitalised noun stays', () => {
    const text = 'Ich arbeite im Klinikum Mitte.';
    expect(redact(text)).toBe(text);
  });
});

describe('age: "my Nth decade" only as a decade of life', () => {
  test('a career told by its decade stays', () => {
    const text = 'Now in my third decade supporting families, I stay calm.';
    expect(redact(text)).toBe(text);
  });

  test('"of life" and "as I turn" still go', () => {
    expect(redact('I am in my sixth decade of life. As I turn my fifth decade I look ahead.')).toBe('I am in my [AGE]. As I turn my [AGE] I look ahead.');
  });
});

describe('a bracket after a birth date is a date only without English counts', () => {
  test('a year and a count of things stays', () => {
    expect(redact('Born on 3 June 1987 (1987, 14 beds) in the unit.')).toBe('Born on [DATE OF BIRTH] (1987, 14 beds) in the unit.');
    expect(redact('Born on 3 June 1987 (1987 9 wards) in the unit.')).toBe('Born on [DATE OF BIRTH] (1987 9 wards) in the unit.');
  });
});

describe('a postcode broken after its inward digit needs its letters alone in their cell', () => {
  test('a bay code and a word on the next line stay', () => {
    const text = 'Bay L2 6\nEH handover at eight. Side room K3 1\nTW: isolation.';
    expect(redact(text)).toBe(text);
  });

  test('the letters alone on their line still go', () => {
    expect(redact('Home: 9 Elm Road, Derby DE22 1\nFG\n')).toBe('Home: [ADDRESS] [POSTCODE]\n');
  });
});

describe('family: a later child told after "My first…" opening the sentence', () => {
  test('capitalised "My" reads as the first child', () => {
    expect(redact('My eldest daughter arrived in 1999, and my third in 2006 after I qualified.')).toBe(
      '[FAMILY] arrived in 1999, and [FAMILY] in [YEAR] after I qualified.',
    );
  });

  test('a third without a first child stays', () => {
    const text = 'My first placement was in 1999, and my third in 2006.';
    expect(redact(text)).toBe(text);
  });
});

describe('name: a current or married surname label', () => {
  test('"Present surname:" holds a part of the name', () => {
    expect(redact('Former surname: Okafor\nPresent surname: Lindqvist\nFirst name: Chiamaka')).toBe('Former surname: [CANDIDATE]\nPresent surname: [CANDIDATE]\nFirst name: [CANDIDATE]');
  });
});

describe('a pet name before another capitalised word heads another name or a title', () => {
  test('Ned before a surname not the candidate\'s stays', () => {
    expect(redact('EDWARD HARTE\nWard sister. We read about Ned Lud in a history module.')).toBe('[CANDIDATE]\nWard sister. We read about Ned Lud in a history module.');
  });
});
