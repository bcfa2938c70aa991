import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 36 (helper anonymiser-66): readings from 40 real, public statements, staff stories and CVs (refugee doctors from
// Nigeria, Afghanistan, Yemen, Sudan and Syria; a Malaysian doctor and nurses; midwifery statements; paramedics; a learning
// disability student nurse; social workers and a returner; a ward clerk; nursing associate apprentices; porters, housekeepers and
// an estates coordinator; Windrush nurses and their families; Polish, Greek and Filipino nurses; a pharmacist's CV kept as a
// TypeScript object). Fresh lines in our own words, none from those documents, each with what must stay.

describe('ages the writer gives in passing', () => {
  test('a child’s age told whole, in figures or words', () => {
    expect(redact('I was eight years old when I first visited a ward.')).toBe('I was [AGE] when I first visited a ward.');
    expect(redact('I was 11 years old and already wanted to nurse.')).toBe('I was [AGE] and already wanted to nurse.');
  });

  test('the last age before an event, and one half remembered', () => {
    expect(redact('I did not drive until I was 34, so I cycled to every shift.')).toBe('I did not drive until I was [AGE], so I cycled to every shift.');
    expect(redact('I must have been 19 when I first worked nights.')).toBe('I must have been [AGE] when I first worked nights.');
  });

  test('"until I was" before hours and a unit stays', () => {
    const text = 'I stayed on the ward until I was 12 hours into the shift.';
    expect(redact(text)).toBe(text);
  });

  test('an age told loosely opening the sentence, with the writer after it', () => {
    expect(redact('At almost 50, I went back to university.')).toBe('At almost [AGE], I went back to university.');
    expect(redact('At nearly 45, being a student again was hard.')).toBe('At nearly [AGE], being a student again was hard.');
  });

  test('"At nearly" before a count of the ward stays', () => {
    const text = 'At nearly 30, the ward is over its usual number.';
    expect(redact(text)).toBe(text);
  });

  test('"from the age of" for the writer, not a service’s lower limit', () => {
    expect(redact('I knew from the age of 12 that I wanted to be a midwife.')).toBe('I knew from the age of [AGE] that I wanted to be a midwife.');
    const text = 'The clinic accepts referrals from the age of 11 upwards.';
    expect(redact(text)).toBe(text);
  });
});

describe('where from and how the writer came', () => {
  test('a town and its country with the article', () => {
    expect(redact('I was born in Davao in the Philippines and trained in Cebu.')).toBe('I was born in [PLACE OF ORIGIN] and trained in Cebu.');
  });

  test('a town and the region of its country after "in the" stay as they were', () => {
    expect(redact('I was born in Hull in the East Riding.')).not.toContain('Hull');
    expect(redact('I was born in Leeds in the UK.')).toBe('I was born in [PLACE OF ORIGIN] in the UK.');
  });

  test('an island, a state or a city named by its kind after a region', () => {
    expect(redact('My father came from the Caribbean island of Montserrat.')).toContain('[PLACE OF ORIGIN].');
    expect(redact('My father came from the Caribbean island of Montserrat.')).not.toContain('Montserrat');
  });

  test('coming over from a town goes on to its country', () => {
    expect(redact('I came over from Cebu in the Philippines in 1999 to nurse.')).toBe('I [IMMIGRATION STATUS] to nurse.');
  });

  test('the right to remain, granted or held', () => {
    expect(redact('It took eight months before I was granted the right to remain.')).toBe('It took eight months before [IMMIGRATION STATUS].');
  });

  test('living in the country legally or not', () => {
    expect(redact('She was told she was in the country illegally.')).not.toContain('illegally');
    const text = 'We supported families new to the country.';
    expect(redact(text)).toBe(text);
  });

  test('a patient’s right to remain silent stays', () => {
    const text = 'I explained that the patient had the right to remain silent.';
    expect(redact(text)).toBe(text);
  });
});

describe('nationality told of someone in a story', () => {
  test('"She is …" and an age set off before "is"', () => {
    expect(redact('She is Latvian.')).toBe('They are [NATIONALITY].');
    expect(redact('Marta Zalite, 29, is Latvian and works nights.')).toBe('[CANDIDATE], [AGE], is [NATIONALITY] and works nights.');
  });

  test('a thing that is of a country stays', () => {
    const text = 'The recipe is Latvian and easy.';
    expect(redact(text)).toBe(text);
  });
});

describe('names that no list knows, found by what is said around them', () => {
  test('a role of the writer’s, one name and a verb', () => {
    expect(redact('Our course tutor Zainab arranged the mock exams.')).toBe('Our course tutor [NAME 1] arranged the mock exams.');
    expect(redact('My ward manager Olumide supported my study leave.')).toBe('My ward manager [NAME 1] supported my study leave.');
  });

  test('a role and a day of the week or a known word stay', () => {
    for (const text of ['Our practice manager Monday meetings run late.', 'Our team leader Tuesday rota is fixed.']) {
      expect(redact(text)).toBe(text);
    }
  });

  test('a close friend named, then a clause about them', () => {
    expect(redact('My best friend Tiwa, whose baby was born early, got me interested.')).toBe('My best friend [NAME 1], whose baby was born early, got me interested.');
  });

  test('two names no list knows with an age set off after them', () => {
    expect(redact('The award went to Ifeoma Nwachi, 41, ward sister on Ward 7.')).toBe('The award went to [NAME 1], [AGE], ward sister on Ward 7.');
  });

  test('two places with a count set off after them stay', () => {
    const text = 'Milton Keynes, 24, and Bedford, 18, took the most students.';
    expect(redact(text)).toBe(text);
  });

  test('a person thanked by a name part, with a pronoun after', () => {
    expect(redact('Many thanks to Dunja who shared her reflective log. Dunja qualified in May.')).toBe('Many thanks to [NAME 1] who shared their reflective log. [NAME 1] qualified in May.');
  });

  test('a charity thanked stays', () => {
    const text = 'Thanks to Macmillan who funded the post for two years.';
    expect(redact(text)).toBe(text);
  });

  test('one name set off as one of the team', () => {
    expect(redact('This month Zuleikha, one of our healthcare support workers, tells her story.')).toBe('This month [NAME 1], one of our healthcare support workers, tells their story.');
  });

  test('a place set off as one of ours stays', () => {
    const text = 'Leeds, one of our training sites, opened in May.';
    expect(redact(text)).toBe(text);
  });

  test('a photographer credited', () => {
    expect(redact('Image copyright Tomasz Wilk')).toBe('Image copyright [NAME 1]');
    expect(redact('Here, photographer Tomasz Wilk follows her shift.')).toBe('Here, photographer [NAME 1] follows their shift.');
  });

  test('a picture agency credited stays', () => {
    const text = 'Image copyright Wales News Service';
    expect(redact(text)).toBe(text);
  });
});
