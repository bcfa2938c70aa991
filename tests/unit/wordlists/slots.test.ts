import { describe, expect, it } from 'vitest';
import { inflect } from '@/scripts/inflect';
import { expandPhrase } from '@/lib/wordlists/compile';

describe('expandPhrase: an idiom written once with its slots', () => {
  it('conjugates a <verb> and keeps the rest of the idiom', () => {
    expect(expandPhrase('<rule> the roost', inflect)).toEqual(['rule the roost', 'ruled the roost', 'rules the roost', 'ruling the roost']);
  });

  it('gives every possessive for {poss} and every choice of (a|b), an empty choice making the word optional', () => {
    expect(expandPhrase('punch above {poss} weight', inflect)).toEqual([
      'punch above your weight', 'punch above their weight', 'punch above his weight', 'punch above her weight',
      'punch above our weight', 'punch above my weight',
    ]);
    expect(expandPhrase('up for a (|good) scrap', inflect)).toEqual(['up for a scrap', 'up for a good scrap']);
  });

  it('leaves a phrase without slots as it is', () => {
    expect(expandPhrase('top dog', inflect)).toEqual(['top dog']);
  });

  it('refuses a phrase whose slots multiply past 96 forms', () => {
    expect(() => expandPhrase('<go> {poss} {poss} {poss}', inflect)).toThrow(/more than 96 forms/);
  });
});
