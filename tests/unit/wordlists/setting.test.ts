import { describe, expect, it } from 'vitest';
import { analyse, RULESET } from '@/lib/engine';

/**
 * NHS Jobs carries adverts from hospitals, mental health and community trusts as well as GP
 * practices, dental, pharmacy, optometry and PCNs: a message or an example that only fits a GP
 * practice (its clinical system, its list size, its sessions) reads as wrong in a hospital advert.
 */
const GP_ONLY = /\b(?:EMIS|SystmOne|Docman|QOF|list of [\d,]+ patients|list size|patients a session|GP appointment system)\b/i;

describe('messages and suggestions fit every NHS setting', () => {
  const texts = RULESET.rules.flatMap((rule) => [
    { id: rule.id, text: rule.message },
    ...rule.suggestions.map((s) => ({ id: rule.id, text: s.text })),
    ...Object.values(rule.variants ?? {}).flatMap((v) => [{ id: rule.id, text: v.message }, ...v.suggestions.map((s) => ({ id: rule.id, text: s.text }))]),
  ]);

  it('has messages to check', () => {
    expect(texts.length).toBeGreaterThan(200);
  });
  it('names no GP clinical system or GP-only measure in any message or suggestion', () => {
    expect(texts.filter((t) => GP_ONLY.test(t.text)).map((t) => `${t.id}: ${t.text}`)).toEqual([]);
  });
  it('gives a hospital advert the same setting-neutral advice as a GP advert', () => {
    const advice = (text: string) => analyse(text, { context: 'advert', minWordsForStatements: 100000 }).findings.flatMap((f) => f.suggestions.map((s) => s.text));
    const hospital = advice('Staff Nurse, Ward 12, City Hospital. You will be a digital native with 5 years of experience.');
    const practice = advice('Receptionist, Hill Street Surgery. You will be a digital native with 5 years of experience.');
    expect(hospital.length).toBeGreaterThanOrEqual(2);
    expect(hospital).toEqual(practice);
    expect(hospital.join(' ')).not.toMatch(GP_ONLY);
  });
});
