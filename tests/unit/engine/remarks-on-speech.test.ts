import { describe, expect, it } from 'vitest';
import { RULESET } from '@/lib/engine';
import { Doc } from '@/lib/engine/document';
import { phraseSetIn } from '@/lib/engine/phrase-sets';
import { remarkBefore } from '@/lib/engine/reading/judged';
import { tokenize } from '@/lib/engine/tokenize';
import { read } from './read-findings';

// Review 32, S10: the remarks others made about a candidate's accent or name are one phrase set
// ("remarks-on-speech" in wordlists/race-nationality.json), read by the accent and name-judged rules
// as "@remarks-on-speech" and by the judgement of speech in notes (reading/judged.ts). Every form of
// the set is checked here in all three, so they cannot drift apart again.

const sets = RULESET.phraseSets ?? {};
const forms = phraseSetIn(sets, 'remarks-on-speech').map((words) => words.join(' '));

describe('the remarks-on-speech phrase set', () => {
  it('holds every remark both readings had before, and none twice', () => {
    expect(forms).toEqual(expect.arrayContaining(['fun of her', 'comments on his', 'jokes about', 'mocked their', 'laughed at her', 'teased about his', 'jibes about her', 'digs at']));
    expect(new Set(forms).size).toBe(forms.length);
  });

  it.each(forms)('the accent rule and the judgement of speech both leave "colleagues %s accent"', (form) => {
    const text = `She trained in Lagos, and colleagues ${form} accent on the ward.`;
    const doc = new Doc(text, tokenize(text), 'email', [], sets);
    const k = doc.tokens.findIndex((t) => t.norm === 'accent');
    expect(remarkBefore(doc, k)).toBe(true);
    expect(read(text, 'email').filter(([rule]) => rule === 'accent' || rule === 'origin-judged')).toEqual([]);
  });

  it.each(forms)('the name rule leaves "colleagues %s foreign name"', (form) => {
    expect(read(`Colleagues ${form} foreign name at the handover.`, 'email').filter(([rule]) => rule === 'name-judged')).toEqual([]);
  });

  it('still reads a doubt of the writer\'s own, with no remark before it', () => {
    const text = 'She trained in Lagos, and her accent is quite strong for the phones.';
    const doc = new Doc(text, tokenize(text), 'email', [], sets);
    expect(remarkBefore(doc, doc.tokens.findIndex((t) => t.norm === 'accent'))).toBe(false);
    expect(read(text, 'email').map(([rule]) => rule)).toContain('accent');
  });
});
