import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
const found = (text: string) => anonymise(text).redactions.map(({ type, original }) => [type, original]);

// Round 29 (helper anonymiser-44): the must-never detail round 28's f28-* documents let through, mended by where a
// meeting display name ends. Fresh lines in our own words, none from the corpus, each with what must stay beside it.

describe("a trainee's grade after a display name's bracket is part of the display name", () => {
  test.each([
    ['Teams: Eilidh Munro (NHSG) – GPST2', 'Teams: [URL]', 'Eilidh Munro (NHSG) – GPST2'],
    ['MS Teams: Tariq Aziz (LTHT) - FY1', 'MS Teams: [URL]', 'Tariq Aziz (LTHT) - FY1'],
    ['Zoom: Nkechi Obi (UHCW) — CT2', 'Zoom: [URL]', 'Nkechi Obi (UHCW) — CT2'],
  ])('%j', (text, expected, handle) => {
    expect(redact(text)).toBe(expected);
    expect(found(text)).toEqual([['url', handle]]);
  });

  test('in the left column of two, the grade ends at the gap and the other column stays', () => {
    const text = 'Teams: Gwen Pryce (BCUHB) – ST4        Languages: Welsh, English';
    expect(redact(text)).toBe('Teams: [URL]        Languages: Welsh, English');
  });

  test('words after the dash, or a grade that runs on into a sentence, stay', () => {
    expect(redact('Teams: Joan Reid (NECS) - ST3 rota lead')).toBe('Teams: [URL] - ST3 rota lead');
    expect(redact('Teams: Joan Reid (NECS) – Band 6 nurse')).toBe('Teams: [URL] – Band 6 nurse');
  });

  test('a grade after a bracket that is no display name stays', () => {
    const text = 'Rotation: Acute Medicine (Raigmore) – ST3';
    expect(redact(text)).toBe(text);
  });
});
