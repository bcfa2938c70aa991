import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 38 (helper anonymiser-73): what the unseen f38 set let through, each mended by a general reading. Fresh lines in
// our own words, none from any corpus, each with a near case that must stay.

describe("must-never: a regulator abroad's number after a grade's letters and a label", () => {
  test.each([
    ['I was on the register of the Nursing Council of Kenya (RN no. 07731) until I moved.\n', 'I was on the register of the Nursing Council of Kenya (RN no. [REGISTRATION NUMBER]) until I moved.\n'],
    ['Medical and Dental Council of Ghana, MO number 44120.\n', 'Medical and Dental Council of Ghana, MO number [REGISTRATION NUMBER].\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a year after the grade stays', () => {
    const text = 'I joined the Nursing Council of Kenya (RN no. 2014) register.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a Chinese or Japanese licence number in its counter "第 … 号"', () => {
  test.each([
    ['看護師免許 第 77120 号\n', '看護師免許 [REGISTRATION NUMBER]\n'],
    ['准看護師免許第41207号（2015年）\n', '准看護師免許[REGISTRATION NUMBER]（2015年）\n'],
    ['護士執照 第 304411 號\n', '護士執照 [REGISTRATION NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a counter with no licence before it, or a short number, stays', () => {
    for (const text of ['会議室 第 2 号\n', '第 1020 号 会議室\n']) expect(redact(text)).toBe(text);
  });
});

describe('must-never: numbers a scan misread, a letter O or a small l among the digits', () => {
  test.each([
    ['Tel: O79OO 9OO l43\n', 'Tel: [PHONE]\n'],
    ['NHS no. 4O1 O23 2137\n', 'NHS no. [NHS NUMBER]\n'],
    ['Health number 7O1O 452 3l8\n', 'Health number [NHS NUMBER]\n'],
    ['NI number: JT 4l 29 83 C\n', 'NI number: [NI NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('ordinary words, a network, a ward code and a ten-digit run that fails the check stay', () => {
    for (const text of [
      'I switched my contract from O2 to Vodafone in 2019.\n',
      'Ward lO1 and the Oll clinic were merged.\n',
      'Order ref 4O1 O23 2138 for the pumps.\n',
    ]) {
      expect(redact(text)).toBe(text);
    }
  });
});

describe('must-never: an e-mail written with blanks around its "@" and its dots, before a sentence\'s full stop', () => {
  test('the full stop and the next sentence stay', () => {
    expect(redact('text me or mail tomas.kral71 @ example . net . i start at 7\n')).toBe('text me or mail [EMAIL] . i start at 7\n');
  });

  test('"at" between words with a full stop after stays', () => {
    const text = 'I was at home . com is not a word\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a link a line broke inside its path, the rest before another field', () => {
  test('the rest that holds a slash goes', () => {
    expect(redact('Web: https://jo-bell.example.org/clin\nics/diabetes · Mobile: 07700 900 118\n')).toBe('Web: [URL]\n[URL] · Mobile: [PHONE]\n');
  });

  test('"and/or" opening a sentence on the next line stays', () => {
    const text = 'Guidance at https://www.nice.org.uk/guidance\nand/or local policy · updated yearly\n';
    expect(redact(text)).toBe('Guidance at [URL]\nand/or local policy · updated yearly\n');
  });
});

describe('must-never: a date of birth restated in the footnote its mark points to', () => {
  test('"Born" and a date in another calendar, then the footnote\'s "i.e." and the Gregorian date', () => {
    expect(redact('Personal\nBorn 3 Tir 1365². Keen runner.\n\n² i.e. 24 June 1986; see my passport.\n')).toBe(
      'Personal\nBorn [DATE OF BIRTH]². Keen runner.\n\n² i.e. [DATE OF BIRTH]; see my passport.\n',
    );
  });

  test('a date with a footnote mark that no birth points to stays', () => {
    const text = 'Started on the renal unit on 3 July 2019³.\n\n³ i.e. 1 May 2020 in the new building.\n';
    expect(redact(text)).toBe(text);
  });
});

describe("names: a form's row of the name's fields, and a nickname in quotes inside the heading name", () => {
  test('a forename no list knows after the surname on the same row', () => {
    expect(redact('Personal details\nSurname: SOOKDEO    Forename(s): PARMESHWAR    Title: Mr\n\nParmeshwar trained in Port of Spain.\n')).toBe(
      'Personal details\nSurname: [CANDIDATE]    Forename(s): [CANDIDATE]    Title: [TITLE]\n\n[CANDIDATE] trained in Port of Spain.\n',
    );
  });

  test('a quoted nickname between the given name and the surname goes wherever it is used', () => {
    expect(redact('Parmeshwar "Parm" Sookdeo, Operating Department Practitioner\n\nAs Parm I ran the recovery rota.\n')).toBe(
      '[CANDIDATE], Operating Department Practitioner\n\nAs [CANDIDATE] I ran the recovery rota.\n',
    );
  });

  test('a quoted word between words that are not the candidate\'s names stays', () => {
    const text = 'Parmeshwar Sookdeo\nODP\n\nI led the "Safer" Surgery audit and the Big "Green" Theatre project.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nODP\n\nI led the "Safer" Surgery audit and the Big "Green" Theatre project.\n');
  });
});
