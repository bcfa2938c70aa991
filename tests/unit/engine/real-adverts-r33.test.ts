import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 33, crisis and community mental health, ambulance control and NHS 111, sterile services, health
// records, portering and housekeeping, PCN roles, community dental, hospital optometry, bank pages and
// apprenticeships: each reading in other words than the pages that showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a new or younger generation of people is recruited by age', () => {
  it.each([
    ['Our drive to recruit a new generation of health advisers starts today.', 'new generation of health advisers', 23],
    ['We hope to attract a younger generation of carers to the home care team.', 'younger generation of carers', 21],
    ['Join us: we are hiring a fresh generation of receptionists.', 'fresh generation of receptionists', 25],
  ])('flags %j', (text, phrase, start) => {
    expect(read(text)).toEqual([['age-new-generation', phrase, start]]);
  });
  it.each([
    'The practice nurses mentor a new generation of nurses on placement.',
    'A new generation of defibrillators joins every station this winter.',
    'We are recruiting nurses for a clinic serving a new generation of people living with diabetes.',
    'Applicants of every generation are welcome to join the team.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"intellectually" before what the work does to a person describes the work', () => {
  it.each([
    'Our renal unit offers varied, intellectually rewarding work.',
    'You will find the audit programme intellectually engaging.',
    'An intellectually satisfying post for a pharmacist who enjoys research.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags the trait asked of the person', () => {
    expect(read('We want an intellectually curious physiotherapist.')).toEqual([['masculine-intellectual', 'intellectually', 11]]);
  });
});

describe("a legal form run into a company's letters the text explains", () => {
  it.each([
    'Wessex Estates Partnership Services (WEPS) runs our sites. WEPSL is a wholly owned subsidiary of the Trust.',
    'Pathology Logistics Network (PLN) drivers collect samples. PLNLTD employs the drivers on NHS terms.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags the letters when the company is never named', () => {
    expect(read('WEPSL is a wholly owned subsidiary of the Trust.')).toEqual([['unexpanded-acronym', 'WEPSL', 0]]);
  });
});

describe('SMS where a message is meant is everyday English', () => {
  it.each(['Patients get SMS reminders the day before.', 'Rota changes reach you by SMS or e-mail.', 'Shifts are offered in an SMS message each morning.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags SMS as a service left unexplained', () => {
    expect(read('You will liaise with the SMS team on the wing.')).toEqual([['unexpanded-acronym', 'SMS', 25]]);
  });
});
