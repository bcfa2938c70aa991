import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 28 (helper anonymiser-43): readings from 55 real, public CVs, staff stories and profile pages. Fresh lines in our
// own words, none from those documents, each with what must stay beside it.

describe('a number found once is found again only where it is written whole', () => {
  test.each([
    // The PIN's digits without its letters are no number of their own: the phone that shares them stays a phone.
    [
      'Ewa Mazur, RGN\nKrakow, PL | +44 7700 213456 | ewa.mazur@example.com\nNMC PIN: 21B3456C',
      '[CANDIDATE], RGN\n[ADDRESS] | [PHONE] | [EMAIL]\nNMC PIN: [REGISTRATION NUMBER]',
    ],
    // A number given twice, once spaced and once run together, is still found again.
    ['GDC registration: 281 934. On the form it appears as 281934.', 'GDC registration: [REGISTRATION NUMBER]. On the form it appears as [REGISTRATION NUMBER].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a group of a longer number is not the number found elsewhere', () => {
    expect(redact('Registration 445566 (HCPC). Ring the ward on 0113 445566 ext 12 for handover times.')).toBe(
      'Registration [REGISTRATION NUMBER] (HCPC). Ring the ward on [PHONE] for handover times.',
    );
  });
});

describe('a country code with its trunk 0 in brackets, blanks inside, is a phone', () => {
  test.each([
    ['Mob ile : +23 3 ( 0 ) 20 555 1187', 'Mob ile : [PHONE]'],
    ['Contact me on +44 ( 0 ) 7700 900 318 after six.', 'Contact me on [PHONE] after six.'],
    ['Office: +25 4 (0 ) 722 000 145', 'Office: [PHONE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a list marker "(0)" and a score stay', () => {
    const text = 'Pain score went from (0) to 4 over 20 minutes; item ( 0 ) of the checklist was blank.';
    expect(redact(text)).toBe(text);
  });
});

describe('an address labelled with a one-letter slip', () => {
  test.each([
    ['Adress: House 7, Road No: 4/a Lake View, Banani, Dhaka-1213', 'Adress: [ADDRESS]'],
    ['Home addres: 19 Larch Way, Bradford BD5 0QX', 'Home addres: [ADDRESS] [POSTCODE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('an e-mail "adress" and a web address stay labels of something else', () => {
    expect(redact('Email adress: ola.b@example.com')).toBe('Email adress: [EMAIL]');
  });
});

describe('registration and membership numbers after a register and the profession it lists', () => {
  test.each([
    ['HCPC: Speech and Language Therapy 04471', 'HCPC: Speech and Language Therapy [REGISTRATION NUMBER]'],
    ['Registered with the HCPC: Paramedic 312908, since 2016', 'Registered with the HCPC: Paramedic [REGISTRATION NUMBER], since 2016'],
    ['Member of the Chartered Society of Physiotherapy: 0917734', 'Member of the Chartered Society of Physiotherapy: [REGISTRATION NUMBER]'],
    ['Member of the British Dietetic Association:- BD220571', 'Member of the British Dietetic Association:- [REGISTRATION NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a year after the profession, and a member of a panel with a count, stay', () => {
    const text = 'HCPC: Registered 2015 and renewed every two years.\nMember of the patient panel: 12 meetings a year.';
    expect(redact(text)).toBe(text);
  });
});

describe('labelled fields a form gives', () => {
  test.each([
    // Nigerian forms: where a person comes from by state and local government area.
    ['STATE OF ORIGIN : Anambra State', 'STATE OF ORIGIN : [PLACE OF ORIGIN]'],
    ['Local Government Area: Ohaukwu', 'Local Government Area: [PLACE OF ORIGIN]'],
    ['LGA: Ikwuano', 'LGA: [PLACE OF ORIGIN]'],
    // A blood group describes the body.
    ['Blood group: O-', 'Blood group: [HEALTH]'],
    ['Blood type: A+', 'Blood type: [HEALTH]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('an area or a blood test named in the work stays', () => {
    const text = 'I covered the local government area of the borough for the flu campaign and took blood group samples to the lab.';
    expect(redact(text)).toBe(text);
  });
});

describe('names from forms, lists and tables', () => {
  test.each([
    // A given name abbreviated opening a field's value goes with the name after it.
    ["Father's Name: Md. Tofazzal Hossain\nMother's Name: Mst. Baby Naznin", "Father's Name: [NAME 1]\nMother's Name: [NAME 2]"],
    // A list's number before the name opens an entry, no sentence.
    ['Members\n1.\tSujan Gurung\tKaski\n2.\tRojina Dipesh Thapa\tLamjung', 'Members\n1.\t[NAME 1]\tKaski\n2.\t[NAME 2]\tLamjung'],
    // A known given name and the initial of a surname.
    ['The rota was set by Monica D. and checked by Daniel K. before Friday.', 'The rota was set by [NAME 1] and checked by [NAME 2] before Friday.'],
    // A table of people with the surname first, in its own cell.
    ['Team\n\tDimaculangan\tRonald P.\tTheatre Nurse\n\tMagbanua\tJoseph\tScrub Nurse', 'Team\n\t[NAME 1]\tTheatre Nurse\n\t[NAME 2]\tScrub Nurse'],
    // A Gaelic surname the name data lacks, after a name it knows, ending the sentence.
    ['Pictures show the new Queen’s Nurse, Dipesh McCrindle.', 'Pictures show the new Queen’s Nurse, [NAME 1].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a ward or a weekday in a table’s first cell, and a product, stay', () => {
    const text = 'Rota\n\tWard\tTheatre Nurse\tEarly\n\tMonday\tScrub Nurse\tLate\nNotes typed on a MacBook in ward 12. Later that week the audit closed.';
    expect(redact(text)).toBe(text);
  });
});

describe('where the writer comes from, in their own words', () => {
  test.each([
    // A role in capitals before "from" and a known place.
    ['I am a Registered Midwife from Accra, Ghana, and I joined the trust in 2022.', 'I am a Registered Midwife from [PLACE OF ORIGIN], and I joined the trust in 2022.'],
    // "home country of" names the place, as "home town of" does.
    ['I trained in my home country of Ghana before the move.', 'I trained in my home country of [PLACE OF ORIGIN] before the move.'],
    // A town's child: the town is where the writer is from, the word for a boy or girl the gender.
    ["I'm a Wigan lass and still support the local team.", "I'm a [PLACE OF ORIGIN] lass and still support the local team."],
    ['As a proud Paisley boy I know the patients here.', 'As a proud [PLACE OF ORIGIN] [GENDER] I know the patients here.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a workplace after "from", and a word no town is, stay', () => {
    const text = 'I am a Staff Nurse from Ward 6 and a Band 5 Practitioner from Leeds Teaching Hospitals. I am a Good girl guide leader.';
    expect(redact(text)).toBe(text);
  });
});
