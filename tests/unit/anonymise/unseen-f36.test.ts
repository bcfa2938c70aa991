import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 36 (helper anonymiser-67): what the unseen f36 set let through, each mended by a general reading. Fresh lines in
// our own words, none from any corpus, each with a near case that must stay.

describe('must-never: the number after a regulator abroad, in Markdown or joined to its letter', () => {
  test.each([
    ['- Surgical ward; Nurses and Midwives Council of Malawi PIN **NMW 0388120**\n', '- Surgical ward; Nurses and Midwives Council of Malawi PIN **[REGISTRATION NUMBER]**\n'],
    ['Dental Council of Singapore registration D20417, 2015 to 2019\n', 'Dental Council of Singapore registration [REGISTRATION NUMBER], 2015 to 2019\n'],
    ['Nursing Council of Kenya RN30981 and KRCHN\n', 'Nursing Council of Kenya [REGISTRATION NUMBER] and KRCHN\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the council with a year or a word after it stays', () => {
    const text = 'Medical Council of Sri Lanka registration (2014); Pharmacy Board of Ghana PIN renewal due.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a profile link broken after a dot inside its name', () => {
  test('the rest alone on the next line goes', () => {
    expect(redact('Instagram: https://www.instagram.com/efua.\nmensah_rn\n')).toBe('Instagram: [URL].\n[URL]\n');
  });

  test('a sentence after a link that ends one stays', () => {
    expect(redact('Our page is https://www.facebook.com/wardnine.\nThanks to everyone who posts.\n')).toBe('Our page is [URL].\nThanks to everyone who posts.\n');
  });
});

describe('must-never: a display name given after "on Teams as"', () => {
  test('the name and its organisation go', () => {
    expect(redact('Message me on Teams as Yewande O-A (GSTT) or call the ward.\n')).toBe('Message me on Teams as [URL] or call the ward.\n');
  });

  test('a role given so stays', () => {
    const text = 'I joined on Teams as Deputy Lead (Renal) each Friday.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('must-never: a date of birth in words in a Markdown table', () => {
  test('a year in words after a bar', () => {
    expect(redact('| Date of birth | the second of June nineteen ninety-one |\n')).toBe('| Date of birth | the [DATE OF BIRTH] |\n');
  });

  test('a place in the next row stays', () => {
    const text = '| Place of work | Leeds |\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: the candidate in a Markdown table row of two cells', () => {
  test('"| Name | … |" is the candidate', () => {
    expect(redact('| Name | Nadeesha Kumari Herath |\n| Post | Dietitian |\n\nNadeesha led the clinic.\n')).toBe(
      '| Name | [CANDIDATE] |\n| Post | Dietitian |\n\n[CANDIDATE] led the clinic.\n',
    );
  });
});

describe('names: a surname that is also an everyday word, after a title and a given name', () => {
  test('"Mrs Hannah Good," goes whole', () => {
    expect(redact('Referees\nMrs Hannah Good, Ward Manager, 0113 496 0555\n')).toBe('Referees\n[NAME 1], Ward Manager, [PHONE]\n');
  });

  test('a post after the given name stays', () => {
    expect(redact('I thanked Dr Amara Registrar.\n')).toBe('I thanked Dr [NAME 1] Registrar.\n');
  });
});

describe('names: someone a story introduces as "a man called …"', () => {
  test('a day given as a name, before a known surname, across a line break', () => {
    expect(redact('The nurse who sat with me, a\nwoman called Sunday Adeyemi, listened. I visit every Sunday.\n')).toBe(
      'The nurse who sat with me, a\nwoman called [NAME 1], listened. I visit every Sunday.\n',
    );
  });

  test('a scheme or a ward called so stays', () => {
    const text = 'We ran a scheme called Time Banking on a ward called Rose Unit.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: authors with a mark, a bracket in another script, a particle of descent and a single name', () => {
  test('the list reads on past "*" and "(李 明)"', () => {
    expect(redact('PUBLICATIONS\n1. Lau KW*, Chen M, Siti Hajar binti Yusof, Kowalski P. The sleep of shift workers. BMJ. 2022;3:1-9.\n2. Li Ming (李 明), Lau KW, Ong BH. Ward rounds. Lancet. 2021;1:2-3.\n')).toBe(
      'PUBLICATIONS\n1. [NAME]*, [NAME], [NAME 1], [NAME]. The sleep of shift workers. BMJ. 2022;3:1-9.\n2. [NAME 2], [NAME], [NAME]. Ward rounds. Lancet. 2021;1:2-3.\n',
    );
  });

  test('an author of one name between two others', () => {
    expect(redact('Nurul Huda\nTissue viability nurse\n\nPUBLICATIONS\nHalim Adi, Suwarni, Tan BK. Wound care audit. 2020.\n')).toBe('[CANDIDATE]\nTissue viability nurse\n\nPUBLICATIONS\n[NAME 1], [NAME 2], [NAME]. Wound care audit. 2020.\n');
  });

  test('a place between names of a skills line stays', () => {
    const text = 'Worked with teams in Leeds, Bradford, Wakefield. 2019.\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: a table column headed by a role or a signature', () => {
  test('the names and the initials under them go', () => {
    // The name and its initials in the next cell are one mention (the mention reading joins a person's initials after them).
    const signed = redact('Date\tHours\tPractice supervisor\tSignature\tWard\n02/03/2026\t7.5\tChisomo Mbewe\tC.M.\tAMU\n');
    expect(signed).not.toMatch(/Chisomo|Mbewe|C\.M/);
    expect(signed).toMatch(/^Date\tHours\tPractice supervisor\tSignature\tWard\n02\/03\/2026\t7\.5\t\[NAME 1\].*\tAMU\n$/);
    expect(redact('Date\tShift\tSupervisor\tSignature\n04/03/2026\tLD\tBank\tJ.K.\n')).toBe('Date\tShift\tSupervisor\tSignature\n04/03/2026\tLD\tBank\t[NAME].\n');
    expect(redact('Date\tPractice assessor\tHours\n03/03/2026\tTawonga Nkhoma\t7.5\n')).toBe('Date\tPractice assessor\tHours\n03/03/2026\t[NAME 1]\t7.5\n');
  });

  test('a staffing word in such a column stays', () => {
    const text = 'Date\tWard\tManager\n01/02/2026\tWard 4\tBank\n02/02/2026\tAMU\tWard Manager\n';
    expect(redact(text)).toBe(text);
  });
});

describe('names: a nickname given to any group of colleagues, and a surname spelt another way', () => {
  test('"known to the registrars as …"', () => {
    expect(redact('ROSEN TREGEAR\nI am known to the registrars as "Ros".\nRos runs the clinic lists.\n')).toBe('[CANDIDATE]\nI am known to the registrars as "[CANDIDATE]".\n[CANDIDATE] runs the clinic lists.\n');
  });

  test('"known to nurses as" a description stays', () => {
    expect(redact('ROSEN TREGEAR\nI am known to nurses as a calm voice.\n')).toBe('[CANDIDATE]\nI am known to nurses as a calm voice.\n');
  });

  test('the surname transliterated another way beside the given name', () => {
    expect(redact('Gayane Khachatryan\nOptometrist\nDiploma issued to Gayane Khachatrian, Yerevan.\n')).toBe('[CANDIDATE]\nOptometrist\nDiploma issued to [CANDIDATE], Yerevan.\n');
  });

  test('a street that starts like the surname stays', () => {
    expect(redact('Gayane Khachatryan\nOptometrist\nI worked near Gayane Khachat Street.\n')).toBe('[CANDIDATE]\nOptometrist\nI worked near [CANDIDATE] Khachat Street.\n');
  });
});

describe('kept: a faculty named after a benefactor', () => {
  test('the faculty stays though a co-author shares a part of the name', () => {
    const text = 'PUBLICATIONS\n1. Tan Ka Ho, Lim BK, Ong W. Wards. BMJ. 2020;1:1-2.\nEDUCATION\nMBBS (Yong Loo Lin Faculty of Medicine)\n';
    expect(redact(text)).toContain('(Yong Loo Lin Faculty of Medicine)');
  });
});
