import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 12 (lead): a reason for a licence given anywhere in the text. Fresh wordings, none from the
// corpus, each positive beside a trap.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe("a licence is needed where the text says the post drives the employer's vehicle", () => {
  it.each<[string, TextKind, string[]]>([
    ['You will drive the mobile unit to schools across the county.\nEssential\n- Full driving licence', 'advert', []],
    ['The hearing van visits villages each week, and you will be driving our vans.\nFull UK driving licence essential.', 'advert', []],
    ['You will visit the mobile unit each week.\nFull UK driving licence essential.', 'advert', ['driving-licence@42:Full UK driving licence']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
