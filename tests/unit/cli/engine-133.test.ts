import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonReport, PIECE_FINDINGS, scanResult, severityCounts } from '@/lib/cli/scan-report';
import { ruleTallies } from '@/lib/cli/scan-summary';
import { analyse } from '@/lib/engine';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/adverts');
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: readFileSync(path.join(FIXTURES, f), 'utf8') }));

/** Texts whose JSON has every kind of field: quotation marks, backslashes, control characters, text outside ASCII, no prose. */
const made = [
  { file: 'odd "name"\\with\ttab.txt', text: 'Ideal for a young, energetic go-getter!\u0001 He will lead the “team” \\ café £30k.\r\n\nChairman needed ASAP.' },
  { file: 'short.txt', text: 'Manpower.' },
  { file: 'empty.txt', text: '' },
  { file: 'many.txt', text: 'Looking for a dynamic young salesman. '.repeat(40) },
];

describe('the JSON report written field by field', () => {
  it('is exactly JSON.stringify of the result, on the fixture adverts and on texts made to be awkward', () => {
    let documentFindings = 0;
    for (const { file, text } of [...fixtures, ...made]) {
      const result = scanResult(file, text, analyse(text, { context: 'advert' }));
      documentFindings += result.document.length;
      expect([...jsonReport(result)].join('')).toBe(JSON.stringify(result));
    }
    expect(documentFindings).toBeGreaterThan(0);
  });

  it('cuts a report of many findings at the same places', () => {
    const result = scanResult('many.txt', made[3]!.text, analyse(made[3]!.text, { context: 'advert' }));
    expect(result.findings.length).toBeGreaterThan(PIECE_FINDINGS);
    const pieces = [...jsonReport(result)];
    expect(pieces.length).toBe(Math.ceil(result.findings.length / PIECE_FINDINGS) + 2);
    expect(pieces[0]!.endsWith('"findings":[')).toBe(true);
    expect(pieces.at(-1)!.startsWith('],"document":[')).toBe(true);
  });
});

describe('counts for the summary, from the engine report itself', () => {
  it('are the counts and rule tallies of the scan result', () => {
    for (const { file, text } of [...fixtures, ...made]) {
      const report = analyse(text, { context: 'advert' });
      const result = scanResult(file, text, report);
      expect(severityCounts(report)).toEqual(severityCounts(result));
      expect(ruleTallies(report)).toEqual(ruleTallies(result));
    }
  });
});
