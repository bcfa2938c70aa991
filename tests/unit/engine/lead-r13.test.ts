import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 13 (lead, from what the unseen fresh13 set showed): fresh wordings, none from the corpus,
// each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe("an e-mail's address lines name people, whatever their surnames mean", () => {
  it.each<[string, TextKind, string[]]>([
    ['From: Carl Hardy\nTo: Recruitment team\nSubject: Receptionist interviews\n\nAll three are booked for Monday.', 'email', []],
    ['To: Gary Young; Dawn Hardy\nCc: Ben Bold\nSubject: Rota\n\nThanks both.', 'email', []],
    ['From: Priya Strong\nSubject: Receptionist interviews\n\nWe want someone young and strong for the front desk.', 'email', ['physique-demanded@56:want someone young and strong', 'age-young@69:young']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
