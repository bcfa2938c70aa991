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
