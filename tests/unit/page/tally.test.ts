import { describe, expect, it } from 'vitest';
import { tallyLine, tallySentence } from '@/components/labels';
import type { Report, Severity } from '@/lib/engine/finding';
import { tally } from '@/lib/page/tally';

const report = (inline: Severity[], whole: Severity[]): Report => ({
  words: 100,
  findings: inline.map((severity, i) => ({
    ruleId: `r${i}`,
    category: 'age',
    severity,
    start: i,
    end: i + 1,
    text: 'x',
    message: '',
    suggestions: [],
    source: { name: 'Acas', url: '' },
  })),
  document: whole.map((severity, i) => ({ ruleId: `d${i}`, category: 'structure', severity, message: '', source: { name: 'Acas', url: '' } })),
  genderCoding: { masculine: [], feminine: [], verdict: 'empty' },
  readability: null,
  personSpec: null,
});

describe('tally', () => {
  it('counts underlined findings and whole-text findings alike', () => {
    const t = tally(report(['error', 'warning', 'info', 'info'], ['warning', 'warning', 'info']));
    expect(t).toEqual({ total: 7, fix: 4, consider: 3, bySeverity: { error: 1, warning: 3, info: 3 } });
    expect(tallyLine(t)).toBe('4 to fix · 3 to consider');
    expect(tallySentence(t)).toBe('7 findings: 4 to fix, 3 to consider');
  });

  it.each([
    [[], 'No problems found', 'No problems found'],
    [['info'], '1 to consider', '1 finding: 1 to consider'],
    [['error'], '1 to fix', '1 finding: 1 to fix'],
  ] as const)('%j reads "%s"', (inline, line, sentence) => {
    const t = tally(report([...inline], []));
    expect(tallyLine(t)).toBe(line);
    expect(tallySentence(t)).toBe(sentence);
  });
});
