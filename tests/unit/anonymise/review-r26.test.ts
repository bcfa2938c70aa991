import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 26 (helper mend-26a): the anonymiser items of the round's independent review, each with the reviewer's
// examples and fresh ones in other words, what must stay beside what must go.

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const body = (text: string) => anonymise(HEAD + text).text;

describe('a postal code before its country after an employer, not a street', () => {
  it.each([
    // The reviewer's: the employer, its town and its country stay; the code may go.
    ['EXPERIENCE\nStaff Nurse\nAga Khan University Hospital, 74800, Pakistan\n2015 - 2019\n', 'EXPERIENCE\nStaff Nurse\nAga Khan University Hospital, [POSTCODE], Pakistan\n2015 - 2019\n'],
    ['Charite Hospital, 10117 Berlin, Germany\n', 'Charite Hospital, [POSTCODE] Berlin, Germany\n'],
    // Fresh: a name the lists do not know, an organisation's word, and a street word ("St") inside a hospital's name.
    ['Universitätsklinikum Freiburg, 79106 Freiburg, Germany\n', 'Universitätsklinikum Freiburg, [POSTCODE] Freiburg, Germany\n'],
    ['Karolinska Institute, 17177, Sweden\n', 'Karolinska Institute, [POSTCODE], Sweden\n'],
    ["St Luke's Medical Centre, 1102 Quezon City, Philippines\n", "St Luke's Medical Centre, [POSTCODE] Quezon City, Philippines\n"],
    ['Riverside Clinic, 1012 Amsterdam, Netherlands\n', 'Riverside Clinic, [POSTCODE] Amsterdam, Netherlands\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });

  it.each([
    // A street, by its house number or its street word, goes with the code, as before.
    ['Kerkstraat 12, 1017 Amsterdam, Netherlands\n', '[ADDRESS]\n'],
    ['Via Roma 15, 20121 Milano, Italy\n', '[ADDRESS]\n'],
    ['Lindenweg, 50667 Köln, Germany\n', '[ADDRESS]\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });

  it('takes a street after a bar in the header', () => {
    expect(anonymise('Ana Pop\nhttps://github.com/anapop | Campus Ring, 28759, Germany').text).toBe('[CANDIDATE]\n[URL] | [ADDRESS]');
  });
});

describe('village-address words in UK CV lines', () => {
  it.each([
    // The reviewer's: the labels and the team's names stay; only the numbers go, as IDs.
    [
      'Staff Nurse, District: Leeds community team\nEmployee number: 123456\nCommunity Nurse, Dist. Nurse Team North\nBand 6, ESR no: 204512\n',
      'Staff Nurse, District: Leeds community team\nEmployee number: [ID NUMBER]\nCommunity Nurse, Dist. Nurse Team North\nBand 6, ESR no: [ID NUMBER]\n',
    ],
    // Fresh: one such word, and a number under an ID's label or a registration's.
    ['District: Wakefield north locality\nPayroll no. 482913\n', 'District: Wakefield north locality\nPayroll no. [ID NUMBER]\n'],
    ['Dist. Nursing Team, Harrogate\nGDC 204519\n', 'Dist. Nursing Team, Harrogate\nGDC [REGISTRATION NUMBER]\n'],
    ['District: Calderdale\nNMC PIN: 845120\n', 'District: Calderdale\nNMC PIN: [REGISTRATION NUMBER]\n'],
    ['Dist. Nursing Team, Harrogate\n(318204)\n', 'Dist. Nursing Team, Harrogate\n(318204)\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });

  it.each([
    // Two of the words, or one with its PIN on its own line or after the PIN's label: still an address.
    ['Vill- Rampur\nP.O.- Rampur, West Bengal (741101)\n', '[ADDRESS]\n[ADDRESS] ([POSTCODE])\n'],
    ['Village: Kothapalli\nMandal: Narsapur\nState: Telangana\nPIN: 502313\n', '[ADDRESS]\n[ADDRESS]\n[ADDRESS]\nPIN: [REGISTRATION NUMBER]\n'],
    ['Taluka: Khed, 415709\n', '[ADDRESS], [POSTCODE]\n'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

describe("one unknown word ending the sentence after our <role>", () => {
  it.each([
    // The reviewer's device, and fresh ones built as products are.
    ['I worked alongside our optometrist Optomap. It was fine.\n'],
    ['Our clinic ran well with our radiographer EasyScan. It was fine.\n'],
    ['We audited with our pharmacist Medisoft. It was fine.\n'],
  ])('keeps %j', (text) => {
    expect(body(text)).toBe(BODY + text);
  });

  it.each([
    ['I shared the clinic with our pharmacist Sutrisno. It was fine.\n', 'I shared the clinic with our pharmacist [NAME 1]. It was fine.\n'],
    ['I learned a lot from our physiotherapist Wirawan. It was fine.\n', 'I learned a lot from our physiotherapist [NAME 1]. It was fine.\n'],
    ['I covered clinics with our dietitian Oyelaran. It was fine.\n', 'I covered clinics with our dietitian [NAME 1]. It was fine.\n'],
    ['I covered clinics with our dietitian McAllister. It was fine.\n', 'I covered clinics with our dietitian [NAME 1]. It was fine.\n'],
  ])('removes the name in %j', (text, expected) => {
    expect(body(text)).toBe(BODY + expected);
  });
});

describe('a cell opens after a bar, a tab or two blanks, for a district and a postal code alike', () => {
  it.each([
    // A district after a bar in the header is the writer's, as after a tab.
    ['Ana Pop\nana@example.com | Hendon, NW4\n', '[CANDIDATE]\n[EMAIL] | [ADDRESS]\n'],
    ['Ana Pop\nana@example.com\tHendon, NW4\n', '[CANDIDATE]\n[EMAIL]\t[ADDRESS]\n'],
    // A postal code after two blanks, in a two-column header.
    ['Ana Pop\nana@example.com  Hauptstraße 5, 80331, Germany\n', '[CANDIDATE]\n[EMAIL]  [ADDRESS]\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });

  it('keeps a code after one blank inside a sentence', () => {
    const text = 'We sent the samples to Hauptstraße 5, 80331, Germany each week.\n';
    expect(body(text)).toBe(BODY + text);
  });
});
