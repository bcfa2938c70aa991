import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 41 (helper anonymiser-80): gaps the f40 CVs and the lead's list showed, each mended by a general reading. Fresh lines in
// our own words, none from any corpus, each with a near case that must stay.

describe("a family firm named after the candidate", () => {
  test("the candidate's surname before a trade's word", () => {
    expect(redact('Luka Horvat\nEstates Technician\n\nBefore the NHS I worked for eight years at Horvat Roofing in Wakefield.\n')).toBe(
      '[CANDIDATE]\nEstates Technician\n\nBefore the NHS I worked for eight years at [CANDIDATE] Roofing in Wakefield.\n',
    );
  });

  test("a referee's firm stays as their employer's name", () => {
    expect(redact('Tariq Mahmood\nPorter\n\nReferee: Mr Imre Farkas, owner of Farkas Joinery, Selby.\n')).toBe(
      '[CANDIDATE]\nPorter\n\nReferee: [NAME 1], owner of Farkas Joinery, Selby.\n',
    );
  });

  test('a practice or a street named after someone stays', () => {
    const text = 'Leah Greaves\nPractice Nurse\n\nI trained at Okafor Medical Centre and Greaves Street Surgery.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nPractice Nurse\n\nI trained at Okafor Medical Centre and Greaves Street Surgery.\n');
  });
});

describe('an e-mail a relative sends for the writer', () => {
  test('the sender who says so is not the candidate', () => {
    const text = 'From: Bogdan Ionescu <b.ionescu@example.ro>\nSubject: application on behalf of my daughter\n\nIrina Ionescu\nHealthcare Assistant\n\nI have two years as a carer.\n';
    expect(redact(text)).toBe(
      'From: [NAME 1] <[EMAIL]>\nSubject: application on behalf of [FAMILY]\n\n[CANDIDATE]\nHealthcare Assistant\n\nI have two years as a carer.\n',
    );
  });

  test('the writer sending their own is still the candidate', () => {
    expect(redact('From: Irina Ionescu <irina.i@example.ro>\nSubject: my application\n\nIrina Ionescu\nHealthcare Assistant\n')).toBe(
      'From: [CANDIDATE] <[EMAIL]>\nSubject: my application\n\n[CANDIDATE]\nHealthcare Assistant\n',
    );
  });
});

describe("the candidate's surname is their formal name's, not a name they go by", () => {
  test('a heading of initials and the surname, and the reversed form, are the full name given later', () => {
    const text = 'R. S. KHANNA\nPharmacist\n\nPERSONAL\nFull name: Rohit Sanjay Khanna\nColleagues call me Ro.\nNHS records give KHANNA R S.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nPharmacist\n\nPERSONAL\nFull name: [CANDIDATE]\nColleagues call me [CANDIDATE].\nNHS records give [CANDIDATE]\n');
  });
});

describe("the writer's own faith or people typed in lower case", () => {
  test.each([
    ['I am shia and I fast in Ramadan.', 'I am [RELIGION] and [RELIGION].'],
    ['As a devout sikh I wear a turban.', 'As a [RELIGION] I [RELIGION].'],
    ["I'm kurdish and proud of it.", "I'm [NATIONALITY] and proud of it."],
  ])('%s', (line, expected) => {
    expect(redact(`Mehdi Karimi\nNurse\n\n${line}\n`)).toBe(`[CANDIDATE]\nNurse\n\n${expected}\n`);
  });

  test('a plain word after "I am", and a post, stay', () => {
    const text = 'Mehdi Karimi\nNurse\n\nI am a keen traveller and orthodox in my approach to audit. I trained as a rabbi before nursing.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nNurse\n\nI am a keen traveller and orthodox in my approach to audit. I trained as a rabbi before nursing.\n');
  });

  test('how strictly the faith is kept goes with it', () => {
    const text = 'Mehdi Karimi\nNurse\n\nI am Jewish, though not strictly observant, and I am Hindu (non-practising). I am Sikh but not strictness-minded.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nNurse\n\nI am [RELIGION], and I am [RELIGION]. I am [RELIGION] but not strictness-minded.\n');
  });
});

describe('numbers that are no phone or NHS number', () => {
  test("an NMC PIN with a scan's letter among its digits", () => {
    expect(redact('Grace Adjei\nNurse\nRegistered with the NMC (07Bl234C) since 2008.\n')).toBe(
      '[CANDIDATE]\nNurse\nRegistered with the NMC ([REGISTRATION NUMBER]) since 2008.\n',
    );
  });

  test('a span of years then a figure, across a line break or on one line', () => {
    expect(redact('Grace Adjei\nNurse\nWard 9, Bradford Royal Infirmary 2011 2016\n28 beds, acute medicine\n')).toBe(
      '[CANDIDATE]\nNurse\nWard 9, Bradford Royal Infirmary 2011 2016\n28 beds, acute medicine\n',
    );
    expect(redact('Grace Adjei\nNurse\nSt Helier NHS Hospital 2009-2013 32 beds on the unit\n')).toBe('[CANDIDATE]\nNurse\nSt Helier NHS Hospital 2009-2013 32 beds on the unit\n');
  });

  test('a labelled phone number still goes', () => {
    expect(redact('Grace Adjei\nNurse\nMobile 0113 496\n0271\n')).toBe('[CANDIDATE]\nNurse\nMobile [PHONE]\n');
  });
});

describe("a people's word that is a given name too", () => {
  test('before a licence or beside another language it is the country or the language', () => {
    const text = 'Freja Holm\nStaff Nurse\n\nDanish nursing licence (2010) and NMC registration.\nShona and Ndebele interpreting for the team.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nStaff Nurse\n\nDanish nursing licence (2010) and NMC registration.\nShona and Ndebele interpreting for the team.\n');
  });

  test('a person of that name is still a person', () => {
    expect(redact('Freja Holm\nStaff Nurse\n\nI trained Shona on the ward.\n')).toBe('[CANDIDATE]\nStaff Nurse\n\nI trained [NAME 1] on the ward.\n');
  });
});

describe("a spouse's service postings and a named child's school", () => {
  test('posted, after the spouse and their name', () => {
    const text = 'Nia Roberts\nReceptionist\n\nWe moved to Yorkshire because my wife, Capt Sian Roberts, has been posted to Catterick Garrison until 2028. I can work any shift.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nReceptionist\n\nWe moved to Yorkshire because [MARITAL STATUS], Capt [NAME 1], [MARITAL STATUS]. I can work any shift.\n');
  });

  test('serves with a unit, to the clause end', () => {
    expect(redact('Nia Roberts\nReceptionist\n\nMy partner serves with 3 Medical Regiment, so we live near the base.\n')).toBe(
      '[CANDIDATE]\nReceptionist\n\n[MARITAL STATUS], so we live near the base.\n',
    );
  });

  test("a colleague's posting stays", () => {
    expect(redact('Nia Roberts\nReceptionist\n\nMy manager was posted to Leeds in 2019.\n')).toBe('[CANDIDATE]\nReceptionist\n\nMy manager was posted to Leeds in 2019.\n');
  });

  test("a named child's school", () => {
    expect(redact('Nia Roberts\nReceptionist\n\nOur eldest, Cai, has just started at Ysgol Bro Teifi; I can do school-hours shifts.\n')).toBe(
      '[CANDIDATE]\nReceptionist\n\n[FAMILY], [NAME 1], [FAMILY]; I can do school-hours shifts.\n',
    );
    expect(redact('Nia Roberts\nReceptionist\n\nMy son Osian is at Ripon Grammar.\n')).toBe('[CANDIDATE]\nReceptionist\n\n[FAMILY] [NAME 1] [FAMILY].\n');
  });
});

describe('a language spoken at home', () => {
  test('in a bracket, or after "we speak"', () => {
    const text = 'Nia Roberts\nReceptionist\n\nLanguages: Welsh (fluent), Tigrinya (spoken at home), English.\nAt home we speak Amharic and Tigrinya at home.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nReceptionist\n\nLanguages: Welsh (fluent), [ETHNICITY], English.\nAt home we speak [ETHNICITY] at home.\n');
  });

  test('a language offered as a skill, and English at home, stay', () => {
    const text = 'Nia Roberts\nReceptionist\n\nLanguages: Tigrinya (fluent), Amharic (basic). English is spoken at home.\n';
    expect(redact(text)).toBe(text.replace('Nia Roberts', '[CANDIDATE]'));
  });
});
