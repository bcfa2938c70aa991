import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 49 (helper anonymiser-106): what the unseen CV writer's set f49 showed. Each mend is a general reading, checked on
// fresh lines in our own words (another name, tradition, layout), each with a near case that must stay.

describe('a registration number cut short straight after the HCPC’s letters', () => {
  test('a profession’s prefix and three digits or more go, a scan’s letter among them too', () => {
    expect(redact('Dietitian - HCPC DT 2l6 (full number below)')).toBe('Dietitian - HCPC [REGISTRATION NUMBER] (full number below)');
  });

  test('a standard’s letters and a year after the HCPC stay', () => {
    expect(redact('I mapped the module to the HCPC SET 4 standards in 2019.')).toBe('I mapped the module to the HCPC SET 4 standards in 2019.');
  });
});

describe('the name in a Markdown heading with closing marks', () => {
  test('"# Name #" is the writer’s name', () => {
    expect(redact('# Oyelaran Tolulope Esther #\n## Band 5 Staff Nurse ##\nTolulope has led the ward’s falls audit.')).toBe(
      '# [CANDIDATE] #\n## Band 5 Staff Nurse ##\n[CANDIDATE] has led the ward’s falls audit.',
    );
  });

  test('a section’s heading so marked stays', () => {
    expect(redact('## Clinical Skills ##\nCannulation and venepuncture.')).toBe('## Clinical Skills ##\nCannulation and venepuncture.');
  });
});

describe('a scan’s small l for a capital I in a word of capitals', () => {
  test('the title is read as a title, and the name under it in capitals is the writer’s', () => {
    expect(redact('CURRlCULUM VlTAE\n\nMlNH ANH NGUYEN  BSc\nPharmacist in Leeds; Minh ran the anticoagulation clinic.')).toBe(
      'CURRlCULUM VlTAE\n\n[CANDIDATE]  BSc\nPharmacist in Leeds; [CANDIDATE] ran the anticoagulation clinic.',
    );
  });
});

describe('a name in spaced capitals with the name they go by in brackets', () => {
  test('"( S O L )" after the spaced name is theirs too', () => {
    expect(redact('M A R I S O L   R E Y E S   ( S O L )\nPhlebotomist | sol.reyes@example.com\n\nSol ran the clinic and solved the rota.')).toBe(
      '[CANDIDATE]   ( [CANDIDATE] )\nPhlebotomist | [EMAIL]\n\n[CANDIDATE] ran the clinic and solved the rota.',
    );
  });
});

describe('a data key "known_as"', () => {
  test('its value is the name the writer goes by; "known as" in a sentence names no one', () => {
    expect(redact('applicant:\n  full_name: "Oluwatoyin Adebisi Ogunleye"\n  known_as: Toyin\nnotes: Toyin ran the dispensary. The team is well known as a good one.')).toBe(
      'applicant:\n  full_name: "[CANDIDATE]"\n  known_as: [CANDIDATE]\nnotes: [CANDIDATE] ran the dispensary. The team is well known as a good one.',
    );
  });
});

describe('the same name as another paper gives it, after a slash', () => {
  test('the second form’s surname is theirs; a note in lower case in brackets is no name', () => {
    expect(redact('ELSA ANN VARGHESE (family name) / ELSA ANN MATHEW (passport)\nStaff Nurse\n\nMathew is on my passport. Please use the name on my passport for the DBS.')).toBe(
      '[CANDIDATE] (family name) / [CANDIDATE] (passport)\nStaff Nurse\n\n[CANDIDATE] is on my passport. Please use the name on my passport for the DBS.',
    );
  });
});

describe('a condition of the women, mothers or babies a midwife or nurse cares for', () => {
  test('is their care, not the writer’s health, and stays', () => {
    expect(redact('On the antenatal ward I cared for mothers with gestational diabetes and babies with jaundice.')).toBe(
      'On the antenatal ward I cared for mothers with gestational diabetes and babies with jaundice.',
    );
  });

  test('the writer’s own condition still goes, even a sentence after someone else’s', () => {
    expect(redact('I have sickle cell disease, which is well controlled.')).toBe('I have [HEALTH].');
    expect(redact('I run groups for mothers with birth trauma. After my own postnatal depression I trained in CBT.')).toBe(
      'I run groups for mothers with birth trauma. After my own [HEALTH] I trained in CBT.',
    );
  });
});
