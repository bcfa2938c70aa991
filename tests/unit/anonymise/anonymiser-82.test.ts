import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 41 (helper anonymiser-82): what the unseen f41 CVs let through or took wrongly, each mended by a general reading. Fresh
// lines in our own words, none from any corpus, each with a near case that must stay.

// The first call compiles the registration patterns, which takes seconds on a shared machine.
describe('a registration number abroad after a practising certificate or a paramedics council', { timeout: 30_000 }, () => {
  test('"APC no." after a council names a licence to practise', () => {
    expect(redact('Paramedic Council (AU) APC no. 44-20931 (valid until 30/06/2028)\n')).toBe(
      'Paramedic Council (AU) APC no. [REGISTRATION NUMBER] (valid until 30/06/2028)\n',
    );
  });

  test('a meeting numbered without a licence stays', () => {
    expect(redact('Minutes of the APC meeting no. 12 are attached.\n')).toBe('Minutes of the APC meeting no. 12 are attached.\n');
  });
});

describe("the candidate's name in the forms the f41 set wrote it", () => {
  test('a labelled field holding one part joins the heading line that shares it', () => {
    const text = 'VITHUSHIKA PONNUTHURAI\nPharmacy assistant\n\nName in full: Ponnuthurai        WORK\nVithushika                       Dispensary\nI am Vithushika.\n';
    expect(redact(text)).toBe('[CANDIDATE]\nPharmacy assistant\n\nName in full: [CANDIDATE]        WORK\n[CANDIDATE]                       Dispensary\nI am [CANDIDATE].\n');
  });

  test('a column gap after a part is no organisation: the word in the next column stays', () => {
    expect(redact('Temitope Alake\nNurse\n\nTemitope                         Pharmacy Technician (Band 4)\n')).toBe(
      '[CANDIDATE]\nNurse\n\n[CANDIDATE]                         Pharmacy Technician (Band 4)\n',
    );
  });

  test('a name in capitals after the post applied for, a family name first', () => {
    const text = 'SUPPORTING STATEMENT\nHealthcare Assistant (Band 2) – Ward 7, Some NHS Trust\nTABOT Grace Enow\n\nI am applying because I care. Tabot is on my passport.\n';
    expect(redact(text)).toBe(
      'SUPPORTING STATEMENT\nHealthcare Assistant (Band 2) – Ward 7, Some NHS Trust\n[CANDIDATE]\n\nI am applying because I care. [CANDIDATE] is on my passport.\n',
    );
  });

  test('a middle name spelt out in capitals where the first line gave its initial', () => {
    const text = 'Sayanthini P. Kanthasamy-Rajan | Diagnostic Radiographer\n______\n\nSAYANTHINI PONNUTHURAI KANTHASAMY-RAJAN\n+44 161 496 0000\n';
    expect(redact(text)).toBe('[CANDIDATE] | Diagnostic Radiographer\n______\n\n[CANDIDATE]\n[PHONE]\n');
  });

  test('a nickname told with the channel it is used on', () => {
    expect(redact('Ngozi Adaeze Okafor\nNurse\n\nI am known on the ward rota as Nne, and Nne is what patients call me.\n')).toBe(
      '[CANDIDATE]\nNurse\n\nI am known on the ward rota as [CANDIDATE], and [CANDIDATE] is what patients call me.\n',
    );
  });

  test('a given name before a nickname in brackets set inside a name already known', () => {
    const text = 'Contact\n07700 900 694 (Mobile)\nnok.chaiyaporn@example.co.th\nTop Skills\nGlaucoma\n\nKanokwan (Nok) Chaiyaporn\nOptometrist. Kanokwan leads clinics.\n';
    expect(redact(text)).toBe('Contact\n[PHONE] (Mobile)\n[EMAIL]\nTop Skills\nGlaucoma\n\n[CANDIDATE]\nOptometrist. [CANDIDATE] leads clinics.\n');
  });
});

describe('referees in a table whose first cell says "References"', () => {
  test('each row under the cell names a referee, as a references section does', () => {
    const text = 'Hawar Jalal\nCare assistant\n\nReferences\tShilan Karimi, Ward Manager\n\tRebaz Othman, Registered Manager – 0113 496 0271\nHobbies\tFootball\n';
    expect(redact(text)).toBe('[CANDIDATE]\nCare assistant\n\nReferences\t[NAME 1], Ward Manager\n\t[NAME 2], Registered Manager – [PHONE]\nHobbies\tFootball\n');
  });
});

describe('words the panel needs that were taken with a detail', () => {
  test('accountancy post-nominals after a heading name stay', () => {
    expect(redact('ZEYNEP KAYA  AAT MAAT\nFinance Officer\n\n2020\tAAT Level 4 Diploma (MAAT)\n')).toBe(
      '[CANDIDATE]  AAT MAAT\nFinance Officer\n\n2020\tAAT Level 4 Diploma (MAAT)\n',
    );
  });

  test('a school in the column beside a year is not the year\'s', () => {
    expect(redact('Hobbies\n(Saturday school helper)           Foundation training completed July 2021\nGCSEs      2004\n')).toBe(
      'Hobbies\n(Saturday school helper)           Foundation training completed July 2021\nGCSEs      [YEAR]\n',
    );
  });

  test('a year range in its own cell is still labelled by the school beside it', () => {
    expect(redact('Other\n1979 – 1984   Helston School (O levels)\n')).toBe('Other\n[YEAR] – [YEAR]   Helston School (O levels)\n');
  });

  test("a table's label before a people's organisation stays", () => {
    expect(redact('Volunteering\tSomali Community Centre, Bristol – homework club\n')).toBe('Volunteering\t[ETHNICITY], Bristol – homework club\n');
  });
});

describe('details the f41 set left in', () => {
  test('the year the writer left school goes with the words that count back from it', () => {
    expect(redact('I have worked in catering since leaving school in 1993, and I drive.\n')).toBe('I have worked in catering [AGE], and I drive.\n');
    expect(redact('I left school in 2004 and trained as a chef.\n')).toBe('I [AGE] and trained as a chef.\n');
  });

  test("someone else's leaving school keeps its words", () => {
    // The year alone goes, as a school's year does; the words stay.
    expect(redact('I run a club for pupils leaving school in 2025.\n')).toBe('I run a club for pupils leaving school in [YEAR].\n');
  });

  test('a refugee status in capitals, as a line of its own opens it', () => {
    expect(redact('Refugee status granted in 2017. I work nights.\n')).toBe('[IMMIGRATION STATUS]. I work nights.\n');
  });

  test('a spouse described over a wrapped line', () => {
    expect(redact('We moved to Derby with my wife, who is a theatre nurse at\nRoyal Derby. I drive.\n')).toBe('We moved to Derby with [MARITAL STATUS]. I drive.\n');
  });
});

describe("more of f41's names and words", () => {
  test('a name in capitals with the name its owner goes by in brackets on the next line', () => {
    const text = 'Profile\nRegistered nurse with years of work.\n\nKATHLEEN DOHERTY\n(Kathy)\n0116 496 0000\nKathy leads the team.\n';
    expect(redact(text)).not.toMatch(/Kathy/);
  });

  test('a word in brackets under a line that is no name stays', () => {
    expect(redact('Profile\nRegistered nurse.\n\nKEY SKILLS\n(Summary)\nTriage.\n')).toBe('Profile\nRegistered nurse.\n\nKEY SKILLS\n(Summary)\nTriage.\n');
  });

  test('a nickname told on a channel named on the next line', () => {
    expect(redact('Ngozi Adaeze Okafor\nNurse\n\nKnown on the team\nWhatsApp as Dozie.\n')).toBe('[CANDIDATE]\nNurse\n\nKnown on the team\nWhatsApp as [CANDIDATE].\n');
  });

  test('a Turkish bank is an employer, not a person', () => {
    expect(redact('Cashier, Ziraat Bankası, Ankara\n')).toBe('Cashier, Ziraat Bankası, Ankara\n');
    expect(redact('Accounts Assistant, Kıbrıs Türk Kooperatif Bankası, Lefkoşa\n')).toBe('Accounts Assistant, Kıbrıs Türk Kooperatif Bankası, Lefkoşa\n');
  });
});

describe('faith words the f41 set used', () => {
  test('a festival, a rite and a community named in their own words', () => {
    expect(redact('I take the first day of Bayram as annual leave.\n')).toBe('I take the first day of [RELIGION] as annual leave.\n');
    expect(redact('I volunteer with Bikur Cholim and my own Chasidic community.\n')).toBe('I volunteer with [RELIGION] and my own [RELIGION].\n');
  });

  test('the same words of the people the writer serves stay', () => {
    expect(redact('I help patients with Hasidic families.\n')).toBe('I help patients with Hasidic families.\n');
  });
});

describe('where the writer is from, set off after their people', () => {
  test('a town no list knows, widened by a country abroad', () => {
    expect(redact('I am Roma, from Prešov in the east of Slovakia. I cook.\n')).toBe('I am [NATIONALITY], from [PLACE OF ORIGIN]. I cook.\n');
  });

  test('a workplace after "from" stays', () => {
    expect(redact('I am a nurse from Ward 6 in the east of the hospital.\n')).toBe('I am a nurse from Ward 6 in the east of the hospital.\n');
  });
});
