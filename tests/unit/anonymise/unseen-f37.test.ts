import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 37 (helper anonymiser-70): what the unseen f37 set let through, each mended by a general reading. Fresh lines in
// our own words, none from any corpus, each with a near case that must stay.

describe('must-never: a registration number after a regulator abroad named in the cell before a dash', () => {
  test.each([
    ['Ordre des Sages-Femmes du Sénégal – n° SF/2011/0442\n', 'Ordre des Sages-Femmes du Sénégal – n° [REGISTRATION NUMBER]\n'],
    ['\tPortuguese order of nurses (OE) – n.º 7F-55102\n', '\tPortuguese order of nurses (OE) – n.º [REGISTRATION NUMBER]\n'],
    ['Polish chamber of nurses and midwives – aviz nr. WR-880214\n', 'Polish chamber of nurses and midwives – aviz nr. [REGISTRATION NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'Chamber of Commerce – no. 55120 on the list\n',
    'Order of St John – no. 14 in the queue\n',
    'Ordre des Sages-Femmes du Sénégal – membre n° 2011 à 2015\n',
  ])('an order or chamber of no profession, or years, stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("must-never: ten digits joined to a register's letters, as Australia's register writes them", () => {
  test('after "registered" and its years', () => {
    expect(redact('AHPRA – registered midwife 2016–2018, MID0004417720 (lapsed)\n')).toBe('AHPRA – registered midwife 2016–2018, [REGISTRATION NUMBER] (lapsed)\n');
  });

  test('a product code with no registration before it stays', () => {
    const text = 'We stocked the new pumps (catalogue PMP0004417720) on every ward.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a Skype name in its "live:" form, whatever labels it', () => {
  test.each([
    ['mobile 07700 900 412  |  skype: live:kwame.asante_7\n', 'mobile [PHONE]  |  skype: [URL]\n'],
    ['Reach me on live:.cid.91be0c2 after six.\n', 'Reach me on [URL] after six.\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a go-live date and "live: " with a blank stay', () => {
    const text = 'Go-live: 12 May. The rota went live: nurses signed up.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: initials the text defines for someone it names, wherever they stand again', () => {
  test('in a bracket after the name, then in a log’s sign-off column', () => {
    expect(redact('Practice Educator: Siân Lloyd-Evans (SLE), Paramedic\n\nDate | Skills | PEd\n03/10/24 | Airway | SLE\n')).toBe(
      'Practice Educator: [NAME 1] ([NAME 1]), Paramedic\n\nDate | Skills | PEd\n03/10/24 | Airway | [NAME 1]\n',
    );
  });

  test('as a key before the name, a particle’s initial in lower case', () => {
    expect(redact('NfH = Nerys ferch Huw, Team Leader\n12/03 | triage | NfH\n')).toBe('[NAME 1] = [NAME 1], Team Leader\n12/03 | triage | [NAME 1]\n');
  });

  test('initials no name spells stay', () => {
    const text = 'The SLE audit (SLE) ran on Ward 4.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: the marks of comments in tracked text whose author the first one names', () => {
  test('every mark with the author’s initials goes', () => {
    expect(redact('Comment [KO1]: Kemi Oduya 12/03 – shorten this.\nComment [KO2]: Kemi Oduya 13/03 – fine.\nSee note [KO3].\n')).toBe(
      'Comment [[NAME 1]]: [NAME 1] 12/03 – shorten this.\nComment [[NAME 1]]: [NAME 1] 13/03 – fine.\nSee note [[NAME 1]].\n',
    );
  });

  test('a mark before no name stays', () => {
    const text = 'Comment [AB1]: see the ward rota.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: a LinkedIn export whose slug leaves out the middle name', () => {
  test('the name heading the right column is the candidate, and a programme named after someone stays', () => {
    const text =
      'Contact\nwww.linkedin.com/in/anita-\nvarghese-77c1d2 (LinkedIn)\n\nCertifications\nMary Seacole Programme\n\nAnita Mary Varghese\nDeputy Sister at a Trust\n\nSummary\nAnita leads the ward.\n';
    expect(redact(text)).toBe('Contact\n[URL]\n\nCertifications\nMary Seacole Programme\n\n[CANDIDATE]\nDeputy Sister at a Trust\n\nSummary\n[CANDIDATE] leads the ward.\n');
  });
});

describe('names: "bat-" joined to the next name by a hyphen', () => {
  test('the patronymic goes with the name', () => {
    expect(redact('Referees: Prof Ruth bat-Miriam Feldman, KCL.\n')).toBe('Referees: Prof [NAME 1], KCL.\n');
  });
});

describe('names: a ward sister’s "Sr." before a name of three words', () => {
  test('the whole name goes and "Sr." stays', () => {
    expect(redact('My line manager, Sr. Abeba Tesfaye Haile, will give a reference.\n')).toBe('My line manager, Sr. [NAME 1], will give a reference.\n');
  });

  test('a post after "Sr." stays', () => {
    const text = 'I applied for the Sr. Staff Nurse post on Ward 9.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: a contact’s label with an aside in brackets', () => {
  test('"Colleague contact (…): Name, Post"', () => {
    expect(redact('Colleague contact (mornings only): Imani Kiprotich, Ward Clerk\n')).toBe('Colleague contact (mornings only): [NAME 1], Ward Clerk\n');
  });

  test('a place after such a label stays', () => {
    const text = 'Work contact (bleep): Ward Office\n';
    expect(redact(text)).toBe(text);
  });
});

describe('details: an identity card’s "CNI" and a health insurance number', () => {
  test.each([
    ['CNI n° 209817364\n', 'CNI n° [ID NUMBER]\n'],
    ['TAJ szám (health insurance no.): 118 204 617\n', 'TAJ szám (health insurance no.): [ID NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a count of doses stays', () => {
    const text = 'We gave 118 204 617 doses across the region.\n';
    expect(redact(text)).toBe(text);
  });
});
