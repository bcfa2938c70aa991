import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 28 (helper mend-28a): the anonymiser items of the round's independent review, each with the reviewer's
// examples and fresh ones in other words, what must stay beside what must go.

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const body = (text: string) => anonymise(HEAD + text).text;
const kept = (text: string) => expect(body(text)).toBe(BODY + text);
const found = (text: string) => anonymise(HEAD + text).redactions.slice(1).map(({ type, original }) => [type, original]);

describe('M12: a bracket after a date of birth goes with it unless another detail\'s recogniser reads it whole', () => {
  it.each([
    // The reviewer's: a star sign and a weekday of birth.
    ['Date of birth: 12/03/1988 (Pisces)\n', 'Date of birth: [DATE OF BIRTH] ([DATE OF BIRTH])\n'],
    ['DOB: 14 July 1992 (Tuesday)\n', 'DOB: [DATE OF BIRTH] ([DATE OF BIRTH])\n'],
    // Fresh: other labels and layouts (a tab), "a" before the sign, a people's word no recogniser reads alone.
    ['D.O.B.: 02/11/1979 (a Scorpio)\n', 'D.O.B.: [DATE OF BIRTH] ([DATE OF BIRTH])\n'],
    ['Born: 23 October 1987 (Sunday)\n', 'Born: [DATE OF BIRTH] ([DATE OF BIRTH])\n'],
    ['Date of birth\t9 June 1995 (Gemini)\n', 'Date of birth\t[DATE OF BIRTH] ([DATE OF BIRTH])\n'],
    ['DOB: 4 May 1990 (Kenyan)\n', 'DOB: [DATE OF BIRTH] ([DATE OF BIRTH])\n'],
    // A detail read besides a capitalised word no recogniser takes: the weekday is not left.
    ['DOB: 8 March 1993 (Tuesday; British citizen)\n', 'DOB: [DATE OF BIRTH] ([DATE OF BIRTH]; [NATIONALITY])\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });

  it.each([
    // A nationality, a faith or a place of birth in the bracket is typed as its own.
    ['Date of birth: 4 May 1990 (Nepali citizen)\n', [['date-of-birth', '4 May 1990'], ['nationality', 'Nepali citizen']]],
    ['Date of birth: 17/09/1986 (Bangladeshi national)\n', [['date-of-birth', '17/09/1986'], ['nationality', 'Bangladeshi national']]],
    ['DOB: 21/06/1984 (Hindu)\n', [['date-of-birth', '21/06/1984'], ['religion', 'Hindu']]],
    ['Date of birth: 30 Jan 1991 (born in Pokhara)\n', [['date-of-birth', '30 Jan 1991'], ['origin', 'Pokhara']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('M13: a relation in brackets is family only in lower case after a person\'s name, or under a contact\'s label', () => {
  it.each([
    // The reviewer's: a GP partnership and a ward sister's post after an employer's name.
    '2015-2023  Oakwood Medical Practice (Partner)\n',
    '2010-2015  Coronary Care Unit, Royal Infirmary (Sister)\n',
    // Fresh: in lower case after an organisation's word, a ward's name, a pharmacy's partnership.
    '2012-2016  Riverside Surgery (partner)\n',
    '2016-2020  Ward 12, Leeds General Infirmary (Sister)\n',
    'Manor Park Pharmacy (Partner), 2011-2014\n',
  ])('keeps %j', (text) => {
    kept(text);
  });

  it.each([
    // The reviewer's: the relative's name goes with the relation under an emergency contact's label, as under next of kin.
    ['Emergency contact: Rameshbhai Patel (father)\n', 'Emergency contact: [FAMILY]\n'],
    ['Next of kin: Oluwaseun Adeyemi (husband)\n', 'Next of kin: [FAMILY]\n'],
    // Fresh: the label's other forms, a relation with a capital, a phone after it.
    ['Emergency contact name: Adaeze Nwosu (wife), 07700 900 318\n', 'Emergency contact name: [FAMILY], [PHONE]\n'],
    ['In case of emergency: Bogdan Popescu (Brother) 07700 900 224\n', 'In case of emergency: [FAMILY] [PHONE]\n'],
    // No label: a relation in lower case after a full name, also when the name is broken across two lines.
    ['Please ring Mirela Dinu (mother) if I cannot be reached.\n', 'Please ring [NAME 1] ([FAMILY]) if I cannot be reached.\n'],
    ['In an emergency please ring Chiamaka\nEze (sister) on the number above.\n', 'In an emergency please ring [NAME 1]\n[NAME 1] ([FAMILY]) on the number above.\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

describe('M14: a line in another script is the name only near a heading of the name, never under Languages', () => {
  it.each([
    // The reviewer's: Arabic under Languages, the first name in a sentence of the profile above it.
    [
      'Amir Hassan\nStaff Nurse\n\nProfile\nAmir is a nurse with ten years in ICU.\nLanguages\nالعربية\nEnglish\n\nReferences on request.\n',
      '[CANDIDATE]\nStaff Nurse\n\nProfile\n[CANDIDATE] is a nurse with ten years in ICU.\nLanguages\nالعربية\nEnglish\n\nReferences on request.\n',
    ],
    // Fresh: a Languages heading straight under the name's heading; a line under a sentence that names the writer.
    [
      'Sunita Rai\nLANGUAGES\nनेपाली\nEnglish\n\nI trained in Dharan.\n',
      '[CANDIDATE]\nLANGUAGES\nनेपाली\nEnglish\n\nI trained in Dharan.\n',
    ],
    [
      'Farid Rahman\nPharmacist\n\nFarid speaks several languages with patients:\nবাংলা\nEnglish\n\nI trained in Sylhet.\n',
      '[CANDIDATE]\nPharmacist\n\n[CANDIDATE] speaks several languages with patients:\nবাংলা\nEnglish\n\nI trained in Sylhet.\n',
    ],
  ])('%j', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });

  it.each([
    // The name in its own script under the heading, a running header above it, a title and letters on the heading line.
    ['Nikolaos Papadakis\nΝικόλαος Παπαδάκης\nPhysiotherapist\n', '[CANDIDATE]\n[CANDIDATE]\nPhysiotherapist\n'],
    [
      'Oksana Koval | Staff Nurse | p.1\nSKILLS\n- Venepuncture\n\n  OKSANA KOVAL\n  Оксана Коваль\n  Staff Nurse\n',
      '[CANDIDATE] | Staff Nurse | p.1\nSKILLS\n- Venepuncture\n\n  [CANDIDATE]\n  [CANDIDATE]\n  Staff Nurse\n',
    ],
    ['DR KARIM HADDAD        MBBS, MRCP\nCardiology Registrar\nد. كريم حداد\n', 'DR [CANDIDATE]        MBBS, MRCP\nCardiology Registrar\nد. [CANDIDATE]\n'],
  ])('still reads %j', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });
});

describe('S5: a generation\'s suffix goes with the name it closes, and is no part to look for', () => {
  it.each([
    // The reviewer's: after a heading in mixed case, with a full stop, in capitals.
    ['Tomás Reyes III\nHealthcare Assistant\n\nI trained in Leeds.\n', '[CANDIDATE]\nHealthcare Assistant\n\nI trained in Leeds.\n'],
    ['Tomás Reyes Jr.\nHealthcare Assistant\n\nI trained in Leeds.\n', '[CANDIDATE]\nHealthcare Assistant\n\nI trained in Leeds.\n'],
    ['MARCUS ANTHONY REID SNR.\nPorter\n\nMarcus has worked as a porter.\n', '[CANDIDATE]\nPorter\n\n[CANDIDATE] has worked as a porter.\n'],
    // Fresh: without its full stop, another person's in a sentence; the numerals elsewhere stay.
    [
      'Benigno Aquino Castillo Jr\nStaff Nurse\n\nBenigno passed the Level III certificate on Band II.\n',
      '[CANDIDATE]\nStaff Nurse\n\n[CANDIDATE] passed the Level III certificate on Band II.\n',
    ],
    [
      'DESMOND OKORO II\nPorter\n\nI was mentored by Dr Ramon Villanueva Sr. on the ward, with Sr Jones on Ward 3.\n',
      '[CANDIDATE]\nPorter\n\nI was mentored by Dr [NAME 1] on the ward, with Sr Jones on Ward 3.\n',
    ],
  ])('%j', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });
});

describe('nits: a postcode\'s halves apart by spaces only', () => {
  it('keeps a ward\'s code and a floor a tab apart', () => {
    kept('Ward B5\t6th floor, east wing.\n');
  });
  it('still reads the halves one or two spaces apart', () => {
    expect(body('Address: 3 Elm Row, Hull HU5  2LP\n')).toBe(`${BODY}Address: [ADDRESS] [POSTCODE]\n`);
    expect(body('Address: 3 Elm Row, Hull HU5 2LP\n')).toBe(`${BODY}Address: [ADDRESS] [POSTCODE]\n`);
  });
});
