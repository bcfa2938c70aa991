import { describe, expect, it } from 'vitest';
import { inflect } from '@/scripts/inflect';
import { compileWordlists, type WordlistError } from '@/lib/wordlists/compile';

const rule = (id: string, phrase: string, notInSentenceWith: string[]) => ({
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

/** Wordlist files around the given lists, with empty acronyms and allowlist. */
const files = (lists: Record<string, unknown>) => ({
  lists,
  acronyms: { source: { name: 'n', url: 'https://example.org' }, understood: [], acronyms: {} },
  allowlist: { description: 'd', phrases: [], caseSensitive: [] },
});

/** A rule list of two rules whose contexts name the file's phrase sets. */
function list(sets: Record<string, string[]>, notInSentenceWith: string[]) {
  return files({
    'tone.json': { category: 'tone', description: 'd', phraseSets: sets, rules: [rule('one', 'first thing', notInSentenceWith), rule('two', 'second thing', notInSentenceWith)] },
  });
}

/** Problems the compiler reports, or none. */
function problemsOf(input: ReturnType<typeof files>): string[] {
  try {
    compileWordlists(input, inflect);
  } catch (e) {
    return (e as WordlistError).problems;
  }
  return [];
}

describe('phrase sets: context lists several rules share', () => {
  it('puts the set\'s phrases where a context list names it', () => {
    const ruleset = compileWordlists(list({ 'after-offer': ['after an offer', 'occupational health'] }, ['policy', '@after-offer']), inflect);
    for (const rule of ruleset.rules) expect(rule.context?.notInSentenceWith).toEqual([['policy'], ['after', 'an', 'offer'], ['occupational', 'health']]);
  });

  it('refuses a name no file defines', () => {
    expect(problemsOf(list({}, ['@after-offer']))).toEqual([
      'tone.json "one": no phrase set "after-offer" in any file\'s phraseSets',
      'tone.json "two": no phrase set "after-offer" in any file\'s phraseSets',
    ]);
  });

  it("lets a rule name another file's set", () => {
    const ruleset = compileWordlists(
      files({
        'tone.json': { category: 'tone', description: 'd', phraseSets: { 'after-offer': ['once appointed'] }, rules: [rule('one', 'first thing', ['@after-offer'])] },
        'age.json': { category: 'age', description: 'd', rules: [rule('two', 'second thing', ['@after-offer'])] },
      }),
      inflect,
    );
    expect(ruleset.rules.map((r) => r.context?.notInSentenceWith)).toEqual([[['once', 'appointed']], [['once', 'appointed']]]);
  });

  it('refuses one name in two files', () => {
    expect(
      problemsOf(
        files({
          'tone.json': { category: 'tone', description: 'd', phraseSets: { 'after-offer': ['once appointed'] }, rules: [rule('one', 'first thing', [])] },
          'age.json': { category: 'age', description: 'd', phraseSets: { 'after-offer': ['after an offer'] }, rules: [rule('two', 'second thing', [])] },
        }),
      ),
    ).toEqual(['phrase set "after-offer" is in tone.json and age.json: names are shared by every file, rename one']);
  });
});
