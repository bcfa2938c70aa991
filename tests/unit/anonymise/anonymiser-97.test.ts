import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 46 (helper anonymiser-97): what public first-person staff stories (tissue viability and district nurses, physician
// associates, nursing associates, chaplains, international and refugee recruits, LGBT+ network members, staff with long
// Covid or Crohn's, switchboard and estates staff) let through or took wrongly, each mended by a general reading. Fresh
// lines in our own words, each with a near case that must stay.

describe('a union role without the union’s name', { timeout: 30_000 }, () => {
  test('"shop steward" and "trade union rep" the writer holds go, with what the role is for', () => {
    expect(redact('I am a shop steward and a porter.')).toBe('I am a [TRADE UNION] and a porter.');
    expect(redact('Since 2020 I have been a Trade Union Workplace Rep for the laundry.')).toBe('Since 2020 I have been a [TRADE UNION].');
    expect(redact('I was elected shop steward for GMB and I still nurse.')).toBe('I was elected [TRADE UNION] and I still nurse.');
  });

  test('a role the name wraps onto the next line after more words goes whole', () => {
    expect(redact('I am a member of staff side and a GMB union\nbranch secretary.')).toBe('I am a member of staff side and a [TRADE UNION].');
  });

  test('someone else’s steward, and a union alone, stay', () => {
    expect(redact('I met the shop steward before each hearing.')).toBe('I met the shop steward before each hearing.');
    expect(redact('I briefed the trade union on the rota change.')).toBe('I briefed the trade union on the rota change.');
  });
});

describe('an orientation told in the past', () => {
  test('"I was gay" goes', () => {
    expect(redact('At my first trust nobody knew I was gay.')).toBe('At my first trust nobody knew I was [SEXUAL ORIENTATION].');
  });

  test('a cause stays', () => {
    expect(redact('I was gay rights officer at university.')).toBe('I was gay rights officer at university.');
  });
});

describe('a family role capitalised as a title', () => {
  test('"I’m a Mum", "I am a Husband" go', () => {
    expect(redact('I’m a Physio, I’m a Dad, I’m a Husband.')).toBe('I’m a Physio, I’m a [FAMILY], I’m a [MARITAL STATUS].');
    expect(redact('I am a Mum; I am a runner.')).toBe('I am a [FAMILY]; I am a runner.');
  });

  test('a ward named by it stays', () => {
    expect(redact('I am a Mother and Baby Unit sister.')).toBe('I am a Mother and Baby Unit sister.');
  });
});

describe('a leave the writer covers, and a post named by it', () => {
  test('covering "a maternity leave" and "a maternity leave post" stay', () => {
    expect(redact('I ran the clinic during a maternity leave in 2021.')).toBe('I ran the clinic during a maternity leave in 2021.');
    expect(redact('My first band 6 was a paternity leave contract on nights.')).toBe('My first band 6 was a paternity leave contract on nights.');
    expect(redact('I was asked to cover an adoption leave for the matron.')).toBe('I was asked to cover an adoption leave for the matron.');
  });

  test('the writer’s own leave still goes', () => {
    expect(redact('I took maternity leave in 2022.')).toBe('I took [PARENTAL LEAVE].');
    expect(redact('I came back from my second maternity leave last year.')).toBe('I [PARENTAL LEAVE] last year.');
  });
});

describe('a condition naming a post, a recall or a list of fields', () => {
  test('"a diabetes dietitian", "epilepsy educator", "a dementia practitioner" and "asthma recall" stay', () => {
    expect(redact('I had spent ten years as a diabetes dietitian before I retrained.')).toBe('I had spent ten years as a diabetes dietitian before I retrained.');
    expect(redact('I have been the epilepsy educator for the county since 2019.')).toBe('I have been the epilepsy educator for the county since 2019.');
    expect(redact('I have worked as a dementia practitioner and I led our asthma recall.')).toBe('I have worked as a dementia practitioner and I led our asthma recall.');
  });

  test('a condition opening a list that ends in a word of work stays', () => {
    expect(redact('I have run the epilepsy, migraine and stroke clinics.')).toBe('I have run the epilepsy, migraine and stroke clinics.');
    expect(redact('I had arthritis, COPD and heart failure patients on my caseload.')).toBe('I had arthritis, COPD and heart failure patients on my caseload.');
  });

  test('the writer’s own list still goes', () => {
    expect(redact('I have epilepsy, migraine and I manage both well.')).toBe('I have [HEALTH], migraine and I manage both well.');
    expect(redact('I have lupus, diabetes and arthritis.')).toBe('I have [HEALTH], [HEALTH] and [HEALTH].');
  });
});

describe('Malayali as a people', () => {
  test('"a proud Malayalee" goes', () => {
    expect(redact('I am a proud Malayalee and a theatre nurse.')).toBe('I am a proud [NATIONALITY] and a theatre nurse.');
  });
});
