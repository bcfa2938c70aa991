import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';
import { evaluate } from './corpus';

const redact = (text: string) => anonymise(text).text;

describe('a transcript speaker is a person in a transcript, not a placement line (M11)', () => {
  test('rotations listed as "Site: ward, months" keep the hospitals the employment line names', () => {
    const text =
      'Career history\nRotational Band 5 Nurse, Pinderfields Hospital and Dewsbury District, 2021–2023.\nRotations\nPinderfields General: burns unit, four months.\nDewsbury District: elderly care, four months.\nPontefract Infirmary: theatres, four months.';
    const out = redact(text);
    for (const place of ['Pinderfields', 'Dewsbury District', 'Pontefract']) expect(out).toContain(place);
  });

  test('placements whose lines speak in the first person still keep a town the CV works "in"', () => {
    const text = 'Student placements in Market Harborough and Oakham.\nMarket Harborough: I shadowed the district nurses.\nOakham Lodge: I supported residents at mealtimes.\nMarket Harborough: my second placement, on the community team.';
    expect(redact(text)).toContain('Market Harborough');
  });

  test('an interview with turns back and forth still loses its speakers, by name and by initials', () => {
    const text =
      'Practice nurse Eluned Vaughan spoke to Caradog Pryce about her first year.\n\nCaradog Pryce: What surprised you most?\n\nEluned Vaughan: I had not expected so many travel clinics.\n\nCP: Would you do it again?\n\nEV: I would, without a doubt.';
    const out = redact(text);
    for (const name of ['Eluned', 'Vaughan', 'Caradog', 'Pryce', 'CP:', 'EV:']) expect(out).not.toContain(name);
    expect(out).toContain('travel clinics');
  });

  test('turns that never go back to a speaker are no transcript', () => {
    const text = 'Ysgol Glan Clwyd and Rhyl Sixth Form both hosted the careers fair.\nGlan Clwyd: we gave a talk on nursing.\nRhyl Sixth: you could try the CPR dummy.';
    expect(redact(text)).toBe(text);
  });
});

describe('a relation word before a business named with a possessive is no title (S2)', () => {
  test('a nursery and a café named "Auntie"/"Uncle" + name + possessive keep their names', () => {
    const out = redact("Ruth Evans\nPlacement: Aunty Bev's Playgroup, Luton.\nWeekend job at Uncle Sam's Diner, Dunstable.");
    expect(out).toContain("Aunty Bev's Playgroup");
    expect(out).toContain("Uncle Sam's Diner");
  });

  test('the relation word before a person still goes with the name', () => {
    const out = redact('Ruth Evans\nAunty Lorna taught me to care for my grandmother.\nI looked after Uncle Desmond’s garden.');
    expect(out).not.toContain('Lorna');
    expect(out).not.toContain('Aunty');
    expect(out).not.toContain('Desmond');
  });
});

describe('the CV measure reads only words as a number’s label, not the code’s letters (S3)', () => {
  const leaksOf = (text: string, identifier: string) =>
    evaluate([{ file: 'probe.txt', text, annotation: { names: ['Nia Lloyd'], identifiers: [{ type: 'other', text: identifier }], keep: [] } }]).leaks;

  test('a letter left before the removed digits is a leak of the code', () => {
    const text = 'Nia Lloyd\nPager: Q 07700 900123';
    expect(redact(text)).toBe('[CANDIDATE]\nPager: Q [PHONE]');
    expect(leaksOf(text, 'Pager: Q 07700 900123')).toEqual(['probe.txt: other "Pager: Q 07700 900123" (at 10; left: Q)']);
  });

  test('a word before the number is still its label', () => {
    expect(leaksOf('Nia Lloyd\nPager: 07700 900123', 'Pager: 07700 900123')).toEqual([]);
  });
});

describe('a word-like name acting mid-sentence is read once per name (N3)', () => {
  test('told twice, every mention goes', () => {
    const out = redact('The first thing Hope said was thank you. Later Hope asked for the ward manager.');
    expect(out).not.toContain('Hope');
  });

  test('told once, the word stays', () => {
    const text = 'In the end Hope said more than the chart did.';
    expect(redact(text)).toBe(text);
  });
});
