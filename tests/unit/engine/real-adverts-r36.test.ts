import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 36, medical and dental staff, ambulance, specialist trusts, pathology, psychology and
// Talking Therapies: each reading in other words than the pages that showed it.

describe('"TBC" and "TBA" are everyday English', () => {
  it.each(['Interview dates are TBC and will follow by e-mail.', 'The clinic base is TBA once the rota is agreed.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags other letters nobody spells out', () => {
    expect(read('Interviews are held at the QRB each spring.')).toEqual([['unexpanded-acronym', 'QRB', 27]]);
  });
});

describe("a law's year before the brackets is no word of its letters", () => {
  it.each([
    'Requests are answered under the Public Records (Scotland) Act 2011 (PRSA).',
    'Panels follow the Patient Rights Act 2011 (PRA) in every case.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags letters after a year that ends no law', () => {
    expect(read('The ward moved in 2011 (PRSA) to the new wing.')).toEqual([['unexpanded-acronym', 'PRSA', 24]]);
  });
});

describe('a numbered abbreviation is read with its name', () => {
  it.each([
    // The letters before the number spelled by capitalised words, one a letter, anywhere in the text.
    'You will join Foundation Surgical Training. Applicants for FST3 need a logbook.',
    'Our Advanced Endoscopy Programme takes two trainees a year; AEP2 starts in March.',
    // The number the name ends with, in figures or in a word, before the brackets.
    'You will hold the Certificate of Surgical Skills Two (CSS2) before you start.',
    'Trainees complete the Certificate of Surgical Skills 2 (CSS2) in their first year.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    // No capitalised words give the letters.
    ['Applicants for FST3 need a logbook.', 15],
  ])('still flags %j', (text, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', /[A-Z]+\d/.exec(text)![0], start]]);
  });
  it('does not read a long word split at its end as two letters of the spelling', () => {
    // "Diversity" would give D and S only by its last letters: EDS22 stays unexplained.
    expect(read('Equality, Diversity and Inclusion Lead. You will meet EDS22 requirements.')).toEqual([['unexpanded-acronym', 'EDS22', 54]]);
  });
});

describe('a compound joined by a combining "o" gives the initial of its second part', () => {
  it.each([
    'We treat upper gastrointestinal bleeding; the UGIB rota is shared by six consultants.',
    'We run an oral and maxillofacial surgery clinic; the OMFS list is on Fridays.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags letters a compound without a combining "o" cannot give', () => {
    expect(read('We run a gastrointestinal service and the GSX rota.')).toEqual([['unexpanded-acronym', 'GSX', 42]]);
  });
});

describe('a word in capitals the text writes in small letters is a heading, though it has one vowel', () => {
  it('leaves "CLINICAL SKILLS" over "skills"', () => {
    expect(read('CLINICAL SKILLS / Applicants will show skills in venepuncture and cannulation.')).toEqual([]);
  });
  it('still flags four letters with one vowel that the text writes small', () => {
    expect(read('Contact the PALS office. Our pals scheme pairs new staff.')).toEqual([['unexpanded-acronym', 'PALS', 12]]);
  });
});

describe('a heading in capitals run into the sentence it heads', () => {
  it.each([
    'The unit opened in 2019. MAIN TASKS Supervise the night team and audit the drug charts.',
    'You will report to the matron. KEY SKILLS Good judgement under pressure is essential.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    // Letters with no vowel stay an abbreviation.
    ['Please call the team. MSK CNS Our physios are great.', 'MSK', 22],
    // One word in capitals opening a sentence is no heading.
    ['Please call the team. RAID Team leads are great.', 'RAID', 22],
  ])('still flags %j', (text, word, start) => {
    expect(read(text)[0]).toEqual(['unexpanded-acronym', word, start]);
  });
});

describe('an equivalent route after a second demand is the second demand\'s, not the years\'', () => {
  it('flags the years before "as well as … or equivalent"', () => {
    expect(read('Applicants need at least 3 years renal experience as well as a dialysis certificate or equivalent.')).toEqual([
      ['age-years-experience', 'at least 3 years renal experience', 16],
    ]);
  });
  it.each([
    // The route straight after the years is theirs.
    "Applicants need at least 3 years' renal experience or equivalent, as well as a dialysis certificate.",
    // Without a second demand the route covers the sentence, as before.
    'You will need 3 years in primary care, or equivalent experience elsewhere.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});
