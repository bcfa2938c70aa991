import { describe, expect, it } from 'vitest';
import { inflect } from '@/scripts/inflect';
import { compileWordlists, type WordlistError } from '@/lib/wordlists/compile';

/** A rule list of two rules whose contexts name the file's phrase sets. */
function list(sets: Record<string, string[]>, notInSentenceWith: string[]) {
  const rule = (id: string, phrase: string) => ({
    id,
    severity: 'warning',
    strictness: 1,
    phrases: [phrase],
    context: { notInSentenceWith },
    message: 'A message long enough.',
    suggestions: [{ text: 's', kind: 'advice' }],
    source: { name: 'n', url: 'https://example.org' },
    examples: { flag: [phrase], pass: ['nothing here'] },
  });
  return {
    lists: { 'tone.json': { category: 'tone', description: 'd', phraseSets: sets, rules: [rule('one', 'first thing'), rule('two', 'second thing')] } },
    acronyms: { source: { name: 'n', url: 'https://example.org' }, understood: [], acronyms: {} },
    allowlist: { description: 'd', phrases: [], caseSensitive: [] },
  };
}

describe('phrase sets: context lists several rules of a file share', () => {
  it('puts the set\'s phrases where a context list names it', () => {
    const ruleset = compileWordlists(list({ 'after-offer': ['after an offer', 'occupational health'] }, ['policy', '@after-offer']), inflect);
    for (const rule of ruleset.rules) expect(rule.context?.notInSentenceWith).toEqual([['policy'], ['after', 'an', 'offer'], ['occupational', 'health']]);
  });

  it('refuses a name the file does not define', () => {
    let problems: string[] = [];
    try {
      compileWordlists(list({}, ['@after-offer']), inflect);
    } catch (e) {
      problems = (e as WordlistError).problems;
    }
    expect(problems).toEqual(['tone.json "one": no phrase set "after-offer" in this file\'s phraseSets', 'tone.json "two": no phrase set "after-offer" in this file\'s phraseSets']);
  });
});
