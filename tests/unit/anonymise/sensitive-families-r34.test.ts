import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';
import { REDACTION_LABELS } from '../../../lib/anonymise/redaction-type';

const redact = (text: string) => anonymise(text).text;

// Round 34 (helper anonymiser-59): families the tuned CVs still let through once the f33-* CVs joined them, read by
// general rules. Fresh lines in our own words, none from the corpus, each with a near case where what a panel needs stays.

describe('a criminal record the writer declares ([CRIMINAL RECORD])', () => {
  test.each([
    // A record opening its line, with its details in brackets and its status after a comma.
    ['Disclosure\nOne spent police caution (2011, criminal damage), declared on request.', 'Disclosure\n[CRIMINAL RECORD].'],
    // The writer's verb, the offence after "for", its points in brackets, its status after a spaced dash.
    ['I hold a conviction from 2019 for speeding (3 points) – now spent.', 'I [CRIMINAL RECORD].'],
    // A discharge after a label's colon.
    ['Declared to my employer: a conditional discharge in 2017 (theft), now filtered.', 'Declared to my employer: [CRIMINAL RECORD].'],
    // "No criminal record" goes too, so that the placeholder itself tells nothing; the DBS check stays.
    ['Enhanced DBS (2024), clear. No criminal record.', 'Enhanced DBS (2024), clear. [CRIMINAL RECORD].'],
    // A line that opens with the record and no determiner.
    ['Conviction 2016 for careless driving – unspent until 2027.', '[CRIMINAL RECORD].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a certificate number inside keeps its own placeholder', () => {
    expect(redact('I declare a caution from 2004, now filtered and not on my DBS (cert. 001234 567 891).')).toBe('I [CRIMINAL RECORD] (cert. [ID NUMBER]).');
  });

  test('the type has its label for the panel', () => {
    expect(REDACTION_LABELS['criminal-record']).toBe('Criminal record (cautions, convictions)');
  });

  test.each([
    'I have a strong conviction that every patient deserves dignity.',
    'I handle controlled drugs with caution and I advise clients with unspent convictions on disclosure.',
    'Criminal convictions: none to declare',
    'I run a project for young people with a caution or conviction.',
    'Please treat the older references with caution (2019 ones are out of date).',
    'Convictions\nNone.',
  ])('near case stays: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('unions that are also professional bodies, by their role', () => {
  test('a role after CSP, SoR, RCM or BMA goes, with "at my Trust"', () => {
    expect(redact('Chartered Society of Physiotherapy member; CSP steward at my Trust')).toBe('Chartered Society of Physiotherapy member; [TRADE UNION]');
    expect(redact('Society of Radiographers (member; SoR workplace representative)')).toBe('Society of Radiographers (member; [TRADE UNION])');
    expect(redact('GMB branch steward; BMA member since 2015; RCM workplace rep at my hospital.')).toBe('[TRADE UNION]; BMA member since 2015; [TRADE UNION].');
  });

  test('membership of the professional body and its letters alone stay', () => {
    for (const text of ['HCPC and CSP member', 'I am a member of the BDA and its Renal Nutrition Group.', 'Voluntary Register of Sonographers (RCR/SoR)']) expect(redact(text)).toBe(text);
  });
});

describe('a place of worship named with its word first', () => {
  test('Welsh chapels beside their worship or office, with the town after', () => {
    expect(redact('I sing tenor in the choir at Capel Salem, Bethesda.')).toBe('I [RELIGION].');
    expect(redact('Interests\nCAPEL SEION, PENTRE (DEACON)')).toBe('Interests\n[RELIGION]');
    expect(redact('I play the organ for Capel y Graig on Sundays.')).toBe('I [RELIGION].');
  });

  test('French, Spanish and Portuguese churches, their second word capitalised with an accent', () => {
    expect(redact('Chorister, Iglesia de Dios, Peckham; I volunteer at Igreja Batista, Harlesden.')).toBe('Chorister, [RELIGION]; I volunteer at [RELIGION].');
    expect(redact('I am an elder at Église Évangélique, Walthamstow.')).toBe('I am an [RELIGION].');
  });

  test('near cases: a Welsh village, a college and a street named Capel stay', () => {
    for (const text of ['I drove from Capel Curig every day to the ward.', 'I worked at Capel Manor College for two years.']) expect(redact(text)).toBe(text);
    // A street named after its chapel is the writer's address, no faith.
    expect(redact('Address: 4 Heol y Capel, Llanrhystud')).toBe('Address: [ADDRESS]');
  });
});

describe('name forms from issue 12', () => {
  test('a name in capitals, two blanks, then the post: the post stays, even a post that is also a surname', () => {
    expect(redact('GIDEON MASHAVA  Porter\nMobile 07700 900 318\n\nProfile\nI move patients safely.')).toBe('[CANDIDATE]  Porter\nMobile [PHONE]\n\nProfile\nI move patients safely.');
    expect(redact('FARIDA HOSSAIN  Ward Clerk\nMobile 07700 900 318')).toBe('[CANDIDATE]  Ward Clerk\nMobile [PHONE]');
  });

  test('near case: one blank inside a name in capitals still joins its words', () => {
    expect(redact('GIDEON MASHAVA\nPorter\n\nProfile\nI was trained by GIDEON Mashava.')).toBe('[CANDIDATE]\nPorter\n\nProfile\nI was trained by [CANDIDATE].');
  });

  test('a quoted given name then a surname: the closing quote is no possessive', () => {
    expect(redact("Nuru Wekesa\n\nProfile\nMy preceptor, 'Bisi' Adeyemi, taught me to listen.")).toBe("[CANDIDATE]\n\nProfile\nMy preceptor, '[NAME 1], taught me to listen.");
    expect(redact("Nuru Wekesa\n\nProfile\nI shadowed 'Achieng' Odhiambo on nights.")).toBe("[CANDIDATE]\n\nProfile\nI shadowed '[NAME 1] on nights.");
  });

  test("near case: a plural possessive after a quoted word stays", () => {
    const text = "Nuru Wekesa\n\nProfile\nI ran the 'Nurses' forum for two years.";
    expect(redact(text)).toBe(text.replace('Nuru Wekesa', '[CANDIDATE]'));
  });

  test('a "Post – Name" first line whose given name no list knows names the candidate', () => {
    expect(redact('Staff Nurse – Zodwa Mthembu\nMobile 07700 900 318\n\nProfile\nI am a nurse. Zodwa Mthembu')).toBe('Staff Nurse – [CANDIDATE]\nMobile [PHONE]\n\nProfile\nI am a nurse. [CANDIDATE]');
  });

  test('near cases: a hospital after the dash is no candidate', () => {
    expect(redact('Staff Nurse – Queen Elizabeth\nMobile 07700 900 318')).toBe('Staff Nurse – Queen Elizabeth\nMobile [PHONE]');
    expect(redact('Ward Clerk – Whipps Cross\n\nProfile\nI book clinics.')).toBe('Ward Clerk – Whipps Cross\n\nProfile\nI book clinics.');
  });
});

describe("the first language under its label, as Europass prints it", () => {
  test('the label, a gap and the language or languages: the row goes', () => {
    expect(redact('Languages\nMother tongue(s)        Hausa\nOther language(s)       English C2, French B1')).toBe('Languages\n[NATIONALITY]\nOther language(s)       English C2, French B1');
    expect(redact('First language:    Sylheti, Bengali')).toBe('[NATIONALITY]');
  });

  test('near case: English as the first language stays, the language of the post', () => {
    const text = 'Mother tongue(s)    English\nOther language(s)    Welsh B2';
    expect(redact(text)).toBe(text);
  });
});
