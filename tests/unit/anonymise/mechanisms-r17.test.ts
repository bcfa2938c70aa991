import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 17 (helper anonymiser-27): fresh wordings, none from the corpus, for readings fixed by
// mechanism (where a disclosure ends, a guard that stopped a detail, a wrapped line) and for families
// of meaning written as fresh ways of saying each; with what must stay beside them.

describe('a wrapped line and a guard that stopped a status', () => {
  test.each([
    // Ages and arrivals read the text with a paragraph's soft line breaks as blanks.
    [
      'I have worked as a community nurse for many years, and when I\nwas nine my family moved to Leeds from Ghana.',
      'I have worked as a community nurse for many years, and when I\nwas [AGE] my family moved to Leeds from [PLACE OF ORIGIN].',
    ],
    // "here" with a status is no move within the UK.
    ['After 2015 several of my relatives arrived here as refugees.', 'After 2015 several of my relatives [IMMIGRATION STATUS].'],
    ['I moved here at 11.', 'I [AGE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a place of birth with its year and its wider place', () => {
  test.each([
    ['Born in Accra, 1991. Full driving licence.', 'Born in [PLACE OF ORIGIN], [DATE OF BIRTH]. Full driving licence.'],
    ['I was born in Cardiff in 1985 and trained in Bristol.', 'I was born in [PLACE OF ORIGIN] in [DATE OF BIRTH] and trained in Bristol.'],
    ['I grew up in Athlone in County Westmeath.', 'I grew up in [PLACE OF ORIGIN].'],
    ['I was born in Hyderabad in Sindh Province.', 'I was born in [PLACE OF ORIGIN].'],
    ['Born 2 June 1990, Seoul, Republic of Korea', '[DATE OF BIRTH], [PLACE OF ORIGIN]'],
    ['We lived in Mombasa in Kenya until 2010.', 'We lived in [ADDRESS] until 2010.'],
    ['I was born in May 1991 in Coventry.', 'I was born in [DATE OF BIRTH] in [PLACE OF ORIGIN].'],
    ['I was born in August and raised in Kent.', 'I was born in [DATE OF BIRTH] and raised in [PLACE OF ORIGIN].'],
    ['I was born in March, Cambridgeshire.', 'I was born in [PLACE OF ORIGIN].'],
    ['I still have family in Lusaka.', 'I still have family in [PLACE OF ORIGIN].'],
    ['I was raised by my aunt in a village near Jos.', 'I was raised by [FAMILY] in a village near [PLACE OF ORIGIN].'],
    ['I lived in Lahore until I was ten.', 'I lived in [ADDRESS] until I was [AGE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('health and peoples read from fresh wordings', () => {
  test.each([
    ['Since 2020 I have been treated for a heart defect.', 'Since 2020 I have been treated for a [HEALTH].'],
    ['My eyesight is poor in my right eye.', '[HEALTH].'],
    ['My mobility is limited by arthritis.', '[HEALTH].'],
    ['I am a Romany Gypsy and proud of it.', 'I am a [ETHNICITY] and proud of it.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('what stays: work, other people, a date that is no phone, the UK', () => {
  test.each([
    'I worked at Boots Pharmacy, Leeds, for six years.',
    'Patients who arrived here as refugees were my caseload.',
    'I was granted a bursary in 2019.',
    'I have family in the UK.',
    'I stayed on the ward until I was relieved.',
    'I arranged cover so Muslim colleagues could break their fast.',
    'We supported Jewish families at the hospice.',
    'I assisted in surgery for bowel cancer.',
    "I run the practice's thyroid clinic.",
    'I audited 04/07/2019 (39 records) for the practice.',
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
