import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 45 (helper anonymiser-92): ordinary words wrongly removed in the tuned CVs, won back by family, and the candidate's
// shortened footer handle. Each case in fresh words.

describe('a piece of a hyphenated surname before a possessive and a place', { timeout: 30_000 }, () => {
  test('is the place’s first word, and the surname still goes', () => {
    expect(redact('MARTHA KING-OYELARAN\nPharmacist\n\nDispensary lead at Queen Elizabeth Hospital, King’s Norton (2019 – 2024).\nContact King-Oyelaran on request.')).toBe(
      '[CANDIDATE]\nPharmacist\n\nDispensary lead at Queen Elizabeth Hospital, King’s Norton (2019 – 2024).\nContact [CANDIDATE] on request.',
    );
  });

  test('before the possessive of the other piece, it is still the person', () => {
    expect(redact('MARTHA KING-OYELARAN\nPharmacist\n\nAsk Oyelaran’s line manager for a reference.')).toBe('[CANDIDATE]\nPharmacist\n\nAsk [CANDIDATE]’s line manager for a reference.');
  });
});

describe('a service word after a surname that is also a town', () => {
  test('"Adult" makes an adult education centre, not a person', () => {
    expect(redact('PRIYA NAIR\nAdministrator\n\nLevel 2 Maths, Kendal Adult Learning Centre, 2018\nAdministrator – Fellside Surgery, Kendal')).toBe(
      '[CANDIDATE]\nAdministrator\n\nLevel 2 Maths, Kendal Adult Learning Centre, 2018\nAdministrator – Fellside Surgery, Kendal',
    );
  });
});

describe('the Red Cross named in Spanish or Portuguese', () => {
  test('is an employer, kept by default, not a person named Cruz', () => {
    expect(redact('TOMÁS RIVERA\nParamedic\n\nEmergency technician – Cruz Roja Mexicana, Puebla (2010 – 2015)\nVolunteer driver – Cruz Vermelha, Porto')).toBe(
      '[CANDIDATE]\nParamedic\n\nEmergency technician – Cruz Roja Mexicana, Puebla (2010 – 2015)\nVolunteer driver – Cruz Vermelha, Porto',
    );
  });
});

describe('"my ex" before a noun in -ss', () => {
  test('is a former boss, not a former partner', () => {
    expect(redact('My ex boss at the hospice can confirm my dates.')).toBe('My ex boss at the hospice can confirm my dates.');
  });

  test('an ex who acts is still the writer’s former partner', () => {
    expect(redact('My ex collects the children on Fridays.')).toBe('[MARITAL STATUS].');
  });
});

describe('the reason after a condition', () => {
  test('"which is why…" is about the work and stays', () => {
    expect(redact('I have mild asthma, which is why I prefer day shifts on the surgical unit.')).toBe('I have [HEALTH], which is why I prefer day shifts on the surgical unit.');
    expect(redact('I have coeliac disease, which is partly why I chose dietetics.')).toBe('I have [HEALTH], which is partly why I chose dietetics.');
  });

  test('"which is well controlled" still describes the condition', () => {
    expect(redact('I have mild asthma, which is well controlled.')).toBe('I have [HEALTH].');
  });
});

describe('a footer handle of a given name and the surname’s initial', () => {
  test('goes with the name, accents and all', () => {
    expect(redact('DAIVA ŽEMAITYTĖ\nMidwife\n\nSupervised births in the midwife-led unit.\n\ndaiva.ž – CV – page 1')).toBe(
      '[CANDIDATE]\nMidwife\n\nSupervised births in the midwife-led unit.\n\n[CANDIDATE] – CV – page 1',
    );
  });

  test('an initial that is none of the name’s stays', () => {
    expect(redact('DAIVA ŽEMAITYTĖ\nMidwife\n\nnotes.x – CV – page 1')).toBe('[CANDIDATE]\nMidwife\n\nnotes.x – CV – page 1');
  });
});

describe('a place after the decade of birth', () => {
  test('goes, as it does after a date', () => {
    expect(redact('I was born in the late 1970s in Kumasi and trained in Accra.')).toBe('I was born in the late [YEAR] in [PLACE OF ORIGIN] and trained in Accra.');
  });
});

describe('peoples and festivals', () => {
  test('a prefix of descent joins the people’s word', () => {
    expect(redact('I am Afro-Colombian, and I trained as a nurse in 2012.')).toBe('I am [ETHNICITY], and I trained as a nurse in 2012.');
  });

  test('a prefix of descent is no people before a word that is none', () => {
    expect(redact('We read Anglo-Saxon charters at school.')).toBe('We read Anglo-Saxon charters at school.');
  });

  test('festivals of a faith or a people tell it', () => {
    expect(redact('Every October we celebrate Dashain with my cousins.')).toBe('Every October we [RELIGION] with my cousins.');
  });
});
