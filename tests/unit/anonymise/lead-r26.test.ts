import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 26 (lead, from what the unseen f26 set showed): each form in other words than the documents
// that showed it, with what must stay.

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';

describe('dates of birth in the forms f26 showed', () => {
  it.each([
    // A date in another calendar or script, told by its note in brackets: the date and the note go.
    ['Personal: born 阴历 1988年 正月 初三 (Spring Festival, lunar calendar), Fuzhou.\n', 'Personal: born [DATE OF BIRTH], [PLACE OF ORIGIN].\n'],
    ['Born        2044 Falgun 9 B.S. (Nepali calendar)\n', 'Born        [DATE OF BIRTH]\n'],
    // After "born on", a day, a month's name and a year in figures, of any calendar.
    ['I was born on 9 Shawwal 1405 in Dhaka.\n', 'I was born on [DATE OF BIRTH] in [PLACE OF ORIGIN].\n'],
    // A sentence the layout wrapped between "on the" and the date.
    [
      'The occupational health form asked twice, so to repeat: I was born at home, on the\ntwenty-first of June 1987, and I hold full registration.\n',
      'The occupational health form asked twice, so to repeat: I was born at home, on the\n[DATE OF BIRTH], and I hold full registration.\n',
    ],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });

  it('reads a date that a two-column layout carried to the next line after "born on"', () => {
    const text = `${HEAD}Eight years in theatres and recovery. Born on       ● Airway management\nthe 12th of May 1990 and still on     ● Scrub\n`;
    expect(anonymise(text).text).toBe(`${BODY}Eight years in theatres and recovery. Born on       ● Airway management\nthe [DATE OF BIRTH] and still on     ● Scrub\n`);
  });

  it('keeps a calendar named in brackets after something that is no date of birth', () => {
    const text = `${HEAD}Rota planned on the NHS calendar (Outlook calendar) since 2019.\n`;
    expect(anonymise(text).text).toBe(`${BODY}Rota planned on the NHS calendar (Outlook calendar) since 2019.\n`);
  });
});

describe('contacts and numbers in the forms f26 showed', () => {
  it.each([
    // A phone typed digit by digit, its groups set off by two blanks.
    ['Mobile\n0 7 7 0 0  9 0 0  3 1 8\n', 'Mobile\n[PHONE]\n'],
    // A student register's number after "registration" without a colon.
    ['GPhC trainee registration T-2204718 (provisional)\n', 'GPhC trainee registration [REGISTRATION NUMBER] (provisional)\n'],
    // A link's query value broken by the line.
    ['Portfolio: example.org/gallery?ref=Qm9i\nZ2x5\nTeam player.\n', 'Portfolio: [URL]\nTeam player.\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });

  it('takes a town and its district alone in a cell of the header, beside the contacts', () => {
    const text = 'Ola Nowak\nola.nowak@example.com             07700 900 552\nWalkley, S6                       \n\nProfile\nBand 5 nurse.\n';
    expect(anonymise(text).text).toBe('[CANDIDATE]\n[EMAIL]             [PHONE]\n[ADDRESS]                       \n\nProfile\nBand 5 nurse.\n');
  });

  it('keeps a training grade after a place in the header, and a score typed with spaces', () => {
    const text = 'Ola Nowak\nola.nowak@example.com\nLeeds, ST4\n\nAudit scores 4 4 3  3 2 4 across the two cycles.\n';
    expect(anonymise(text).text).toBe('[CANDIDATE]\n[EMAIL]\nLeeds, ST4\n\nAudit scores 4 4 3  3 2 4 across the two cycles.\n');
  });

  it('keeps a year alone on the line after a link', () => {
    const text = `${HEAD}See example.org/posters?id=audit\n2021\nPoster, regional conference.\n`;
    expect(anonymise(text).text).toBe(`${BODY}See [URL]\n2021\nPoster, regional conference.\n`);
  });
});

describe('names in the forms f26 showed', () => {
  it.each([
    // A surname's initial before an e-mail's angle bracket, and inside quotes.
    ['From: Farah S <fs.rehab@example.com>\nSent: Monday\n', 'From: [CANDIDATE] <[EMAIL]>\nSent: Monday\n'],
    ['My payslip prints me as "Farah S" for short.\n', 'My payslip prints me as "[CANDIDATE]" for short.\n'],
    // A colleague after a role word joined by a hyphen, the sentence opening with its lead word.
    ['With pre-assessment colleague Oyunchimeg Dashdorj\nI ran a clinic audit.\n', 'With pre-assessment colleague [NAME 1]\nI ran a clinic audit.\n'],
    // One name the data does not know, ending the sentence after the writer's role word.
    ['I shared the clinic with our physiotherapist Wirawan. We saw 30 a week.\n', 'I shared the clinic with our physiotherapist [NAME 1]. We saw 30 a week.\n'],
    // A name's own initials in brackets after it.
    ['Colleague: Mei Ling Tan (MLT), Band 7\n', 'Colleague: [NAME 1], Band 7\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });

  it('keeps a job word after the role, and letters in brackets that are not the initials', () => {
    const text = `${HEAD}I report to our pharmacist Lead. I trained with Ruth Moss (NHS) in 2019.\n`;
    expect(anonymise(text).text).toBe(`${BODY}I report to our pharmacist Lead. I trained with [NAME 1] (NHS) in 2019.\n`);
  });
});

describe('a heading in spaced capitals with a spaced hyphen', () => {
  it('takes the whole heading when one of its parts names the person', () => {
    const text = 'R U T H   B E N - A R I\nPharmacist\n\nruth.benari@example.com\n\nI am Ruth Ben-Ari, a pharmacist.\n';
    expect(anonymise(text).text).toBe('[CANDIDATE]\nPharmacist\n\n[EMAIL]\n\nI am [CANDIDATE], a pharmacist.\n');
  });
  it('keeps a heading in spaced capitals that names no one', () => {
    const text = 'Ruth Ben-Ari\nruth.benari@example.com\n\nS K I L L S - S U M M A R Y\nAudit.\n';
    expect(anonymise(text).text).toBe('[CANDIDATE]\n[EMAIL]\n\nS K I L L S - S U M M A R Y\nAudit.\n');
  });
});

describe('a full name in capitals alone on its line', () => {
  it('takes the words between the first and last parts of the person found', () => {
    const text = 'Teodora M. Lupu  ·  Pharmacy Technician\nTEODORA MIHAELA IONESCU LUPU\nteodora.lupu@example.com\n\nProfile\nBand 5.\n';
    expect(anonymise(text).text).toBe('[CANDIDATE]  ·  Pharmacy Technician\n[CANDIDATE]\n[EMAIL]\n\nProfile\nBand 5.\n');
  });
  it('keeps the other words of a line in capitals that only starts with a part of the name', () => {
    const text = 'Teodora Lupu\nteodora.lupu@example.com\n\nLUPU PHARMACY SERVICES LTD\nDispenser, 2019 to 2023.\n';
    expect(anonymise(text).text).toBe('[CANDIDATE]\n[EMAIL]\n\n[CANDIDATE] PHARMACY SERVICES LTD\nDispenser, 2019 to 2023.\n');
  });
});

