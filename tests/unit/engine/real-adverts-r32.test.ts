import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 32, allied health, clinical coding, medical secretaries, theatres, chaplaincy, estates and
// prison healthcare adverts, and two review findings: each reading in other words than the pages that
// showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a desk or a list of places named by codes is a place, not an abbreviation', () => {
  it.each([
    'You will cover the outpatient desks K12 and K14 on Mondays.',
    'Please report to desk B3 on arrival.',
    'Cover is needed on Bays C1, C2 or C4 overnight.',
    'Rooms G7 & G9 hold the hearing booths.',
  ])('leaves the codes in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['The desk team also books CT scans.', 'CT', 25],
    ['Ward F3 staff and ICU outreach meet daily.', 'ICU', 18],
  ])('still flags letters that are no code of the place in %j', (text, letters, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', letters, start]]);
  });
});

describe('HMP, the prefix of every prison’s name, is understood as HM is', () => {
  it.each([
    'Our nurses work across HMP Lowdham Grange and HMP Ranby.',
    'Site: HMP Hull. Shifts are 12 hours.',
  ])('leaves HMP in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags a youth custody abbreviation written without its words', () => {
    expect(read('You will visit the YOI every week.')).toEqual([['unexpanded-acronym', 'YOI', 19]]);
  });
});

describe('health listed with safety is the field only when the list goes on after "safety"', () => {
  it.each([
    ['Applicants must be in good health, safety of patients depends on it.', 'in good health', 19],
    ['You must be in good health, safety comes first on this ward.', 'in good health', 12],
  ])('flags a health demand before a new clause about safety in %j', (text, phrase, start) => {
    expect(read(text)).toEqual([['health-requirement', phrase, start]]);
  });
  it.each([
    'You must have good health and safety awareness.',
    'All staff complete good health, safety and wellbeing training.',
    'The supervisor keeps robust health & safety, and food hygiene standards.',
    'You will follow sound health and safety procedures on site.',
    'Supervisors ensure robust health & safety at every depot.',
    'Keep robust health, safety & hygiene standards in the bakery.',
  ])('leaves the field of health and safety in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('only a combining form ending in "o" opens a hyphenated compound', () => {
  it.each([
    ['You will be Paeds-trained and confident with Obs-monitoring on the ward.', [['unexpanded-acronym', 'Paeds', 12], ['unexpanded-acronym', 'Obs', 45]]],
    ['Patients come through the optom-referral pathway.', [['unexpanded-acronym', 'optom', 26]]],
    ['You will be Gynae-trained and run the clinic.', [['unexpanded-acronym', 'Gynae', 12]]],
  ])('flags the word cut short in %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'She runs the neuro-rehabilitation list and the gastro-surgery clinic.',
    'Our team covers Ortho-Geriatrics and Uro-Oncology.',
    'The haemato-oncology unit has twelve beds.',
  ])('leaves the combining form in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});
