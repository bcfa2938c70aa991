import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainEnglishFileSchema } from '@/lib/plain-english/schema';
import { plain } from './helpers';

const FILE = plainEnglishFileSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../wordlists/plain-english.json'), 'utf8')),
);

describe('wordlists/plain-english.json', () => {
  it('passes its schema (sources named, no form listed twice)', () => {
    expect(FILE.rules.map((r) => r.id)).toEqual(['plain-words', 'long-sentence', 'very-long-sentence', 'passive-duty', 'stacked-acronyms']);
  });

  // Every rule carries its own proof, as the wordlists do.
  describe.each(FILE.rules)('$id', (rule) => {
    it.each(FILE.examples[rule.id]!.flag)('flags %j', (text) => {
      expect(plain(text).hits.map((h) => h.ruleId)).toContain(rule.id);
    });
    it.each(FILE.examples[rule.id]!.pass)('passes %j', (text) => {
      expect(plain(text).hits.map((h) => h.ruleId)).not.toContain(rule.id);
    });
  });

  const forms = FILE.words.flatMap((w) => Object.entries(w.forms));
  it.each(forms)('finds “%s” and offers its plain form', (form, alternatives) => {
    const text = `Note that ${form} this.`;
    const [hit] = plain(text).hits;
    expect(hit && { rule: hit.ruleId, text: text.slice(hit.start, hit.end), plain: hit.vars.plain }).toEqual({
      rule: 'plain-words',
      text: form,
      plain: alternatives[0],
    });
  });
});
