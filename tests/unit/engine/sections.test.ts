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

  it('finds nothing in prose that only mentions the words', () => {
    expect(criteria('It is essential that you enjoy working with people.')).toEqual([]);
  });
});
