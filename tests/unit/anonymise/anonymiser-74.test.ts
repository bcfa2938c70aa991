import { describe, expect, test } from 'vitest';
import { anonymise, anonymiseDetailed } from '../../../lib/anonymise/anonymise';
import { anonymiseOptionsSchema } from '../../../lib/anonymise/anonymise-options';
import { withOcrLetters } from '../../../lib/anonymise/ocr-letters';

const redact = (text: string) => anonymise(text).text;

// Round 39 (helper anonymiser-74): what the f38 CVs let through, each mended by a general reading (a field, a scan's letters,
// a name's tradition, a sentence's frame). Fresh lines in our own words, none from any corpus, each with a near case that must stay.

describe('the name the candidate goes by, as a field or in a bracket about themselves', () => {
  test('"Known as:" in a column gives a name that is also a word', () => {
    expect(redact('ODHIAMBO, Faith Akinyi\nBank ID: 5521     Known as: Joy\nJoy works nights on the bank.\n')).toBe(
      '[CANDIDATE]\nBank ID: 5521     Known as: [CANDIDATE]\n[CANDIDATE] works nights on the bank.\n',
    );
  });

  test('the word in prose stays, the field read all the same', () => {
    const text = 'ODHIAMBO, Faith Akinyi\nBank ID: 5521     Known as: Joy\nJoy and hope were the themes of the ward away day.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nBank ID: 5521     Known as: [CANDIDATE]\nJoy and hope were the themes of the ward away day.\n');
  });

  test('a bracket after "I am a …" about the writer', () => {
    expect(redact('KERENSA PASCOE-TRELOAR\n\nI am a ward clerk (known to the team as Kenza) with six years in outpatients.\n')).toBe(
      '[CANDIDATE]\n\nI am a ward clerk (known to the team as [CANDIDATE]) with six years in outpatients.\n',
    );
  });

  test("a bracket after someone else's words names them, not the writer", () => {
    expect(redact('Kerensa Pascoe\n\nMy mentor (known to the team as Kenza) taught me triage.\n')).toBe(
      '[CANDIDATE]\n\nMy mentor (known to the team as Kenza) taught me triage.\n',
    );
  });
});

describe("a scan's figures inside words", () => {
  test.each([
    ['0LAMIDE ADEY0-BANJ0', 'OLAMIDE ADEYO-BANJO'],
    ['Mrs Ngozi 0kafor-Eze', 'Mrs Ngozi Okafor-Eze'],
    ['Re1igion: n0ne', 'Religion: n0ne'],
    ['EDUCATI0N', 'EDUCATION'],
  ])('%j reads as %j', (text, expected) => {
    expect(withOcrLetters(text)).toBe(expected);
  });

  test.each(['GMC 7140523', 'NMC PIN 11A0457E', 'SE1 0XY', 'B0 H1N1 COVID19', 'Band 10'])('a code keeps its figures: %j', (text) => {
    expect(withOcrLetters(text)).toBe(text);
  });

  test('a scanned heading name and a referee go as names', () => {
    expect(redact('[Scan, page 1]\n\n0LAMIDE ADEY0-BANJ0\nPhysiotherapist\n\nREFEREES\nMrs Ngozi 0kafor-Eze, Team Lead\nNationa1ity: Ghanaian\n')).toBe(
      '[Scan, page 1]\n\n[CANDIDATE]\nPhysiotherapist\n\nREFEREES\n[NAME 1], Team Lead\nNationa1ity: [NATIONALITY]\n',
    );
  });
});

describe('given names of more traditions', () => {
  test.each([
    ['Malawian, after a job title and over a wrapped line', 'On nights I was precepted by the unit’s senior sister and by Staff Nurse Tiyamike\nPhiri, who taught me.\n', 'On nights I was precepted by the unit’s senior sister and by Staff Nurse [NAME 1], who taught me.\n'],
    ['Cornish', 'My referee is Demelza Trethewey at the practice.\n', 'My referee is [NAME 1] at the practice.\n'],
    ['Chinese, family name first in a citation',
      'Ama Mensah\n2. Mensah A, Gao Tingting. Spirometry in primary care.\n',
      '[CANDIDATE]\n2. [CANDIDATE], [NAME 1]. Spirometry in primary care.\n',
    ],
  ])('%s', (_, text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('the initials of a hyphenated given name before the particles of the surname', () => {
  test('"JW van Dijk" for Jan-Willem van Dijk', () => {
    expect(redact('JAN-WILLEM VAN DIJK\nSkype: JW van Dijk (Oxford)\n')).toBe('[CANDIDATE]\nSkype: [CANDIDATE] (Oxford)\n');
  });

  test('initials that are not theirs stay', () => {
    expect(redact('JAN-WILLEM VAN DIJK\nI reported to KP van Dam.\n')).toBe('[CANDIDATE]\nI reported to KP van Dam.\n');
  });
});

describe('a forwarded e-mail: the forwarded message’s sender is the candidate', () => {
  const forwarded = (innerFrom: string) =>
    `From: Gwen Pritchard <g.pritchard@example-hb.wales>\nSubject: Fwd: Application, pharmacy technician\n\nPanel, forwarding as the portal failed.\nGwen\n\n---------- Forwarded message ---------\nFrom: ${innerFrom}\n\nBore da / Dear Gwen,\nPlease find my statement.\n\nSeren Ifans\n`;

  test('the officer who forwarded it is someone else, greeted after a bilingual opening', () => {
    expect(redact(forwarded('Seren Ifans <seren.ifans@example.org>'))).toBe(
      'From: [NAME 1] <[EMAIL]>\nSubject: Fwd: Application, pharmacy technician\n\nPanel, forwarding as the portal failed.\n[NAME 1]\n\n---------- Forwarded message ---------\nFrom: [CANDIDATE] <[EMAIL]>\n\nBore da / Dear [NAME 1],\nPlease find my statement.\n\n[CANDIDATE]\n',
    );
  });

  test('a candidate forwarding their own message from one address stays the first sender', () => {
    const text = 'From: Seren Ifans <seren.ifans@example.org>\nSubject: FW: my CV\n\n-----Original Message-----\nFrom: Seren I <seren.ifans@example.org>\n\nSEREN IFANS, BSc\n';
    expect(anonymiseDetailed(text, anonymiseOptionsSchema.parse({})).candidateName).toBe('Seren Ifans');
  });

  test('a name signed in two spellings is one person', () => {
    expect(redact('From: Siobhan Kelly <s.kelly@example.ie>\n\nA chara,\nPlease find my statement.\n\nSiobhán Ní Cheallaigh (Siobhan Kelly)\n')).toBe(
      'From: [CANDIDATE] <[EMAIL]>\n\nA chara,\nPlease find my statement.\n\n[CANDIDATE]\n',
    );
  });
});

describe('a pension reference and a passport’s country', () => {
  test('"Pension ref" labels a number, the scheme’s letters with it', () => {
    expect(redact('Payroll: bank details on file · Pension ref NHSPS 5530981\n')).toBe('Payroll: bank details on file · Pension ref [ID NUMBER]\n');
  });

  test('the pension scheme in a sentence stays', () => {
    const text = 'I have paid into the NHS pension scheme since 2016.\n';
    expect(redact(text)).toBe(text);
  });

  test.each([
    ['Passport (Bangladesh): on file\n', 'Passport ([NATIONALITY]): on file\n'],
    ['Passport (Sierra Leone)\n', 'Passport ([NATIONALITY])\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a bracket that names no country stays', () => {
    const text = 'Passport (Original Seen): yes\n';
    expect(redact(text)).toBe(text);
  });
});

describe('where the writer grew up, on an island', () => {
  test('"grew up on" and a place', () => {
    expect(redact('I grew up on Tiree, so rural visits hold no fears for me.\n')).toBe('I grew up on [PLACE OF ORIGIN], so rural visits hold no fears for me.\n');
  });

  test('a programme with its number stays', () => {
    const text = 'I grew up on Radio 1 and still listen on night shifts.\n';
    expect(redact(text)).toBe(text);
  });
});
