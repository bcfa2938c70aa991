// engine-143 (issue 16, speed): the word tests that decide where a pattern is tried, and the
// look-ahead for a ruling of unlawfulness, are shortcuts; the findings must stay exactly as they were.
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { requiredWords } from '@/lib/wordlists/required-words';

const found = (text: string, context: 'advert' | 'email' = 'advert') =>
  analyse(text, { context, settings: { categories: { 'plain-english': false } } }).findings.map((f) => [f.ruleId, f.start, f.end, f.text]);

describe('a lookahead that opens with a separator ends the word before it', () => {
  it('gives the word as a start and a required word', () => {
    expect(requiredWords(String.raw`\bsteer(?=[ \t]+(?:the|a)\b)`, 'gi')).toEqual({ lists: [['steer']], starts: ['steer'] });
    expect(requiredWords(String.raw`\b(?:grab|hold)(?=\s)`, 'gi')).toEqual({ lists: [['grab', 'hold']], starts: ['grab', 'hold'] });
  });

  it('proves nothing when the lookahead may go on with a letter, may be empty, or is negative', () => {
    expect(requiredWords(String.raw`\bsteer(?=ing)`, 'gi')).toBeNull();
    expect(requiredWords(String.raw`\bsteer(?=\s|)`, 'gi')).toBeNull();
    expect(requiredWords(String.raw`\bsteer(?![a-z])`, 'gi')).toBeNull();
  });

  it('still finds the verb "man" before a post, and not the noun', () => {
    const text = 'Please man the switchboard after lunch. A man the team trusts will cover Fridays. Volunteers man the tills at the fete.';
    expect(found(text)).toEqual([
      ['man-the-desk', 7, 10, 'man'],
      ['man-the-desk', 93, 96, 'man'],
    ]);
  });
});

describe('a sentence that calls what it names unlawful', () => {
  it('lifts the finding only where such a ruling follows it', () => {
    expect(found('Hiring only a young receptionist would be illegal under the Equality Act.')).toEqual([]);
    expect(found('We would like a young receptionist for the front desk.')).toEqual([['age-young', 16, 21, 'young']]);
  });
});
