import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 25 (lead, from what the unseen f25 set showed): each form in other words than the documents
// that showed it, with what must stay.

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';

describe('identifiers in the forms f25 showed', () => {
  it.each([
    // An NI number whose prefix letters are written as initials.
    ['NI no.: T.W. 61 38 20 B (on my payslips)\n', 'NI no.: [NI NUMBER] (on my payslips)\n'],
    // A postcode with a blank inside its inward code, and a district's sector digit before a full stop.
    ['Home: 14 Oak Lane, Bolton bl1 7 hs\n', 'Home: [ADDRESS] [POSTCODE]\n'],
    ['Flat 2, 9 Mill Road, Swansea sa1 5.\n', '[ADDRESS] [POSTCODE].\n'],
    // Registration numbers: a prefix set apart from grouped digits, a register's own "no.", digits spaced one by one,
    // a label broken over a line.
    ['HCPC OT 204 817 (Occupational Therapist)\n', 'HCPC [REGISTRATION NUMBER] (Occupational Therapist)\n'],
    ['Registered with Social Work England, SW 204981.\n', 'Registered with Social Work England, [REGISTRATION NUMBER].\n'],
    ['previously SSSC no. 3-118-206 (Glasgow, 2016-2019)\n', 'previously SSSC no. [REGISTRATION NUMBER] (Glasgow, 2016-2019)\n'],
    ['GOC no. D20418 since 2015\n', 'GOC no. [REGISTRATION NUMBER] since 2015\n'],
    ['GMC no. 7012345 2019 to date\n', 'GMC no. [REGISTRATION NUMBER] 2019 to date\n'],
    ['PSNI reg. no. 0 6 5 4 3 (renewed each November)\n', 'PSNI reg. no. [REGISTRATION NUMBER] (renewed each November)\n'],
    ['CIPD member\n      no. 31 880 412\n', 'CIPD member\n      no. [REGISTRATION NUMBER]\n'],
    // An address written out whose last label is a number; a blank after the "@" before a domain in any letters.
    ['Contact: r.lindqvist dot 1988 at example dot com\n', 'Contact: [EMAIL]\n'],
    ['Email: gülşen@ örnek.example\n', 'Email: [EMAIL]\n'],
    // A handle named before its platform.
    ['Portfolio: ward.sketches on Instagram · Kemi-Ade on Facebook Messenger\n', 'Portfolio: [URL] on Instagram · [URL] on Facebook Messenger\n'],
    // A birth date in another form, restated in brackets with a note around it: both go, the note's year too.
    ['DOB 1972. június 9.  (i.e. 9 June 1972)\n', 'DOB [DATE OF BIRTH]  ([DATE OF BIRTH])\n'],
    ['born in Pokhara on Baisakh 3, 2029 B.S. (that is 15 April 1972 by the Western calendar)\n', 'born [DATE OF BIRTH]\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });

  it('removes a number found once wherever it is written again with its digits together, and leaves other numbers', () => {
    expect(anonymise(`${HEAD}GPhC reg. no. 2 0 9 8 7 6 5 (the form has it as 2098765). In 2019 I had 12345 patients.\n`).text).toBe(
      `${BODY}GPhC reg. no. [REGISTRATION NUMBER] (the form has it as [REGISTRATION NUMBER]). In 2019 I had 12345 patients.\n`,
    );
  });

  it.each([
    'We start at 7 am on ward B3 4 am.\n',
    'I share recipes on Instagram and chat to family on Facebook.\n',
    // Counts and campaigns before a platform are achievements a panel scores; a year after a number is when.
    'Grew the practice following to 4000 on Instagram in a year.\n',
    'Reached 12.5k on Instagram with the flu campaign.\n',
    'Launched Stoptober-Ready on Facebook with the PCN.\n',
  ])('leaves %j', (text) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + text);
  });
});

describe('a surname in capitals, a comma and the given name, in more forms', () => {
  it.each([
    // After a label with a number, with a particle opening the surname, and under a label's column gap.
    ['Referee 2: VAN DIJK, Maarten, Practice Manager\n', 'Referee 2: [NAME 1], Practice Manager\n'],
    ['Reference 1: SINGH, Harpreet (Mrs) - Branch Manager\n', 'Reference 1: [NAME 1] ([TITLE]) - Branch Manager\n'],
    ['Name            NIC AODHA, Caitríona\nPost            Midwife\n', 'Name            [NAME 1]\nPost            Midwife\n'],
    // A place and its country are no name.
    ['Reference 1: LONDON, United Kingdom\n', 'Reference 1: LONDON, United Kingdom\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });
});

describe('the authors of a publication a CV lists', () => {
  it('removes each author of a list that "et al" ends, or that holds initials and a year', () => {
    expect(anonymise(`${HEAD}Publications\n1. Mensah KA, Lindqvist R, Hoang TT, et al. Early mobilisation after hip fracture. Age Ageing 2021;50:12-19.\n`).text).toBe(
      `${BODY}Publications\n1. [NAME], [NAME], [NAME], et al. Early mobilisation after hip fracture. Age Ageing 2021;50:12-19.\n`,
    );
    expect(anonymise(`${HEAD}Brennan PJ, Adeyemi-Cole TO, van der Linde M. Falls clinics in rural practice. BJGP Open 2020.\n`).text).toBe(
      `${BODY}[NAME], [NAME], [NAME]. Falls clinics in rural practice. BJGP Open 2020.\n`,
    );
  });
  it('leaves wards and bays named by a letter', () => {
    expect(anonymise(`${HEAD}I covered Ward B, Ward C and Bay D in 2019.\n`).text).toBe(`${BODY}I covered Ward B, Ward C and Bay D in 2019.\n`);
  });
});
