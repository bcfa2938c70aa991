import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 13 (disability and gender-coded wording): fresh wordings of each family added, with their
// offsets, and a trap beside each. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('a body part or a health problem held against a candidate, a group barred by it, and the verdict that follows', () => {
  it.each<[string, TextKind, string[]]>([
    ["- Tomas: strong interview, but he has chest problems. Not sure about him on nights. Probably not.", 'email', ["condition-doubted@38:chest problems. Not sure about him on nights. Probably not"]],
    ["- Bea: told us about her knee trouble. I doubt she'd keep up on the wards. Pass.", 'email', ["condition-doubted@21:her knee trouble. I doubt she'd keep up on the wards. Pass"]],
    // A verdict for the person is not part of the doubt.
    ["- Bea: told us about her knee trouble. I doubt she'd keep up on the wards. Probably yes though.", 'email', ["condition-doubted@21:her knee trouble. I doubt she'd keep up"]],
    ["Shortlist: 2 - Fay. Lovely, but I don't think her hips would cope with home visits.", 'email', ["condition-doubted@34:don't think her hips"]],
    ["We don't want anyone with bowel problems on the unit.", 'email', ["health-judged@3:don't want anyone with bowel problems"]],
    ["Please, nobody on restricted duties.", 'email', ["health-judged@8:nobody on restricted duties"]],
    ["Anyone with mobility issues or a history of back trouble: screen them out at sift.", 'email', ["health-barred@12:mobility issues"]],
    ["Several of our patients have breathing problems, so we are not sure of the numbers yet.", 'email', []],
    ["If a candidate mentions a mental health condition, it must not affect the score.", 'email', []],
    ["Anyone with breathing problems should tell us so we can plan adjustments.", 'email', []],
    ["We never screen out applicants with a history of heart problems.", 'email', []],
    ["I'll ask her back for a second interview; she was strong.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
