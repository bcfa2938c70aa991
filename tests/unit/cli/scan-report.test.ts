import { describe, expect, it } from 'vitest';
import { jsonReport, PIECE_FINDINGS, scanResult, textReport, thousands } from '@/lib/cli/scan-report';
import { analyse } from '@/lib/engine';

// 1,500 findings: many pieces of a report.
const text = 'We want a young and energetic team. '.repeat(750);
const result = scanResult('team.txt', text, analyse(text, { context: 'advert' }));

describe('a report of many findings, in pieces', () => {
  it('has more findings than one piece holds', () => {
    expect(result.findings.length).toBe(1500);
    expect(result.findings.length).toBeGreaterThan(PIECE_FINDINGS);
  });

  it('JSON: the pieces together are exactly JSON.stringify of the result', () => {
    const pieces = [...jsonReport(result)];
    // The head, one piece per PIECE_FINDINGS findings, the tail.
    expect(pieces.length).toBe(Math.ceil(1500 / PIECE_FINDINGS) + 2);
    expect(pieces.join('')).toBe(JSON.stringify(result));
  });

  it('text: one block, each finding once in order, no blank line until the end, ending in a blank line', () => {
    const pieces = [...textReport(result)];
    expect(pieces.length).toBeGreaterThan(1);
    const report = pieces.join('');
    expect(report.endsWith('\n\n')).toBe(true);
    const lines = report.slice(0, -2).split('\n');
    expect(lines[0]).toBe('team.txt');
    expect(lines.filter((l) => l === '')).toEqual([]);
    const heads = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(heads.map((l) => l.split(/\s+/)[1])).toEqual(result.findings.map((f) => `${f.line}:${f.column}`));
  });
});

describe('counts in the report', () => {
  it('are grouped in thousands exactly as toLocaleString("en-GB") groups them', () => {
    for (const n of [0, 1, 12, 999, 1000, 1001, 14_842, 99_999, 100_000, 999_999, 1_000_000, 5_975_554, 123_456_789, 2 ** 31]) {
      expect(thousands(n)).toBe(n.toLocaleString('en-GB'));
    }
  });
});
