import { describe, expect, test, vi } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

// The first date of birth compiles the long date patterns, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const redact = (text: string) => anonymise(text).text;

// Round 32 (helper anonymiser-55): what the unseen f32-* documents let through or took out, mended by general readings.
// Fresh lines in our own words, none from the set, each with what must stay beside it.

describe('must-never: a birth told in Spanish, French or Portuguese, a performers list code, a link broken inside a word', () => {
  test.each([
    // The word for "born" tells the writer's sex, so it goes with the date, and the place after "en" or "à" goes too.
    ['Lucía Mamani\nNurse\n\nNacida el 2 de junio de 1993 en Arequipa, Perú', '[CANDIDATE]\nNurse\n\n[DATE OF BIRTH] en [PLACE OF ORIGIN]'],
    ['Amélie Durand\nNurse\n\nNée le 9 avril 1987 à Rennes', '[CANDIDATE]\nNurse\n\n[DATE OF BIRTH] à [PLACE OF ORIGIN]'],
    ['Joana Ribeiro\nNurse\n\nNascida em 5 de maio de 1991 em Braga', '[CANDIDATE]\nNurse\n\n[DATE OF BIRTH] em [PLACE OF ORIGIN]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a date of birth label stays, and a place after a date that is no birth stays', () => {
    expect(redact('Lucía Mamani\nNurse\n\nFecha de nacimiento: 2 de junio de 1993\nStarted on 3 May 2019 in Leeds')).toBe(
      '[CANDIDATE]\nNurse\n\nFecha de nacimiento: [DATE OF BIRTH]\nStarted on 3 May 2019 in Leeds',
    );
  });

  test('a GP performers list number with its letter goes; a year after the label stays', () => {
    expect(redact('Dr Pieter de Vries\nGP\n\nPerformers List: G7031842\nNational performers list number D6120457')).toBe(
      'Dr [CANDIDATE]\nGP\n\nPerformers List: [REGISTRATION NUMBER]\nNational performers list number [REGISTRATION NUMBER]',
    );
    expect(redact('Joined the performers list: 2019 after my CCT.')).toBe('Joined the performers list: 2019 after my CCT.');
  });

  test('the rest of a profile link that a line broke inside a word goes; a word line after a link stays', () => {
    expect(redact('Tiana Rasoanaivo\nNurse\ninstagram.com/tiana.raso\nanaivo_rn\n\nProfile')).toBe('[CANDIDATE]\nNurse\n[URL]\n[URL]\n\nProfile');
    expect(redact('Tiana Rasoanaivo\nNurse\nlinkedin.com/in/tiana-r\nSummary\ne.g. audits')).toBe('[CANDIDATE]\nNurse\n[URL]\nSummary\ne.g. audits');
    expect(redact('Tiana Rasoanaivo\nNurse\nwww.example.org/about\nnext.steps')).toBe('[CANDIDATE]\nNurse\n[URL]\nnext.steps');
  });

  test('a LinkedIn export’s "(LinkedIn)" label goes with the slug it labels; the word elsewhere stays', () => {
    expect(redact('Tiana Rasoanaivo\nNurse\ntiana-raso-7c2 (LinkedIn)\nI completed LinkedIn Learning courses.')).toBe(
      '[CANDIDATE]\nNurse\n[URL]\nI completed LinkedIn Learning courses.',
    );
  });
});

describe('names: a LinkedIn heading after "Contact", an introduction with a word for a surname, nicknames, referees', () => {
  test('the name after a side column’s "Contact" heads the profile; a code’s label in capitals that is also the name stays', () => {
    const text = 'Contact                         LEVAN KAPANADZE\n07700 900 118 (Mobile)          Staff Nurse\nLEVAN: AB 12 34 56 C\nKey skills';
    expect(redact(text)).toBe('Contact                         [CANDIDATE]\n[PHONE] (Mobile)          Staff Nurse\nLEVAN: [NI NUMBER]\nKey skills');
    expect(redact('Contact        Thandiwe (Thandi) Mokoena\nSummary')).toBe('Contact        [CANDIDATE]\nSummary');
  });

  test('the whole name in capitals before a colon and a code is still the name', () => {
    expect(redact('Levan Kapanadze\nNurse\n\nLEVAN KAPANADZE: 2 shifts a week')).toBe('[CANDIDATE]\nNurse\n\n[CANDIDATE]: 2 shifts a week');
  });

  test('a writer introducing themself with a known given name and a surname that is a word; their nickname after a comma', () => {
    expect(redact('Supporting statement - Staff Nurse\n\nI am Siobhan Street, Shiv to everyone, and I work on Ward 4.')).toBe(
      'Supporting statement - Staff Nurse\n\nI am [CANDIDATE], [CANDIDATE] to everyone, and I work on Ward 4.',
    );
    expect(redact('Supporting statement\n\nMy name is Owen Street and I live in Hull.')).toBe('Supporting statement\n\nMy name is [CANDIDATE] and I live in [ADDRESS].');
    // A pair that opens with no known given name is no introduction of a name.
    expect(redact('Supporting statement\n\nI am Senior Nurse, and I lead the team.')).toBe('Supporting statement\n\nI am Senior Nurse, and I lead the team.');
  });

  test('"known to everyone on the ward as …" with two qualifiers; a list of days stays', () => {
    expect(redact('Oluwakemi Adeyinka\nNurse\n\nKnown to everyone on the ward as Kemz.\nI work shifts, Monday to Friday.')).toBe(
      '[CANDIDATE]\nNurse\n\nKnown to everyone on the ward as [CANDIDATE].\nI work shifts, Monday to Friday.',
    );
  });

  test('a Telugu "Ch." before a referee’s name, an "Ustaz" before a teacher’s, a Serbian name in ASCII, a "-san" after a surname', () => {
    expect(redact('Ama Mensah\nNurse\n\nReferee: Prof Ch. Lakshmi Narayana, Head of Surgery')).toBe('[CANDIDATE]\nNurse\n\nReferee: Prof [NAME 1], Head of Surgery');
    expect(redact('Ama Mensah\nNurse\n\nMy tutor, Ustazah Nurul Huda Ismail, wrote to me.')).toBe('[CANDIDATE]\nNurse\n\nMy tutor, [NAME 1], wrote to me.');
    expect(redact('Ama Mensah\nNurse\n\nI am copied in; Djordje Ilic will reply.')).toBe('[CANDIDATE]\nNurse\n\nI am copied in; [NAME 1] will reply.');
    expect(redact('Ama Mensah\nNurse\n\nWATANABE Riko, pharmacist (Watanabe-san to all of us)')).toBe('[CANDIDATE]\nNurse\n\n[NAME 1], pharmacist ([NAME 1] to all of us)');
    // A chapter's "Ch." and a place's "-san" are no names.
    expect(redact('Ama Mensah\nNurse\n\nCh. 4 covers triage. We toured Tokyo-san.')).toBe('[CANDIDATE]\nNurse\n\nCh. 4 covers triage. We toured Tokyo-san.');
  });

  test('a sibling named after "my older brother,"; a word after it stays', () => {
    // What is said of the brother goes with him (sensitive-families-r32: a relative's doings after their name).
    expect(redact('Ama Mensah\nNurse\n\nMy older brother, Zarmak, joined us.')).toBe('[CANDIDATE]\nNurse\n\n[FAMILY], [NAME 1], [FAMILY].');
    expect(redact('Ama Mensah\nNurse\n\nMy older brother, Thursday, came.')).not.toContain('[NAME');
  });
});

describe('kept terms: a hospital abroad named after a person, and a law whose words read as a name', () => {
  test.each([
    'Radiographer, Hospital Nacional Guillermo Almenara Irigoyen, Lima (2015 - 2019)',
    'Nurse, Centre Hospitalier Régional Paul Ramadier, Rodez (2012 - 2016)',
    'I assess capacity under the Deprivation of Liberty Safeguards and the Liberty Protection Safeguards.',
  ])('%j stays', (line) => {
    expect(redact(`Ama Mensah\nNurse\n\n${line}`)).toBe(`[CANDIDATE]\nNurse\n\n${line}`);
  });

  test('a person met at such a place, and a person named Liberty, are still named', () => {
    expect(redact('Ama Mensah\nNurse\n\nAt the Hospital General I met Juan Pérez Soto.\nI supervised Liberty Okafor.')).toBe(
      '[CANDIDATE]\nNurse\n\nAt the Hospital General I met [NAME 1].\nI supervised [NAME 2].',
    );
  });
});

describe('other details: a national ID labelled DNI or NIE, a first language in LinkedIn’s words', () => {
  test('"DNI" and "NIE" before a number go with it; the letters before a count stay', () => {
    expect(redact('Ama Mensah\nNurse\nDNI 70412359 | NIE: Y2345678Z\nThe DNI team saw 45 patients.')).toBe(
      '[CANDIDATE]\nNurse\n[ID NUMBER] | NIE: [ID NUMBER]\nThe DNI team saw 45 patients.',
    );
  });

  test('LinkedIn’s "(Native or Bilingual)" after a language other than English; other levels, and English so, stay', () => {
    expect(redact('Ama Mensah\nNurse\nLanguages\nEnglish (Native or Bilingual)\nTwi (Native or Bilingual)\nFrench (Elementary)')).toBe(
      '[CANDIDATE]\nNurse\nLanguages\nEnglish (Native or Bilingual)\n[NATIONALITY]\nFrench (Elementary)',
    );
  });

  test('the place the writer fled, told without "from"; someone else fleeing a ward stays', () => {
    expect(redact('Ama Mensah\nNurse\n\nFled Kandahar as a teenager. We fled Aleppo in 2012.')).toBe(
      '[CANDIDATE]\nNurse\n\nFled [PLACE OF ORIGIN] as a teenager. We fled [PLACE OF ORIGIN] in 2012.',
    );
    expect(redact('Ama Mensah\nNurse\n\nThe patient fled Ward 5 overnight. Visitors fled the car park.')).toBe(
      '[CANDIDATE]\nNurse\n\nThe patient fled Ward 5 overnight. Visitors fled the car park.',
    );
  });
});
