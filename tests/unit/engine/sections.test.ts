import { describe, expect, it } from 'vitest';
import { findPersonSpec } from '@/lib/engine/sections';

const criteria = (text: string) => findPersonSpec(text).map((s) => [s.role, text.slice(s.start, s.end)]);

describe('findPersonSpec', () => {
  it('reads bullets under Essential and Desirable headings', () => {
    const text = 'Person specification\n\nEssential criteria:\n- NVQ level 2 or equivalent\n• Good IT skills\n\nDesirable\n1. Experience of EMIS\n\nAbout us\nWe are kind.';
    expect(criteria(text)).toEqual([
      ['essential', 'NVQ level 2 or equivalent'],
      ['essential', 'Good IT skills'],
      ['desirable', 'Experience of EMIS'],
    ]);
  });

  it('reads "Essential:" and "Desirable:" at the start of a line', () => {
    expect(criteria('Essential: Registered with the NMC\nDesirable – Mentor qualification')).toEqual([
      ['essential', 'Registered with the NMC'],
      ['desirable', 'Mentor qualification'],
    ]);
  });

  it('reads a row copied flat, each "Essential:" or "Desirable:" cell a criterion of its own, after the row\'s name', () => {
    const text = 'Knowledge Essential: Working knowledge of infection control Essential: Food safety Level 2 Desirable: ESOL tutoring\n• ESSENTIAL: Current DBS check DESIRABLE: Forklift licence';
    expect(criteria(text)).toEqual([
      ['essential', 'Working knowledge of infection control'],
      ['essential', 'Food safety Level 2'],
      ['desirable', 'ESOL tutoring'],
      ['essential', 'Current DBS check'],
      ['desirable', 'Forklift licence'],
    ]);
  });

  it('splits no prose at a word that is not a cell label', () => {
    // Lower-case "essential:" inside a sentence, and a line whose words before the label are no row name, stay prose.
    expect(criteria('Your safety is essential: wear the badge.\nWe will train you Essential: patience')).toEqual([]);
  });

  it('finds nothing in prose that only mentions the words', () => {
    expect(criteria('It is essential that you enjoy working with people.')).toEqual([]);
  });

  it('finds the headings by one search of the whole text, in any case, after prose that mentions the words', () => {
    const text = 'It is essential that you enjoy people; desirable too.\nESSENTIAL\n- Good IT skills\n\nDesirable: Experience of EMIS\nEssentially kind';
    expect(criteria(text)).toEqual([
      ['essential', 'Good IT skills'],
      ['desirable', 'Experience of EMIS'],
    ]);
  });

  it('counts a criterion wrapped over two lines once', () => {
    const text = 'Essential\n- Experience of working with patients in\nprimary care or a community setting\n- Good IT skills';
    expect(criteria(text)).toEqual([
      ['essential', 'Experience of working with patients in\nprimary care or a community setting'],
      ['essential', 'Good IT skills'],
    ]);
  });

  it('counts sub-items under a lead-in as part of it', () => {
    const text = 'Essential\n- Knowledge of:\n  - safeguarding adults\n  - infection control\n- Good IT skills';
    expect(criteria(text)).toEqual([
      ['essential', 'Knowledge of:\n  - safeguarding adults\n  - infection control'],
      ['essential', 'Good IT skills'],
    ]);
  });

  it('does not count group headings inside the list', () => {
    const text = 'Essential\nQualifications\n- NVQ level 3\nSkills and abilities:\n- Calm under pressure\nDesirable\nExperience\n- Work in a GP practice';
    expect(criteria(text)).toEqual([
      ['essential', 'NVQ level 3'],
      ['essential', 'Calm under pressure'],
      ['desirable', 'Work in a GP practice'],
    ]);
  });

  it('reads the Essential and Desirable columns of a table', () => {
    const text = 'Criteria\tEssential\tDesirable\nQualifications\tRegistered nurse\tMaster\'s degree\nExperience\tAcute care\t\n\nAbout us\nWe are a friendly team of nurses and doctors in the heart of the city.';
    expect(criteria(text)).toEqual([
      ['essential', 'Registered nurse'],
      ['desirable', "Master's degree"],
      ['essential', 'Acute care'],
    ]);
  });
});
