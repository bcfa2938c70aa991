import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 34, acute trusts' doctors and fellows, ward managers and midwifery, neonatal and children's
// hospitals, research, digital, patient transport, CAMHS, forensic and prison services, security and
// facilities: each reading in other words than the pages that showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  return analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('an adjective before a medical specialty describes the specialty, not the person', () => {
  it.each([
    'Referrals come from the active surgical specialties across both sites.',
    'Cover is shared with the surgically active specialities on site.',
    'The fellow rotates through the dynamic subspecialties of paediatric surgery.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['We want an active member of the orthopaedic team.', 'masculine-active', 'active', 11],
    ['Join a dynamic team across the surgical specialties.', 'age-dynamic', 'dynamic', 7],
  ])('still flags %j, said of the people', (text, rule, phrase, start) => {
    expect(read(text)).toEqual([[rule, phrase, start]]);
  });
});

describe('a name in capitals spelled by a longer list after a comma', () => {
  it.each([
    // A comma after the name, and items that give no letter between those that do.
    'Our vision is to be CARE, Compassionate people, Accountable leaders, Research and Teaching, Excellent outcomes.',
    'We aim to be KIND, Knowledgeable staff, Inclusive teams, Nurturing and Learning, Dependable care for all.',
  ])('leaves %j', (text) => {
    expect(read(text).filter(([rule]) => rule === 'unexpanded-acronym')).toEqual([]);
  });
  it.each([
    // The first item must give the first letter.
    ['Our vision is to be CARE, Excellent outcomes, Compassionate people, Accountable leaders.', 'CARE', 20],
    // More than two items giving no letter is a list of something else.
    ['Our vision is to be KIND, Knowledgeable staff, Open doors, Patient voices, Responsive teams, Inclusive teams, Nurturing, Dependable care.', 'KIND', 20],
  ])('still flags the name in %j', (text, key, start) => {
    expect(read(text).filter(([rule]) => rule === 'unexpanded-acronym')).toEqual([['unexpanded-acronym', key, start]]);
  });
});

describe('codes after a code label set off by spaces alone', () => {
  it.each(['Band 5 staff nurse, tracking code NU7 RX22.', 'Charge to cost code HB41 for all travel.'])('leaves %j', (text) => {
    expect(read(text).filter(([rule]) => rule === 'unexpanded-acronym')).toEqual([]);
  });
  it.each([
    // Letters with no digit after the label are still read as an abbreviation.
    ['Our dress code PPE is provided on the ward.', 'PPE', 15],
    // A comma parts the label from the letters after it.
    ['Follow the code, then RX22 forms are filed.', 'RX22', 22],
  ])('still flags %j', (text, key, start) => {
    expect(read(text).filter(([rule]) => rule === 'unexpanded-acronym')).toEqual([['unexpanded-acronym', key, start]]);
  });
});
