import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 38 (the study slice's misses in exclusionary, disability, race, gendered and tone): fresh
// wordings of each family mended, with their offsets, and near sentences that must stay quiet. None of
// these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('extra hours asked on demand, with no limit', () => {
  it.each<[string, TextKind, string[]]>([
    ['You will be asked to take on extra hours when it is busy.', 'advert', ['unbounded-availability@29:extra hours when it is busy']],
    ['Staff are expected to come in when the rota is short.', 'advert', ['unbounded-availability@22:come in when the rota is short']],
    ['You must be contactable on your phone at weekends.', 'advert', ['unbounded-availability@12:contactable on your phone at weekends']],
    // Extra shifts offered, a duty done when the rota is short, extra hours paid and agreed.
    ['You will be offered extra shifts when the rota is short, if you want them.', 'advert', []],
    ['You will update the board when the rota is short.', 'advert', []],
    ['You will be paid overtime for extra hours when it is busy, agreed in advance.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
