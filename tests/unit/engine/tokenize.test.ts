import { describe, expect, it } from 'vitest';
import { SHAPE, tokenize } from '@/lib/engine/tokenize';

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

  it.each([
    ['a stray mark quotes nothing', 'We are a 5" team of young and energetic nurses.'],
    ['a quotation needs both marks in one sentence', 'Staff say "we are great. You must be young." Apply now.'],
    ['a curly opening mark with no closing mark', 'Our motto: “patients first. We want a young team.'],
    ['a quotation longer than 200 characters is a stray mark', `He said "${'very '.repeat(45)}young" today.`],
  ])('%s', (_name, text) => {
    expect(tokenize(text).tokens.find((t) => t.norm === 'young')?.quoted).toBe(false);
  });

  it.each([
    ['wording proposed for the advert is the writer\'s own', 'Shall we add "young team" to the job description?', false],
    ['or for the person specification', 'I would put "young and lively" into the spec.', false],
    ['wording advised against stays quoted', 'Please do not put "young team" in the advert.', true],
    ['a name for the post stays quoted', 'We call it "young people\'s service" in the advert.', true],
    ['a quotation with no document after it stays quoted', 'Can we add "young" before we meet?', true],
  ])('%s', (_name, text, quoted) => {
    expect(tokenize(text).tokens.find((t) => t.norm === 'young')?.quoted).toBe(quoted);
  });

  it('closes a single quote on a plural possessive', () => {
    const { tokens } = tokenize('We are ‘the nurses’ favourite’ team.');
    expect(tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['the', "nurses'"]);
  });

  it('keeps a closing quote inside the sentence it closes', () => {
    const { tokens } = tokenize('Staff told us "we are young." We want you.');
    expect(tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['we', 'are', 'young']);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('splits clauses at punctuation and at words such as "so" and "which"', () => {
    const { tokens } = tokenize('You will help patients, so you must be fit; the role, which is busy, suits you.');
    const clauses = tokens.map((t) => t.clause);
    expect(clauses).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4]);
  });

  it('keeps "A&E" and "IM&T" as one word, and splits "Duties & Responsibilities"', () => {
    expect(words('A&E, IM&T and Duties & Responsibilities')).toEqual(['A&E', 'IM&T', 'and', 'Duties', 'Responsibilities']);
  });

  it('does not end a sentence at "e.g." before a lower-case word', () => {
    expect(tokenize('Skills, e.g. typing. Then more.').tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  // The flags are counted as the word is read: joined parts and letters of other scripts count too.
  it.each<[string, (keyof typeof SHAPE)[]]>([
    ['nurse', ['PLAIN']],
    ['Trust', ['CAP', 'PLAIN']],
    ['NHS', ['CAP', 'UPPER', 'CAPITALS', 'PLAIN']],
    ['GCSEs', ['CAP', 'CAPITALS', 'PLAIN']],
    ['S1', ['CAP', 'DIGIT', 'PLAIN']],
    ['2026', ['DIGIT', 'NUMBER', 'PLAIN']],
    ['A&E', ['CAP', 'UPPER', 'CAPITALS']],
    ["O'NEILL", ['CAP', 'UPPER', 'CAPITALS']],
    ['don’t', []],
    ['nurses’', []],
    ['ÉCOLE', ['CAP', 'UPPER', 'CAPITALS']],
    ['café', []],
  ])('gives %j the shape %j', (word, flags) => {
    const [token] = tokenize(`${word} `).tokens;
    expect(token!.end - token!.start).toBe(word.length);
    expect((Object.keys(SHAPE) as (keyof typeof SHAPE)[]).filter((f) => token!.shape & SHAPE[f])).toEqual(flags);
  });
});
