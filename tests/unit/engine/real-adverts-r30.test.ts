import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 30, discharge and patient flow, play specialists, medical secretaries, facilities, AMHPs,
// safeguarding, switchboard and catering posts, neonatal nursing and the real pages behind them:
// each reading in other words than the pages that showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe("an organisation's legal form in letters ends its name, as \"Ltd\" does", () => {
  it.each([
    'Riverside Dental Care CIC runs three surgeries in Hull.',
    'Thornbury Health Partners LLP is recruiting a practice nurse.',
    'Posts at Coastal Partnership NHS FT are advertised weekly.',
    'East Wolds Mental Health NHSFT invites applications.',
    'Northgate Pharmacy Group PLC owns the branch.',
    'Lancashire Care CIO runs the hostel.',
  ])('leaves the name in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['As a CIC, we put every surplus back into care.', 'CIC', 5],
    ['Each NHSFT sets its own bank rates.', 'NHSFT', 5],
    ['Please send your FT contract to HR.', 'FT', 17],
  ])('flags the letters said alone in %j', (text, letters, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', letters, start]]);
  });
});

describe('a ward, unit, theatre or clinic named by its code is a place, as a room or bay is', () => {
  it.each(['You will be based on Ward C4 at the General.', 'Clinics run in Unit B2 on Tuesdays.', 'Lists are held in Theatre T3 each morning.', 'You will be based in Clinic E5.'])(
    'leaves the code in %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
  it.each([
    ['The C4 rota is on the board.', 'C4', 4],
    ['Ward staff complete MAPA training.', 'MAPA', 20],
  ])('flags letters that no place word names in %j', (text, letters, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', letters, start]]);
  });
});

describe('a condition named by its medical ending is an illness, not a person', () => {
  it.each([
    'Two of our GPs have a special interest in persistent psoriasis.',
    'The nurses you would join specialise in persistent hypertension.',
    'The physios you join treat persistent fibromyalgia.',
    'Her focus is persistent anaemia.',
  ])('leaves the condition in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['We need a persistent, organised person to chase results.', 'persistent', 10],
    ['You will be a tenacious nurse specialist in hypertension.', 'tenacious', 14],
    ['Our GPs want a persistent colleague in hypertension clinics.', 'persistent', 15],
    ['We want a persistent advocate for patients with psoriasis.', 'persistent', 10],
  ])('flags the trait of a person in %j', (text, word, start) => {
    expect(read(text)).toEqual([['masculine-persistent', word, start]]);
  });
});
