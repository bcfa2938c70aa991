import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 33's independent review (mend-33b): each finding mended by a general reading, with the review's probe and fresh
// near cases in our own words, none from any corpus.

describe('M12: a name ending in "ng\'" keys the same with or without its apostrophe', () => {
  test.each([
    ["Otieno Ochieng'\nStaff Nurse\n", '[CANDIDATE]\nStaff Nurse\n'],
    ["Achieng' Odhiambo\nMidwife\nAchieng' led the team.\n", '[CANDIDATE]\nMidwife\n[CANDIDATE] led the team.\n'],
    ["Wanjiru Kibet\nHealth Visitor\nReferee: Mr Onyango Ading', Team Leader\nAding' knows my work.\n", '[CANDIDATE]\nHealth Visitor\nReferee: [NAME 1], Team Leader\n[NAME 1] knows my work.\n'],
    ["Akinyi Opiyo\nPharmacist\nI am Akinyi, and Opiyo is my family name. Akinyi's audit won.\n", '[CANDIDATE]\nPharmacist\nI am [CANDIDATE], and [CANDIDATE] is my family name. [CANDIDATE]\'s audit won.\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('the f33 case still goes in full, and a quoted word and a possessive stay', () => {
    expect(redact("Amina Okafor\nReferees\n2. Dr Achieng' Auma Odhiambo, Consultant Physician, Kisumu\n")).toBe('[CANDIDATE]\nReferees\n2. Dr [NAME 1], Consultant Physician, Kisumu\n');
    const text = "Our motto was 'keep going' and the Jones' garden won.\n";
    expect(redact(text)).toBe(text);
  });
});
