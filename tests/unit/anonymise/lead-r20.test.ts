import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 20 (lead, from what the unseen f20 set showed): fresh wordings, none from the corpus.
describe('the candidate\'s name as other forms write it', () => {
  test.each([
    // Turkish dotless i, and a name typed without its accents in lower case.
    ['ILKAY ŞAHİN\nPorter\n\nIlkay moved beds across the site.', '[CANDIDATE]\nPorter\n\n[CANDIDATE] moved beds across the site.'],
    ['ŁUCJA KRÓLIKOWSKA\nWard Clerk\n\nI file notes.\n\nlucja krolikowska · page 2', '[CANDIDATE]\nWard Clerk\n\nI file notes.\n\n[CANDIDATE] · page 2'],
    // A romanised given name without its hyphen.
    ['KIM Seo-yeon\nRadiographer\n\nSeoyeon ran the CT list.', '[CANDIDATE]\nRadiographer\n\n[CANDIDATE] ran the CT list.'],
    // A heading of six names and their particles, and a signature with another given name.
    ['MARIA JOSE DA CONCEICAO DOS REIS PEREIRA\nHealthcare Assistant\n\nI care for older patients.', '[CANDIDATE]\nHealthcare Assistant\n\nI care for older patients.'],
    ['Dr Aleksandr Ivanovich Sokolov\nRegistrar\n\nI lead the night team.\n\nKind regards,\nSasha Sokolov', 'Dr [CANDIDATE]\nRegistrar\n\nI lead the night team.\n\nKind regards,\n[CANDIDATE]'],
    ['Name: Ana Liza Reyes    Preferred name: Lili\nPost: Nurse\n\nLili has worked nights.', 'Name: [CANDIDATE]    Preferred name: [CANDIDATE]\nPost: Nurse\n\n[CANDIDATE] has worked nights.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test('kept: the specialty in an e-mail address, and a town after a dash in the heading', () => {
    expect(redact('Priya Shah\nPodiatrist\n\nshah.podiatry@example.com\n\nPodiatry is where I found my calling.')).toBe('[CANDIDATE]\nPodiatrist\n\n[EMAIL]\n\nPodiatry is where I found my calling.');
    expect(redact('Jane Whitfield - Kendal\nStaff Nurse\n\nI worked at Kendal General Hospital.')).toBe('[CANDIDATE] - Kendal\nStaff Nurse\n\nI worked at Kendal General Hospital.');
  });
  test('kept: a word before the surname mid-sentence names a place or a team, not the candidate', () => {
    expect(redact('Chidi Okafor\nNurse\n\nI joined Team Okafor on the ward.')).toBe('[CANDIDATE]\nNurse\n\nI joined Team Okafor on the ward.');
  });
});

describe('dates of birth and numbers in other layouts', () => {
  test.each([
    // The place before a date of birth is the place of birth (anonymiser-87, round 43).
    ['Ganwyd / Born: Aberystwyth, 4 Hydref 1991', 'Ganwyd / Born: [PLACE OF ORIGIN], [DATE OF BIRTH]'],
    ['Date of birth .... 1990 - 07 - 12', 'Date of birth .... [DATE OF BIRTH]'],
    ['Registration Council for Clinical Physiologists (RCCP): 3318-CP-4402', 'Registration Council for Clinical Physiologists (RCCP): [REGISTRATION NUMBER]'],
    ['GOC registration: 01-48213 (optometrist)', 'GOC registration: [REGISTRATION NUMBER] (optometrist)'],
    ['512093 – Health and Care Professions Council', '[REGISTRATION NUMBER] – Health and Care Professions Council'],
    ['Driving licence MORGA753116SM9IJ (full, clean)', 'Driving licence [ID NUMBER] (full, clean)'],
    ['SIA licence: 2201 9934 5567 1180', 'SIA licence: [ID NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'NMC registration: 15/06/2018 (first registered)',
    'GDC: 2400 patients a year on my list',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
