import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 50 (helper anonymiser-107): the tuned CV slice's largest families of details left in (religion, health, family),
// each mended by a general reading of how a candidate says it. Fresh lines in our own words, each with a near case that
// must stay.

// The lead kept the writer's verb before a place of worship (round 49): the place goes, "I volunteer at the" stays.
describe('time given at a place of worship', { timeout: 30_000 }, () => {
  test('the place goes, the verb of volunteering before it stays', () => {
    expect(redact('We sing in the choir, and I volunteer at the Hindu mandir in Belgrave on Saturdays.')).toBe('We sing in the choir, and I volunteer at the [RELIGION].');
    expect(redact('Jain; volunteer at the derasar on Paryushan days')).toBe('[RELIGION]; volunteer at the [RELIGION] days');
  });

  test('volunteering with patients there, and at a place with no faith, stay', () => {
    expect(redact('I volunteer with patients at the Sikh gurdwara health fair.')).toBe('I volunteer with patients at the [RELIGION] health fair.');
    expect(redact('I volunteer at the hospice shop in Truro.')).toBe('I volunteer at the hospice shop in Truro.');
  });
});

describe('a condition with its adjustment', () => {
  test('what the writer uses, keeps or does for their own condition goes to the clause’s end', () => {
    expect(redact('I have coeliac disease and keep oatcakes in my locker on long shifts.')).toBe('I have [HEALTH].');
    expect(redact('I am deaf in my left ear and sit facing the speaker in handovers.')).toBe('I am [HEALTH].');
  });

  test('the condition as clinical work, and what the writer brings to the work, stay', () => {
    expect(redact('I manage type 1 diabetes clinics and use pump downloads with patients.')).toBe('I manage type 1 diabetes clinics and use pump downloads with patients.');
    expect(redact('I have asthma and use my experience to teach inhaler technique.')).toBe('I have [HEALTH] and use my experience to teach inhaler technique.');
  });
});

describe('ages in a list of the writer’s children', () => {
  test('a bracketed age after a child’s name goes, in a sentence naming the writer’s children', () => {
    expect(redact('Our daughters, Nia (9) and Efa (4), are at school nearby.')).toBe('[FAMILY], [NAME 1] ([FAMILY]) and [NAME 2] ([FAMILY]), are at school nearby.');
    expect(redact('Children: Tomasz (12), Ola (8)')).toBe('Children: [FAMILY]');
  });

  test('a ward’s number beside children who are patients stays', () => {
    expect(redact('I led audits on Ward Beech (12) and Ward Larch (14) with children and families.')).toBe(
      'I led audits on Ward Beech (12) and Ward Larch (14) with children and families.',
    );
  });
});
