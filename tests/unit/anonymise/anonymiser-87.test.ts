import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 43 (helper anonymiser-87): what the unseen f43 CVs let through, each mended by a general reading. Fresh lines in
// our own words, none from any corpus, each with a near case that must stay.

describe('a birth place and date side by side', { timeout: 30_000 }, () => {
  test('a date with full stops between its figures after "Born <place>,"', () => {
    expect(redact('Jin-ho Lim\nBorn    Daegu, 1991.11.23\n')).toBe('[CANDIDATE]\nBorn    [PLACE OF ORIGIN], [DATE OF BIRTH]\n');
    expect(redact('Jin-ho Lim\nBorn Tromsø, 05.06.1984\n')).toBe('[CANDIDATE]\nBorn [PLACE OF ORIGIN], [DATE OF BIRTH]\n');
  });

  test('a full stop that ends the clause before a year is no date', () => {
    expect(redact('I was born in Ipswich.2011 was my first year on the wards.\n')).toBe('I was born in [PLACE OF ORIGIN].2011 was my first year on the wards.\n');
  });

  test('a lower-case word before the comma is no place, though the date goes', () => {
    expect(redact('I was born early, 14 March 1992\n')).toBe('I was born early, [DATE OF BIRTH]\n');
  });

  test('under a label alone in its column, the place and the date on the next line', () => {
    expect(redact('BORN                      Skills\nHuế, 09.10.1987           Aseptic dispensing\n')).toBe(
      'BORN                      Skills\n[PLACE OF ORIGIN], [DATE OF BIRTH]           Aseptic dispensing\n',
    );
  });

  test('a place and a year of qualifying under another label stay', () => {
    expect(redact('QUALIFIED                 Skills\nNottingham, 09.10.2012    Aseptic dispensing\n')).toBe(
      'QUALIFIED                 Skills\nNottingham, 09.10.2012    Aseptic dispensing\n',
    );
  });
});

describe('a relative named after a family word', () => {
  test('a hyphenated step-relation names the person after it', () => {
    expect(redact('Nok Chai\nMy step-son Jayden-Lee starts school in May.\n')).toBe('[CANDIDATE]\n[FAMILY] [NAME 1] starts school in May.\n');
    expect(redact('Nok Chai\nI took one step further.\n')).toBe('[CANDIDATE]\nI took one step further.\n');
  });

  test('a given name that is also a word, with a clause about the person after it', () => {
    expect(redact('Nok Chai\nWe came here with my wife Rose, who teaches in Hayle.\n')).toBe('[CANDIDATE]\nWe came here with [MARITAL STATUS] [NAME 1], who teaches in Hayle.\n');
  });

  test('the same word after no family word stays', () => {
    expect(redact('Nok Chai\nI moved to the ward Hope, which has 20 beds.\n')).toBe('[CANDIDATE]\nI moved to the ward Hope, which has 20 beds.\n');
  });
});

describe("an employer's shared mailbox", () => {
  test('the address the candidate writes to stays; their own goes', () => {
    expect(redact('From: Efua Owusu <efua.o@example.com>\nTo: careers@northfield-pcn.example.nhs.uk\n')).toBe(
      'From: [CANDIDATE] <[EMAIL]>\nTo: careers@northfield-pcn.example.nhs.uk\n',
    );
  });

  test("more in the local part, or a provider's domain, may be a person's and goes", () => {
    expect(redact('Efua Owusu\nCopy to jobs.ama@example.nhs.uk and careers@gmail.com\n')).toBe('[CANDIDATE]\nCopy to [EMAIL] and [EMAIL]\n');
  });
});

describe('the full name the writer gives', { timeout: 30_000 }, () => {
  test('five parts, after a line break', () => {
    expect(redact('Sandun Silva\nAs my certificates show, my full name is\nRanasinghe Mudiyanselage Sandun Chathuranga Silva, so I sign as R. M. S. C. Silva.\n')).toBe(
      '[CANDIDATE]\nAs my certificates show, my full name is\n[CANDIDATE], so I sign as [CANDIDATE].\n',
    );
  });

  test('no name after it, nothing is taken', () => {
    expect(redact('Sandun Silva\nMy full name is on my passport.\n')).toBe('[CANDIDATE]\nMy full name is on my passport.\n');
  });
});

describe("the name in the writer's own script in a two-column header", { timeout: 30_000 }, () => {
  test('the first cell under the heading name goes, the other column stays', () => {
    expect(redact('MIN-JI KANG                Staff Nurse\n강민지                       Applying for: Band 6 Charge Nurse\n')).toBe(
      '[CANDIDATE]                Staff Nurse\n[CANDIDATE]                       Applying for: Band 6 Charge Nurse\n',
    );
  });

  test('a first cell with Latin letters stays', () => {
    expect(redact('MIN-JI KANG                Staff Nurse\nProfile                    Applying for: Band 6 Charge Nurse\n')).toBe(
      '[CANDIDATE]                Staff Nurse\nProfile                    Applying for: Band 6 Charge Nurse\n',
    );
  });
});
