import { describe, expect, it } from 'vitest';
import { type BreakRule, forEachCell } from '@/lib/anonymise/cell-breaks';

/** The cells of a line as text, as forEachCell gives them. */
function cells(line: string, rule: BreakRule): string[] {
  const found: string[] = [];
  forEachCell(line, rule, (start, end) => found.push(line.slice(start, end)));
  return found;
}

const TWO_BLANKS: BreakRule = { minBlanks: 2, dashes: false };
const WITH_DASHES: BreakRule = { minBlanks: 3, dashes: true };
const WITH_SLASHES: BreakRule = { minBlanks: 3, dashes: false, slashes: true };

describe('cells of a line', () => {
  it('break at a mark with or without blanks around it', () => {
    expect(cells('Ward 4|Bay 2 • Bed 7·Room 9\tDesk 1', TWO_BLANKS)).toEqual(['Ward 4', 'Bay 2', 'Bed 7', 'Room 9', 'Desk 1']);
    expect(cells('Clinic  | \t Surgery', TWO_BLANKS)).toEqual(['Clinic', 'Surgery']);
  });

  it('break at enough blanks, and not at fewer', () => {
    expect(cells('Theatre  Recovery Bay', TWO_BLANKS)).toEqual(['Theatre', 'Recovery Bay']);
    expect(cells('Theatre  Recovery Bay', WITH_DASHES)).toEqual(['Theatre  Recovery Bay']);
    expect(cells('  Outpatients   ', TWO_BLANKS)).toEqual(['', 'Outpatients', '']);
  });

  it('break at a spaced dash or slash only where the layout says', () => {
    expect(cells('Harrogate – HG1 — north - east', WITH_DASHES)).toEqual(['Harrogate', 'HG1', 'north', 'east']);
    expect(cells('Harrogate – HG1', TWO_BLANKS)).toEqual(['Harrogate – HG1']);
    expect(cells('Breton -- mother tongue', WITH_DASHES)).toEqual(['Breton', 'mother tongue']);
    expect(cells('well-known co-ordinator', WITH_DASHES)).toEqual(['well-known co-ordinator']);
    expect(cells('sam@example.org / 07700 900456 / Lyon', WITH_SLASHES)).toEqual(['sam@example.org', '07700 900456', 'Lyon']);
    expect(cells('and/or 24/7', WITH_SLASHES)).toEqual(['and/or 24/7']);
  });

  it('give the whole line when nothing breaks it, and one empty cell for an empty line', () => {
    expect(cells('Senior practice nurse', TWO_BLANKS)).toEqual(['Senior practice nurse']);
    expect(cells('', TWO_BLANKS)).toEqual(['']);
  });
});
