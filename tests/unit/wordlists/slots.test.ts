import { describe, expect, it } from 'vitest';
import { inflect } from '@/scripts/inflect';
import { expandPhrase } from '@/lib/wordlists/expand-phrase';

describe('expandPhrase: an idiom written once with its slots', () => {
  it('conjugates a <verb> and keeps the rest of the idiom', () => {
    expect(expandPhrase('<rule> the roost', inflect, 96)).toEqual(['rule the roost', 'ruled the roost', 'rules the roost', 'ruling the roost']);
  });

  it('gives every possessive for {poss} and every choice of (a|b), an empty choice making the word optional', () => {
    expect(expandPhrase('punch above {poss} weight', inflect, 96)).toEqual([
      'punch above your weight', 'punch above their weight', 'punch above his weight', 'punch above her weight',
      'punch above our weight', 'punch above my weight',
    ]);
    expect(expandPhrase('up for a (|good) scrap', inflect, 96)).toEqual(['up for a scrap', 'up for a good scrap']);
  });

  it('leaves a phrase without slots as it is, and an unclosed slot as written, for the compiler to refuse', () => {
    expect(expandPhrase('top dog', inflect, 96)).toEqual(['top dog']);
    expect(expandPhrase('(top|big dog', inflect, 96)).toEqual(['(top|big dog']);
  });

  it('refuses a phrase whose slots multiply past the forms allowed', () => {
    expect(() => expandPhrase('<go> {poss} {poss} {poss}', inflect, 96)).toThrow(/more than 96 forms/);
  });
});
