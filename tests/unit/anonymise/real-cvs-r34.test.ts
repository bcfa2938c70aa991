import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 34 (helper anonymiser-60): readings from 55 real, public CVs, statements and staff stories (paramedics, midwives,
// health visitors, ODPs, AMHPs and social workers, learning disability nurses, psychologists, returners, a GP receptionist,
// dentists; refugee doctors and nurses from Syria, Sudan, Eritrea, Afghanistan, Palestine and Ukraine; CVs kept as PHP, JS, TS,
// HTML, Markdown and Python). Fresh lines in our own words, none from those documents, each with what must stay beside it.

describe('"he’s" and "she’s" before a participle are "has"', () => {
  test.each([
    ['A trained midwife, she’s come to Wales to work for the NHS.', 'A trained midwife, they’ve come to Wales to work for the NHS.'],
    ['He’s always wanted to be a paramedic.', 'They’ve always wanted to be a paramedic.'],
    ['She’s met every target this year.', 'They’ve met every target this year.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    ['She’s dedicated and kind.', 'They’re dedicated and kind.'],
    ['He’s keen to learn.', 'They’re keen to learn.'],
  ])('a word that says what someone is keeps "are": %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('what a panel needs stays', () => {
  test('a US hospital named for a church is an employer, not a faith', () => {
    const text = 'Lead Paramedic, Baptist Hill Country Emergency Room (2019 - 2022)\nCharge Nurse, Methodist Riverside Medical Center';
    expect(redact(text)).toBe(text);
  });

  test('a congregation is still the writer’s faith', () => {
    expect(redact('I am a deacon at Riverside Methodist Church.')).toBe('I am a [RELIGION].');
  });

  test('a capitalised preposition is no surname: a charity’s name stays', () => {
    const text = 'I heard about Talent Across Borders from a friend.';
    expect(redact(text)).toBe(text);
  });
});

describe('data kept as PHP or Ruby, its keys before an arrow', () => {
  test('a date of birth and profiles in quotes after "=>"', () => {
    expect(redact('$me = array(\n    DOB      =>  "3 March 1981",\n    Facebook =>  "kofi.mensah81",\n    LinkedIn =>  "kmensah",\n    Flickr   =>  "kofipics",\n);')).toBe(
      '$me = array(\n    DOB      =>  "[DATE OF BIRTH]",\n    Facebook =>  "[URL]",\n    LinkedIn =>  "[URL]",\n    Flickr   =>  "[URL]",\n);',
    );
  });

  test('a start year after its arrow stays', () => {
    const text = '    StartDate   =>  "2011",';
    expect(redact(text)).toBe(text);
  });
});

describe('an address spelt in character references', () => {
  test('every character a reference', () => {
    expect(redact('Email: &#116;&#111;&#109;&#064;&#101;&#120;&#097;&#109;&#112;&#108;&#101;&#046;&#111;&#114;&#103;')).toBe('Email: [EMAIL]');
  });

  test('hexadecimal references among plain letters', () => {
    expect(redact('write to &#x6b;&#x65;m@example.net today')).toBe('write to [EMAIL] today');
  });

  test('a copyright sign’s reference stays', () => {
    const text = 'Site &#169; 2024 North Trust. Contact us by phone.';
    expect(redact(text)).toBe(text);
  });
});

describe('a list of given names, two of them known', () => {
  test('the others in the list are people too, the one after "and" as well', () => {
    expect(redact('This week Fatima, Oluwadamilare, Tariq and Zeynep start on the ward.')).toBe('This week [NAME 1], [NAME 2], [NAME 3] and [NAME 4] start on the ward.');
  });

  test('a name met in full elsewhere counts as found', () => {
    expect(redact('Graduate stories.\n\nYusuf Demir qualified this year.\n\nBekele, Tariq and Yusuf (left to right) joined.')).toBe(
      'Graduate stories.\n\n[NAME 1] qualified this year.\n\n[NAME 2], [NAME 3] and [NAME 1] (left to right) joined.',
    );
  });

  test('a list of towns stays', () => {
    const text = 'We covered Leeds, Bradford, Halifax and York.';
    expect(redact(text)).toBe(text);
  });
});

describe('ages after names, in brackets or past a caption’s aside', () => {
  test.each([
    ['Staff news.\n\nTariq (41) and Fatima (29), both nurses, joined.', 'Staff news.\n\n[NAME 1] ([AGE]) and [NAME 2] ([AGE]), both nurses, joined.'],
    ['Our staff news this week is below.\n\nTariq Aziz (pictured left), 47, a nurse.', 'Our staff news this week is below.\n\n[CANDIDATE] (pictured left), [AGE], a nurse.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a year or a band in brackets after a name stays', () => {
    expect(redact('Our staff news this week is below.\n\nWe thank all.\nDr Tariq Aziz (2019) and Fatima Noor (Band 6) led.')).toBe(
      'Our staff news this week is below.\n\nWe thank all.\nDr [CANDIDATE] (2019) and [NAME 1] (Band 6) led.',
    );
  });
});

describe('names a transcript, a greeting or a title gives', () => {
  test('a second "My name is" with one name', () => {
    expect(redact('My name is Gwen Parry and I own the practice. My name is Tamsin, I’m the trainee.')).toBe(
      'My name is [CANDIDATE] and I own the practice. My name is [NAME 1], I’m the trainee.',
    );
  });

  test('a greeted given name, a word-like one too', () => {
    expect(redact('A chat with our nurse.\n\nHi Joy, thanks for joining us! Joy is a nurse.')).toBe('A chat with our nurse.\n\nHi [NAME 1], thanks for joining us! [NAME 1] is a nurse.');
  });

  test('"Dear Hiring Manager" stays', () => {
    const text = 'Dear Hiring Manager,\nI am applying for the post.';
    expect(redact(text)).toBe(text);
  });

  test('a given name the data lacks before a surname a title gave', () => {
    expect(redact('Our surgeons this year are listed here.\n\nDr Qaddour leads the list.\nAnwaar Qaddour joined in 2020.')).toBe(
      'Our surgeons this year are listed here.\n\nDr [NAME 1] leads the list.\n[NAME 1] joined in 2020.',
    );
  });
});

describe('where someone lives, said in a story', () => {
  test.each([
    ['Our stories.\n\nAs told. Dr Haddad, 41, is now living in Dundee.', 'Our stories.\n\nAs told. Dr [NAME 1], [AGE], is now living in [ADDRESS].'],
    ['He was living in Wolverhampton and working nights.', 'They were living in [ADDRESS] and working nights.'],
    ['She settled into her new home in Rotherham quickly.', 'They settled into their new home in [ADDRESS] quickly.'],
    ['Our stories.\n\nAs told. Dr Okafor, from Swindon, said the course helped.', 'Our stories.\n\nAs told. Dr [NAME 1], from [ADDRESS], said the course helped.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each(['People living in Leeds face long waits.', 'The nurses, from Theatres, said thank you.', 'the team, from Leeds, said thanks.'])('someone else’s or a department stays: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('origin and status told of a person', () => {
  test.each([
    ['Nadia, a pharmacist from Syria, spoke first.', '[NAME 1], a pharmacist from [PLACE OF ORIGIN], spoke first.'],
    ['She was detained in her native Eritrea.', 'They were detained in their native [PLACE OF ORIGIN].'],
    ['Rami is a Syrian refugee who trained as a nurse.', '[NAME 1] is a [NATIONALITY] [IMMIGRATION STATUS] who trained as a nurse.'],
    ['This 29-year-old Sudanese doctor passed PLAB.', 'This [AGE] [NATIONALITY] doctor passed PLAB.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    ['Nadia, a pharmacist from Leeds, spoke first.', 'from Leeds,'],
    ['I supported Syrian refugees at the drop-in.', 'Syrian refugees'],
    ['I cared for a 74-year-old Polish man admitted with sepsis.', 'Polish man'],
  ])('a town at home, clients and a patient stay: %s', (text, kept) => {
    expect(redact(text)).toContain(kept);
  });
});

describe('the writer’s age and family in other words', () => {
  test('an age opening its sentence before the writer', () => {
    expect(redact('At the age of 17 I joined the cadets.')).toBe('At the age of [AGE] I joined the cadets.');
  });

  test('a patient’s age opening its sentence stays', () => {
    const text = 'At the age of 80 patients need more time.';
    expect(redact(text)).toBe(text);
  });

  test('a grandchild', () => {
    expect(redact('I moved to part-time to help with my grandchild.')).toBe('I moved to part-time to help with [FAMILY].');
  });
});
