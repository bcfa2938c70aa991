import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 30 (helper anonymiser-48): readings from 40 real, public CVs, profile cards, e-mail signatures and staff stories
// told in the third person. Fresh lines in our own words, none from those documents, each with what must stay beside it.

describe('a name’s label after an emoji or a symbol, as a designed CV or a profile card sets it', () => {
  test.each([
    ['📛 Name: Ngozi Okwuosa\n\nNgozi leads the leg ulcer clinic.', '📛 Name: [CANDIDATE]\n\n[CANDIDATE] leads the leg ulcer clinic.'],
    ['✦ Full name: Tomasz Wiśniewski\n✦ Role: Healthcare Assistant', '✦ Full name: [CANDIDATE]\n✦ Role: Healthcare Assistant'],
    ['🧑‍⚕️ Name: Farida Begum\nBand 5 Staff Nurse', '🧑‍⚕️ Name: [CANDIDATE]\nBand 5 Staff Nurse'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each(['🎯 Objective: Caring for older people on a busy ward', '⭐ Skills: venepuncture, ECGs, cannulation'])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('the name someone goes by in a bracket after their name, unquoted: "(often called …)", "(aka …)"', () => {
  test.each([
    [
      'Oluwaseun Adebayo-Cole\nStaff Nurse\n\nOluwaseun Adebayo-Cole (usually called Seun) runs the day unit. Seun also mentors students.',
      '[CANDIDATE]\nStaff Nurse\n\n[CANDIDATE] (usually called [CANDIDATE]) runs the day unit. [CANDIDATE] also mentors students.',
    ],
    ['Babajide Okonkwo\nPorter\n\nBabajide Okonkwo (aka Jide) moves patients safely. Jide drives the buggy.', '[CANDIDATE]\nPorter\n\n[CANDIDATE] (aka [CANDIDATE]) moves patients safely. [CANDIDATE] drives the buggy.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a bracket after a unit’s name, or one not naming anybody, stays', () => {
    expect(redact('Kateryna Bondar\nNurse\n\nI ran the day unit (often called Sunflower) and was often called upon to cover nights.')).toBe(
      '[CANDIDATE]\nNurse\n\nI ran the day unit (often called Sunflower) and was often called upon to cover nights.',
    );
  });
});

describe('Villa, Croft and Lodge as surnames after a given name', () => {
  test.each([
    ['Ana Reyes\n\nI trained with Maria Villa on the renal unit.', '[CANDIDATE]\n\nI trained with [NAME 1] on the renal unit.'],
    ['Ana Reyes\n\nMy supervisor, Helen Croft, signed off my competencies.', '[CANDIDATE]\n\nMy supervisor, [NAME 1], signed off my competencies.'],
    ['Ana Reyes\n\nI shadowed David Lodge in theatres.', '[CANDIDATE]\n\nI shadowed [NAME 1] in theatres.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a care home named for a house stays', () => {
    expect(redact('Ana Reyes\n\nI worked nights at Rose Villa Care Home and Oak Lodge Nursing Home.')).toBe(
      '[CANDIDATE]\n\nI worked nights at Rose Villa Care Home and Oak Lodge Nursing Home.',
    );
  });
});

describe('a person named in full, later by the possessive of their given name after a word opening the sentence', () => {
  test.each([
    [
      'Priya Nair\nPractice Nurse\n\nMy mentor was Dorcas Agyeman. Read Dorcas’s feedback in my portfolio.',
      '[CANDIDATE]\nPractice Nurse\n\nMy mentor was [NAME 1]. Read [NAME 1]’s feedback in my portfolio.',
    ],
    ['Priya Nair\n\nI worked with Kwame Boateng. Ask Kwame’s team about the audit.', '[CANDIDATE]\n\nI worked with [NAME 1]. Ask [NAME 1]’s team about the audit.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // No person of that name: a place's second word with its possessive stays.
    ['Priya Nair\n\nI moved to Scotland. Wester Ross’s clinics are remote.', '[CANDIDATE]\n\nI moved to Scotland. Wester Ross’s clinics are remote.'],
    // A place word opens it, though a person's name holds the word after.
    [
      'Priya Nair\n\nI trained in Swansea with Gareth Talbot-Jones. Port Talbot’s clinic was busy.',
      '[CANDIDATE]\n\nI trained in Swansea with [NAME 1]. Port Talbot’s clinic was busy.',
    ],
  ])('%j keeps the place', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a blood group under the label "Blood" alone, as a profile card gives it', () => {
  test.each([
    ['Kamal Hossain\n\n• Blood: B+\n• Gender: Male', 'Kamal Hossain\n\n• Blood: [HEALTH]\n• Gender: [GENDER]'],
    ['Blood: AB negative', 'Blood: [HEALTH]'],
  ])('%j', (text, expected) => {
    expect(redact(text).replace('[CANDIDATE]', 'Kamal Hossain')).toBe(expected);
  });

  test.each(['Phlebotomy skills\nBlood: samples from babies, children and adults', 'Bloods: venepuncture and capillary sampling'])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a given name that is also a word, in capitals in running text, before a surname the name data holds', () => {
  test.each([
    ['Kemi Bello\n\nOn nights I worked with BLESSING ADEYEMI on the stroke unit.', '[CANDIDATE]\n\nOn nights I worked with [NAME 1] on the stroke unit.'],
    ['Kemi Bello\n\nMy preceptor was GRACE OKAFOR, a band 6 nurse.', '[CANDIDATE]\n\nMy preceptor was [NAME 1], a band 6 nurse.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'Kemi Bello\n\nThe ROBIN HOOD award went to the ward.',
    'Kemi Bello\n\nA GRACE PERIOD of a month applies to new starters.',
    'Kemi Bello\n\nI won the FAITH AWARD for volunteering.',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text.replace('Kemi Bello', '[CANDIDATE]'));
  });
});

describe('"name is" before a full name names a person, wherever it stands', () => {
  test('a second person introducing themself on a page of stories', () => {
    expect(redact('Our new starters\n\nMy name is Chiamaka Eze, and I joined in May.\nMy name is Tadiwa Mlambo I started in June on the same ward.')).toBe(
      'Our new starters\n\nMy name is [CANDIDATE], and I joined in May.\nMy name is [NAME 1] I started in June on the same ward.',
    );
  });

  test('a mentor named in a sentence of the writer’s', () => {
    expect(redact('Hannah Price\n\nMy mentor’s name is Oksana Melnyk and she taught me cannulation.')).toBe('[CANDIDATE]\n\nMy mentor’s name is [NAME 1] and they taught me cannulation.');
  });

  test.each(['Sam Reid\n\nThe unit’s name is Rowan Ward since the move.', 'Sam Reid\n\nThe project’s name is Better Breathing Together.'])('%j keeps the thing named', (text) => {
    expect(redact(text)).toBe(text.replace('Sam Reid', '[CANDIDATE]'));
  });
});

test('Carolyn, a common given name the lists lacked, alone in a story told of her', () => {
  expect(redact('Team profiles\n\nCarolyn joined the neonatal unit in 2004 as a staff nurse. Carolyn now leads the transitional care beds.')).toBe(
    'Team profiles\n\n[NAME 1] joined the neonatal unit in 2004 as a staff nurse. [NAME 1] now leads the transitional care beds.',
  );
});

describe('a parent of so many children written with hyphens, as a byline or a profile writes it', () => {
  test.each([
    ['Amara Nwosu\n\nA mother-of-four, I returned to nursing in 2021.', '[CANDIDATE]\n\nA [FAMILY], I returned to nursing in 2021.'],
    ['Amara Nwosu\n\nBusy mum-of-two and ward sister.', '[CANDIDATE]\n\nBusy [FAMILY] and ward sister.'],
    ['Amara Nwosu\n\nProud dad-to-three who loves the night shift.', '[CANDIDATE]\n\nProud [FAMILY] who loves the night shift.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each(['Amara Nwosu\n\nThe uniform has mother-of-pearl buttons.', 'Amara Nwosu\n\nI am a mother-tongue Igbo speaker.'])('%j stays', (text) => {
    expect(redact(text)).toBe(text.replace('Amara Nwosu', '[CANDIDATE]'));
  });
});
