import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 45 (helper anonymiser-94): what 42 public first-person stories (dietitians, speech and language therapy, stammering,
// refugee doctors, Windrush nurses, veterans, ODPs, GP receptionists, chaplains, apprentices, returners, deaf staff, Pride,
// orthoptists, carers, T-level students) let through, each mended by a general reading. Fresh lines in our own words, each
// with a near case that must stay.

describe('an age after "the age of" told in words, or after a lead-in, or a birthday passed', { timeout: 30_000 }, () => {
  test('a teenage age in words, a lead-in adverb and "after turning" go', () => {
    expect(redact('I walked out of sixth form at the age of seventeen.')).toBe('I walked out of sixth form at the age of [AGE].');
    expect(redact('Still at the age of fifty-two I take the night shifts.')).toBe('Still at the age of [AGE] I take the night shifts.');
    expect(redact('Soon after turning 18, I started as a porter.')).toBe('Soon after turning [AGE], I started as a porter.');
    expect(redact('My voice began to falter around the age of nine.')).toBe('My voice began to falter around the age of [AGE].');
  });

  test('someone else’s age, a turn of a bed and a patient’s birthday stay', () => {
    expect(redact('I visit my mother, who moved abroad at the age of sixty-two.')).toBe('I visit [FAMILY], who moved abroad at the age of sixty-two.');
    expect(redact('The bed needs turning 180 degrees before transfer.')).toBe('The bed needs turning 180 degrees before transfer.');
    expect(redact('Patients turning 75 are invited for a health check.')).toBe('Patients turning 75 are invited for a health check.');
  });
});

describe('the writer’s own deafness, sight loss or stammer', () => {
  test('"my deafness", "my sight loss", "I began to stutter" go', () => {
    expect(redact('Working with my deafness taught me to plan meetings.')).toBe('Working with my [HEALTH] taught me to plan meetings.');
    expect(redact('I use magnifiers for my sight loss at work.')).toBe('I use magnifiers for my [HEALTH] at work.');
    expect(redact('At school I began to stutter badly.')).toBe('At school I began to [HEALTH] badly.');
  });

  test('a service for others or a task begun stays', () => {
    expect(redact('I set up a sight loss clinic for older patients.')).toBe('I set up a sight loss clinic for older patients.');
    expect(redact('I began to audit discharge letters.')).toBe('I began to audit discharge letters.');
  });
});

describe('a capitalised orientation the writer states', () => {
  test('"I identify as Queer", "as a Lesbian woman" go', () => {
    expect(redact('I mentor students and I identify as Queer.')).toBe('I mentor students and I [SEXUAL ORIENTATION].');
    expect(redact('As a Lesbian woman I co-chair the forum.')).toBe('As a [SEXUAL ORIENTATION] I co-chair the forum.');
  });

  test('a capitalised rights group or a men’s health project stays', () => {
    expect(redact('As Gay Rights lead I organised the stall.')).toBe('As Gay Rights lead I organised the stall.');
    expect(redact('As a Gay Men’s Health volunteer I ran testing.')).toBe('As a Gay Men’s Health volunteer I ran testing.');
  });
});

describe('where the writer comes from, a direction before a capitalised place or a hometown in a country', () => {
  test('"born in east Belfast", "my hometown in Romania" go whole', () => {
    expect(redact('I was born in east Belfast and trained in Leeds.')).toBe('I was born in [PLACE OF ORIGIN] and trained in Leeds.');
    expect(redact('I completed a long first placement on a busy surgical ward of a district hospital in my hometown in Romania.')).toBe(
      'I completed a long first placement on a busy surgical ward of a district hospital in [PLACE OF ORIGIN] in [PLACE OF ORIGIN].',
    );
  });

  test('a direction of work stays', () => {
    expect(redact('I have worked in east Belfast for years.')).toBe('I have worked in east Belfast for years.');
  });
});

describe('a godparent, and their name after them', () => {
  test('"my godfather, Clement," goes with his name', () => {
    expect(redact('Visiting my godfather, Clement, in hospice shaped my career.')).toBe('Visiting [FAMILY], [NAME 1], in hospice shaped my career.');
  });
});

describe('leaving the forces on health grounds, and a parent who stays at home', () => {
  test('"medically retired from the Navy", "to become a stay-at-home dad" go', () => {
    expect(redact('I was medically retired from the Navy after twelve years.')).toBe('I was [HEALTH] from the Navy after twelve years.');
    expect(redact('I paused my training to become a stay-at-home dad.')).toBe('I paused my training to [FAMILY].');
  });

  test('a patient’s discharge from a ward stays', () => {
    expect(redact('I coordinated medical discharge from the ward every morning.')).toBe('I coordinated medical discharge from the ward every morning.');
  });
});
