import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 42 (helper anonymiser-85): what public first-person staff stories (returners, apprentices, international recruits,
// radiographers) let through or took wrongly, each mended by a general reading. Fresh lines in our own words, each with a
// near case that must stay.

describe('an ordinal after "my" is a child only when a listed verb follows', { timeout: 30_000 }, () => {
  test('"my second boss" and "my first rotations" are work, not a child', () => {
    expect(redact('My second boss at Hull taught me audit.')).toBe('My second boss at Hull taught me audit.');
    expect(redact('My first rotations were in respiratory care.')).toBe('My first rotations were in respiratory care.');
  });

  test('"my second was born" is still a child', () => {
    expect(redact('My second arrived in 2019, so I went part-time.')).toBe('[FAMILY], so I went part-time.');
  });
});

describe('a word after "I\'m from" in lower case is a place only when it is no function word', () => {
  test('"from where I\'m from to train" keeps its "to"', () => {
    expect(redact('Few people from where I’m from to this day train as nurses.')).toBe('Few people from where I’m from to this day train as nurses.');
  });

  test('a town typed in lower case still goes', () => {
    expect(redact('I’m from bangor and proud of it.')).toBe('I’m from [PLACE OF ORIGIN] and proud of it.');
  });
});

describe("the writer's children told without a count", () => {
  test('"since having kids" and "we have a family of five"', () => {
    expect(redact('Since having kids I have worked school hours.')).toBe('Since having [FAMILY] I have worked school hours.');
    expect(redact('We have a family of five, so I drive.')).toBe('We have [FAMILY], so I drive.');
  });

  test('children counted after "having"', () => {
    expect(redact('After having three children of my own I retrained.')).toBe('After having [FAMILY] of my own I retrained.');
  });

  test('children the writer meets at work stay', () => {
    expect(redact('I have children on my caseload with complex needs.')).toBe('I have children on my caseload with complex needs.');
    expect(redact('We had children admitted with bronchiolitis.')).toBe('We had children admitted with bronchiolitis.');
  });
});

describe('a spouse told with "then" or "now"', () => {
  test('"my then fiancé" goes with the relative', () => {
    expect(redact('My then fiancé drove me to every exam.')).toBe('[MARITAL STATUS] drove me to every exam.');
  });
});

describe('the age the writer left school', () => {
  test('"left school at 16" is an age', () => {
    expect(redact('I left school at 16 to work in a bakery.')).toBe('I left school at [AGE] to work in a bakery.');
  });

  test("a clock's time stays", () => {
    expect(redact('On Fridays I left school at 3.15 for placement.')).toBe('On Fridays I left school at 3.15 for placement.');
  });
});

describe('a condition written in capitals', () => {
  test('"Sickle Cell Disease" told of the writer', () => {
    expect(redact('I have lived with Sickle Cell Disease since birth.')).toContain('[HEALTH]');
  });

  test('a clinic for it stays', () => {
    expect(redact('I coordinated the Sickle Cell Disease clinic for two years.')).toBe('I coordinated the Sickle Cell Disease clinic for two years.');
  });
});

describe("a union's full name with its letters in brackets", () => {
  test('the full name, letters and role go together', () => {
    expect(redact('I am the Chartered Society of Physiotherapy (CSP) industrial relations steward for our site.')).toBe('I am the [TRADE UNION].');
  });

  test('the letters in brackets without a role stay', () => {
    expect(redact('I follow Chartered Society of Physiotherapy (CSP) guidance on record keeping.')).toBe(
      'I follow Chartered Society of Physiotherapy (CSP) guidance on record keeping.',
    );
  });
});

describe('where the writer is from after their age', () => {
  test('"I am 27 and from a village near" names the village', () => {
    expect(redact('I am 27 and from a village near Tamale.')).toBe('I am [AGE] and from a village near [PLACE OF ORIGIN].');
  });

  test('a team after "and from" stays', () => {
    expect(redact('I am 27 and from the outreach team.')).toBe('I am [AGE] and from the outreach team.');
  });
});

describe('an operation the writer had', () => {
  test('"needed a shoulder operation" is health', () => {
    expect(redact('In 2021 I needed a shoulder operation, so I moved to clinics.')).toContain('[HEALTH]');
  });

  test('one the writer assisted with stays', () => {
    expect(redact('I have assisted with a shoulder operation on most lists.')).toBe('I have assisted with a shoulder operation on most lists.');
  });
});

describe('how long a marriage has lasted', () => {
  test('"(now wife of 9 years)" goes', () => {
    expect(redact('A classmate (now wife of 9 years) sat beside me at college.')).toBe('A classmate (now [MARITAL STATUS]) sat beside me at college.');
  });
});

describe('a step-parent beside a parent', () => {
  test('"my mum and step dad" go together', () => {
    expect(redact('Both my mum and step dad ran a care home.')).toBe('Both [FAMILY] ran a care home.');
  });

  test('"a step back" stays', () => {
    expect(redact('I took a step back to reflect.')).toBe('I took a step back to reflect.');
  });
});
