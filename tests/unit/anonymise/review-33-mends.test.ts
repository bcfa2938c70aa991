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

describe('M8: a word quoted as a speaker or owning a story is no name where the text uses it as a place or a body', () => {
  test.each([
    'Ben Carter\nPharmacy Technician\nMy placement at Frimley\nFrimley said: "The best technician apprentice we have had."\n',
    'Ben Carter\nPorter\nHousekeeping said that my ward scored 98% in the audit. I led Housekeeping on two wards.\n',
    'Ben Carter\nAnalyst\nTableau said: the dashboard I built was shortlisted for an award.\n',
    "Ben Carter\nPorter\nWexham's Story\nI worked at Wexham Park Hospital for five years.\n",
    // Fresh: a department, a site and a hospital quoted or owning a story.
    'Ruth Obi\nDomestic Assistant\nEstates said: the ward was the cleanest on site. I joined Estates in 2020.\n',
    "Ruth Obi\nHealthcare Assistant\nGoodmayes' Story\nTwo years on the wards at Goodmayes Hospital.\n",
    'Ruth Obi\nReceptionist\nMy first post was in Marsden. Marsden said: "Reliable and calm."\n',
  ])('%j keeps the place', (text) => {
    const out = redact(text);
    expect(out.startsWith('[CANDIDATE]\n')).toBe(true);
    expect(out.slice(out.indexOf('\n'))).toBe(text.slice(text.indexOf('\n')));
  });

  test.each([
    ['Ben Carter\nPorter\nNgoza said: "Always on time." Ngoza Mwimba, Ward Manager\n', '[CANDIDATE]\nPorter\n[NAME 1] said: "Always on time." [NAME 1], Ward Manager\n'],
    ['Ben Carter\nPorter\nZanele said that she would take me back on any ward.\n', '[CANDIDATE]\nPorter\n[NAME 1] said that they would take me back on any ward.\n'],
    ['Ben Carter\nPorter\n"Always kind," said Tendai, who trained me.\n', '[CANDIDATE]\nPorter\n"Always kind," said [NAME 1], who trained me.\n'],
  ])('a person quoted still goes: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('M7: a post, a dash and a hospital is no name', () => {
  test.each([
    'Ben Carter\nWard Manager - Queen Elizabeth\n2019-2024\n',
    'Ben Carter\nHousekeeper - Kings Mill\n',
    'Ruth Obi\nHealthcare Assistant – Princess Royal\nNight shifts on the stroke unit.\n',
  ])('%j keeps the place', (text) => {
    expect(redact(text)).toBe(`[CANDIDATE]${text.slice(text.indexOf('\n'))}`);
  });

  test.each([
    ['Ben Carter\nCatering Manager - Grace Okafor\n', '[CANDIDATE]\nCatering Manager - [NAME 1]\n'],
    ['Ben Carter\nWard Clerk – Precious Dube\n', '[CANDIDATE]\nWard Clerk – [NAME 1]\n'],
  ])('a colleague after the dash still goes: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("M10: a town beside the contact details in a CV's first column is no wrapped surname", () => {
  test.each([
    [
      'JOHN SMITH\tPorter\nBEDFORD\t07700 900456\nExperience\nPorter, Bedford, 2019-2024 (acute trust).\nTraining lead for the Bedford and Luton portering teams.\n',
      '[CANDIDATE]\tPorter\nBEDFORD\t[PHONE]\nExperience\nPorter, Bedford, 2019-2024 (acute trust).\nTraining lead for the Bedford and Luton portering teams.\n',
    ],
    ['AMARA OBI\tStaff Nurse\nHALIFAX\tamara.obi@example.com\nNights at Halifax.\n', '[CANDIDATE]\tStaff Nurse\nHALIFAX\t[EMAIL]\nNights at Halifax.\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a wrapped surname the CV writes nowhere else still goes, beside a phone too', () => {
    expect(redact('RASA JONAITYTE\tStaff Nurse\nKAZLAUSKAS\t07700 900123\nDETAILS\tBand 5 nurse\n')).toBe('[CANDIDATE]\tStaff Nurse\n[CANDIDATE]\t[PHONE]\nDETAILS\tBand 5 nurse\n');
  });
});

describe("S8: working hours and a piece of work's count are no age at a start", () => {
  test.each([
    'I moved to part-time working at 22.5 hours to finish my degree.',
    'I joined the bank at 37.5 hours a week.',
    'I started the dispensary audit at 15, then rolled it out to all 40 sites.',
    'I began the falls pilot at 12 wards, then widened it.',
    'I moved to nights at 30,5 hours, as the rota was then written.',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });

  test.each([
    ['I came to Leeds at 19.', 'I came to Leeds at [AGE].'],
    ['I qualified as a nurse at 23, then moved.', 'I qualified as a nurse at [AGE], then moved.'],
    ['I started my nurse training at 18.', 'I started my nurse training at [AGE].'],
  ])('the age at a move or a start still goes: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("S10: children a caseload, a group or a clinic holds are no one's dependants", () => {
  test.each([
    'Held a caseload of eight children on child protection plans.',
    'Led health checks for a group of ten children with complex needs.',
    'Supported a clinic with seven children under general anaesthetic each Friday.',
    'Ran a class of six children for the asthma service.',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });

  test.each([
    ['I am a proud mother of seven children.', 'I am a proud [FAMILY].'],
    ['We have four children.', 'We have [FAMILY].'],
    ['A mum with two children, I work nights.', 'A mum with [FAMILY], I work nights.'],
  ])('the writer\'s own still go: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
