import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/engine/tokenize';

const words = (text: string) => tokenize(text).tokens.map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it.each([
    ['Young, energetic team!', ['Young', 'energetic', 'team']],
    ['able-bodied', ['able', 'bodied']],
    ["children and young people's services", ['children', 'and', 'young', "people's", 'services']],
    ['Guy’s and St Thomas’', ['Guy’s', 'and', 'St', 'Thomas’']],
    ['3 years’ experience', ['3', 'years’', 'experience']],
    ["you don't need a car", ['you', "don't", 'need', 'a', 'car']],
  ])('splits %j into words', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives possessives a base form and folds curly apostrophes', () => {
    const [, , young, people] = tokenize('children and young people’s').tokens;
    expect(young?.norm).toBe('young');
    expect(people?.norm).toBe("people's");
    expect(people?.base).toBe('people');
  });

  it('ends sentences at full stops and new lines', () => {
    const { tokens } = tokenize('We are a team. You will lead.\nEssential criteria');
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2]);
  });

  it('marks words inside double, curly and single curly quotes as quoted', () => {
    const text = 'Staff say "we are young" and ‘fit in’ but we are young.';
    const { tokens } = tokenize(text);
    expect(tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['we', 'are', 'young', 'fit', 'in']);
  });

  it('never lets an unclosed quote run past its paragraph', () => {
    const { tokens } = tokenize('He said "young\nWe want young people');
    expect(tokens.find((t) => t.norm === 'want')?.quoted).toBe(false);
  });
});
