import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 22 (helper anonymiser-32): readings from an audit of 25 real, public personal statements,
// cover letters, CVs and staff profiles from sources not used before (statement sample sites, academic
// CV pages printed two-column, a résumé template generator, clinic and pharmacy pages). Fresh lines in
// our own words, none from those texts, each with what must stay beside it.

describe('a phone in groups joined by a spaced hyphen or dash', () => {
  test.each([
    ['Lorna Baptiste\n0917 - 555 - 0142\nlorna@example.com', '[CANDIDATE]\n[PHONE]\n[EMAIL]'],
    ['Text me on 07700 - 900481 after six.', 'Text me on [PHONE] after six.'],
    ['Desk: 0161 – 496 – 0733', 'Desk: [PHONE]'],
    ['+63 - 918 - 555 - 0190 (WhatsApp)', '[PHONE] (WhatsApp)'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('spans of years and of months stay', () => {
    expect(redact('Healthcare Assistant, 2011 - 2015 - 2019\n03/2016 - 11/2019 Staff Nurse')).toBe(
      'Healthcare Assistant, 2011 - 2015 - 2019\n03/2016 - 11/2019 Staff Nurse',
    );
  });
});

describe('a street named by initials, and a block code after the house number', () => {
  test.each([
    ['Noel Arceo\n21 F.B. Harrison Street, Pasay 1300\nnoel@example.com', '[CANDIDATE]\n[ADDRESS]\n[EMAIL]'],
    ['Deepa Iyer\n7 M. G. Road, Thrissur\ndeepa@example.com', '[CANDIDATE]\n[ADDRESS]\n[EMAIL]'],
    ['Noel Arceo\n118 KB, Mabini Street, Lucena 4301', '[CANDIDATE]\n[ADDRESS]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('initials that are no street stay: a ward and a qualification', () => {
    expect(redact('I led 4 A.M. handovers on Ward 7.\nB.Sc. Nursing, 2014')).toBe('I led 4 A.M. handovers on Ward 7.\nB.Sc. Nursing, 2014');
  });
});

describe('a document title with its course or post before it names the writer after it', () => {
  test.each([
    ['Dental Therapy Personal Statement of Roya Karimi\n\nI have assisted in clinics.', 'Dental Therapy Personal Statement of [CANDIDATE]\n\nI have assisted in clinics.'],
    ['Band 3 HCA Supporting Statement – Oluwaseun Adebayo\n\nI work nights.', 'Band 3 HCA Supporting Statement – [CANDIDATE]\n\nI work nights.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a post after "for" is no name', () => {
    expect(redact('Personal Statement for Rotational Physiotherapist\n\nI enjoy rehab.')).toBe(
      'Personal Statement for Rotational Physiotherapist\n\nI enjoy rehab.',
    );
  });
});

describe('"Personal Informations" as a label beside the name', () => {
  test('the name in the next column of a two-column print', () => {
    expect(redact('Personal Informations        Hany Soliman\nDate of birth: 02/03/1990   Profile\nAlexandria                   I am a pharmacist.')).toBe(
      'Personal Informations        [CANDIDATE]\nDate of birth: [DATE OF BIRTH]   Profile\nAlexandria                   I am a pharmacist.',
    );
  });
});

describe('migration, residence and deportation in a statement', () => {
  test.each([
    ['When I was nine, my parents decided to emigrate to Australia.', 'When I was [AGE], [FAMILY] [IMMIGRATION STATUS].'],
    ['Later I chose to migrate to the U.S. in 2001.', 'Later I chose to [IMMIGRATION STATUS].'],
    ['We immigrated to Toronto in 2004 and I finished school there.', 'We [IMMIGRATION STATUS] and I finished school there.'],
    ['In 2016 I became a permanent resident of Canada.', 'In 2016 [IMMIGRATION STATUS].'],
    ['I was brought here as an undocumented migrant at the age of two.', '[IMMIGRATION STATUS] [AGE].'],
    ['The early years of our immigration taught me to budget carefully.', 'The early years of [IMMIGRATION STATUS] taught me to budget carefully.'],
    ['I was fifteen when my brother was deported, and I left school.', 'I was fifteen when [FAMILY] [IMMIGRATION STATUS], and I left school.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("other people's status and the team's work stay", () => {
    expect(
      redact('I signpost undocumented migrants to our drop-in. I support patients facing deportation. Our immigration team runs the checks. Birds migrate to Africa.'),
    ).toBe('I signpost undocumented migrants to our drop-in. I support patients facing deportation. Our immigration team runs the checks. Birds migrate to Africa.');
  });
});

describe('a word of affection between "my" and a relative', () => {
  test.each([
    ['I could not have done it without my devoted wife.', 'I could not have done it without [MARITAL STATUS].'],
    ['I owe it to my beloved grandmother.', 'I owe it to [FAMILY].'],
    ['Nothing matters more than my babies.', 'Nothing matters more than [FAMILY].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('colleagues and patients described warmly stay', () => {
    expect(redact('My supportive colleagues and my dear patients made the ward. I nursed babies on the neonatal unit.')).toBe(
      'My supportive colleagues and my dear patients made the ward. I nursed babies on the neonatal unit.',
    );
  });
});

describe('the writer as a girl or boy, or "only" a young man or woman', () => {
  test.each([
    ['I was a little girl when I first visited a hospital.', 'I was a little [GENDER] when I first visited a hospital.'],
    ['As a boy I helped on a farm.', 'As a [GENDER] I helped on a farm.'],
    ['Though I was only a young woman, I ran the night shift.', 'Though I was only a young [GENDER], I ran the night shift.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('girls and boys the writer worked with stay', () => {
    expect(redact('I ran a group for teenage girls and coached a boys’ football team.')).toBe(
      'I ran a group for teenage girls and coached a boys’ football team.',
    );
  });
});

describe('"my native" before a place', () => {
  test.each([
    ['After I left my native Eritrea, I trained in Leeds.', 'After I left my native [PLACE OF ORIGIN], I trained in Leeds.'],
    ['We return to our native Goa each winter.', 'We return to our native [PLACE OF ORIGIN] each winter.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a language or an everyday word after "native" stays', () => {
    expect(redact('I teach in my native English and Welsh. My native Wards project won an award.')).toBe(
      'I teach in my native English and Welsh. My native Wards project won an award.',
    );
  });
});
