import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 45 (helper mend-45d): mends of a review of anonymiser-94, each a general reading shown on fresh lines in our own words,
// with the near case that must stay as it was.

describe('a condition of the writer’s words before a noun of work', { timeout: 30_000 }, () => {
  test('services, clinics, referrals and awareness after the condition are work', () => {
    expect(redact('I manage tinnitus services for two boroughs.')).toBe('I manage tinnitus services for two boroughs.');
    expect(redact('I get deafness referrals from the audiology hub.')).toBe('I get deafness referrals from the audiology hub.');
    expect(redact('I lead my sight loss clinic every Thursday.')).toBe('I lead my sight loss clinic every Thursday.');
    expect(redact('I have sight loss awareness training from RNIB.')).toBe('I have sight loss awareness training from RNIB.');
  });

  test('the writer’s own condition, and their own medication or care for it, still go', () => {
    expect(redact('I have deafness in my left ear and lip-read.')).toBe('I have [HEALTH].');
    expect(redact('I keep my migraine medication in my locker.')).toBe('I keep my [HEALTH] medication in my locker.');
    expect(redact('My eczema care is handled by my GP.')).toBe('My [HEALTH] care is handled by my GP.');
  });
});

describe('an orientation in capitals only when it ends its name', () => {
  test('a capitalised word naming a person, a charity or a week stays', () => {
    expect(redact('As Bi Patel told me, I ask good questions.')).toBe('As Bi Patel told me, I ask good questions.');
    expect(redact('As a Queer Arts Collective trustee I chair meetings.')).toBe('As a Queer Arts Collective trustee I chair meetings.');
    expect(redact('As a Lesbian and Bisexual Forum steward I ran stalls.')).toBe('As a Lesbian and Bisexual Forum steward I ran stalls.');
    expect(redact('As a Gay mens outreach worker I ran testing.')).toBe('As a Gay mens outreach worker I ran testing.');
  });

  test('the writer’s own, capitalised, still goes', () => {
    expect(redact('As a Bisexual Woman I know the gaps.')).toBe('As a [SEXUAL ORIENTATION] I know the gaps.');
    expect(redact('I identify as Pansexual.')).toBe('I identify as [SEXUAL ORIENTATION].');
  });
});

describe('an age around or after turning, the writer’s only', () => {
  test('a service’s "around the age of" and a baby’s months stay', () => {
    expect(redact('Children get a vision check at about the age of five.')).toBe('Children get a vision check at about the age of five.');
    expect(redact('Before turning 24 months, toddlers have a review.')).toBe('Before turning 24 months, toddlers have a review.');
  });

  test('the writer’s age around it, or after turning it, goes', () => {
    expect(redact('I first wore glasses around the age of seven.')).toBe('I first wore glasses around the age of [AGE].');
    expect(redact('I left the Navy at about the age of 41 and retrained.')).toBe('I left the Navy at about the age of [AGE] and retrained.');
    expect(redact('Since turning 30 years of age I have run.')).toBe('Since turning [AGE] years of age I have run.');
  });
});

describe('leaving the forces on health grounds, in any case, and a stammer after "I"', () => {
  test('capitalised or in capitals, opening its clause, it goes', () => {
    expect(redact('Medically retired from the Navy in 2016, I became an HCA.')).toBe('[HEALTH] from the Navy in 2016, I became an HCA.');
    expect(redact('MEDICAL DISCHARGE FROM THE ARMY, 2011')).toBe('[HEALTH] FROM THE ARMY, 2011');
    expect(redact('I stuttered at primary school.')).toBe('I [HEALTH] at primary school.');
  });

  test('others’ discharge, a ward’s discharge and stammer training stay', () => {
    expect(redact('I mentor veterans medically discharged from the Army.')).toBe('I mentor veterans medically discharged from the Army.');
    expect(redact('I plan the medical discharge from the ward.')).toBe('I plan the medical discharge from the ward.');
    expect(redact('I have stammer awareness training.')).toBe('I have stammer awareness training.');
  });
});

describe('a home the writer ran, and a sentence read as a street', () => {
  test('a care or nursing home village stays; the writer’s home village goes', () => {
    expect(redact('I led a residential home village in Kent.')).toBe('I led a residential home village in Kent.');
    expect(redact('I often visit my home village in Kerala.')).toBe('I [PLACE OF ORIGIN].');
  });

  test('a number, a pronoun and "drive" are no address; a street in lower case still is', () => {
    expect(redact('From 17 our daughter would drive us.')).toBe('From 17 [FAMILY] would drive us.');
    expect(redact('Address: 7 larch close, leeds')).toBe('Address: [ADDRESS]');
  });

  test('a godparent alone is family', () => {
    expect(redact('I care for my godparent on Sundays.')).toBe('I [FAMILY].');
  });
});
