import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 37 (helper anonymiser-69): readings from 40 real, public statements, staff stories and one CV (social prescribing link
// workers, a GP receptionist turned office manager, a practice nurse, a practice manager, a PCN pharmacist; dental nurses and a
// therapist; podiatrists and orthoptists; chefs, estates apprentices and patient transport crews; medical secretaries; a carer and a
// hospice volunteer; nurses from Zimbabwe, Nepal, Ghana, Kenya, the Philippines, Jamaica, Lithuania and Romania; a Pakistani
// doctor; overseas staff from Sudan, the Philippines and Italy; a Zimbabwean pharmacy student's CV kept as a template string).
// Fresh lines in our own words, none from those documents, each with what must stay.

describe('where someone lives, told in a story', () => {
  test('a rented or shared house between "lives in" and the town', () => {
    expect(redact('She lives in a shared flat in Kettering with two colleagues.')).toBe('They live in a shared flat in [ADDRESS] with two colleagues.');
    expect(redact('I live in a rented house in Frome.')).toBe('I live in a rented house in [ADDRESS].');
  });

  test('a patient’s home stays, as before', () => {
    const text = 'I visited people who live in a rented house in Frome.';
    expect(redact(text)).toBe(text);
  });

  test('the town fronted before where the writer was housed', () => {
    expect(redact('In Kettering, I was given staff accommodation near the home.')).toBe('In [ADDRESS], I was given staff accommodation near the home.');
    expect(redact('In Frome, we were housed by the agency.')).toBe('In [ADDRESS], we were housed by the agency.');
  });

  test('a town fronted before a welcome stays', () => {
    const text = 'In Kettering, I was given a warm welcome by the ward team.';
    expect(redact(text)).toBe(text);
  });
});

describe('where someone is from, told of them', () => {
  test('by pronoun or by a name opening a headline’s clause, only a country abroad', () => {
    expect(redact('He is from Moldova and works nights on the stroke unit.')).toBe('They are from [PLACE OF ORIGIN] and works nights on the stroke unit.');
    expect(redact('Staff stories: Ilinca is from Moldova.')).toContain('is from [PLACE OF ORIGIN].');
  });

  test('a body something comes from stays', () => {
    const text = 'Funding is from Health Education England for two years.';
    expect(redact(text)).toBe(text);
  });

  test('"is from a town called …" takes the town', () => {
    expect(redact('Our new starter is from a town called Tarlac in the north.')).toBe('Our new starter is from a town called [PLACE OF ORIGIN] in the north.');
  });
});

describe('nationality told with a post or among the writer’s people', () => {
  test('the people’s word before the person’s own post', () => {
    expect(redact('I am a Moldovan nurse with six years in intensive care.')).toBe('I am a [NATIONALITY] nurse with six years in intensive care.');
  });

  test('a service for a community stays', () => {
    const text = 'I supported families, a Somali nurse among them.';
    expect(redact(text)).toBe(text);
  });

  test('"fellow" and the people in the plural', () => {
    expect(redact('My fellow Ugandans at church helped me find a flat.')).toContain('[NATIONALITY]');
    expect(redact('My fellow Ugandans at church helped me find a flat.')).not.toContain('Ugandans');
  });

  test('"fellow" before colleagues stays', () => {
    const text = 'My fellow nurses covered my shifts.';
    expect(redact(text)).toBe(text);
  });
});

describe('ages at an event', () => {
  test('"when I was about 16"', () => {
    expect(redact('I first shadowed a physiotherapist when I was about 15.')).toBe('I first shadowed a physiotherapist when I was about [AGE].');
    expect(redact('I chose dentistry when I was around 17 and never looked back.')).toBe('I chose dentistry when I was around [AGE] and never looked back.');
  });

  test('"when I was about to" stays', () => {
    const text = 'When I was about to qualify, the ward offered me a post.';
    expect(redact(text)).toBe(text);
  });

  test('an age with the writer’s clause after it', () => {
    expect(redact('I had never heard of orthoptics at 18, when I chose my course.')).toBe('I had never heard of orthoptics at [AGE], when I chose my course.');
  });

  test('"at the age of" told of someone a story names', () => {
    expect(redact('Selam Tesfaye joined the ward at the age of 19, and qualified last year.')).toBe('[NAME 1] joined the ward at the age of [AGE], and qualified last year.');
  });

  test('a patient told with a title keeps their age', () => {
    expect(redact('Mr Lowe came in at the age of 82 after a fall.')).toContain('came in at the age of 82 after a fall.');
  });

  test('a life event told of someone named, then their age at it', () => {
    expect(redact('Gareth joined the Navy at 17 as an engineer.')).toBe('[NAME 1] joined the Navy at [AGE] as an engineer.');
  });

  test('a clock’s time and a count of sites stay', () => {
    expect(redact('Gareth started at 9 and finished at 5.')).toBe('[NAME 1] started at 9 and finished at 5.');
    const text = 'The audit started at 15, then rose to 30 sites.';
    expect(redact(text)).toBe(text);
  });
});

describe('an arrival that tells how someone came', () => {
  test('unaccompanied, in the back of a lorry, illegally', () => {
    expect(redact('He arrived in the UK in the back of a lorry, as an unaccompanied minor.')).toBe('They [IMMIGRATION STATUS].');
    expect(redact('She said she had arrived in the UK illegally.')).toBe('They said they had [IMMIGRATION STATUS].');
  });

  test('from their native country', () => {
    expect(redact('He arrived in the UK from his native Eritrea as an unaccompanied minor.')).toBe('They [IMMIGRATION STATUS].');
  });

  test('an arrival at a town for work stays', () => {
    const text = 'The new scanner arrived in Leeds in the back of a van.';
    expect(redact(text)).toBe(text);
  });
});

describe('the writer’s own health', () => {
  test('"I was depressed", a condition said of the writer as a child, a toll on their health', () => {
    expect(redact('After the move I was depressed and stopped sleeping.')).toBe('After the move I was [HEALTH] and stopped sleeping.');
    expect(redact('I was a poorly epileptic child, so hospitals felt familiar.')).toBe('I was [HEALTH], so hospitals felt familiar.');
    expect(redact('The night shifts took a heavy toll on my physical health.')).toBe('The night shifts took [HEALTH].');
  });

  test('the same words before patients stay', () => {
    const text = 'I got diabetic patients onto the foot pathway.';
    expect(redact(text)).toBe(text);
  });

  test('any operation ending in -ectomy that the writer had', () => {
    expect(redact('I had a cholecystectomy in March.')).toContain('[HEALTH]');
    const text = 'I scrubbed for thyroidectomy and parathyroidectomy lists.';
    expect(redact(text)).toBe(text);
  });
});

describe('family listed after one "my"', () => {
  test('a spouse after a relative', () => {
    expect(redact('My brother and husband both work nights.')).toBe('[FAMILY] and [MARITAL STATUS] both work nights.');
  });
});

describe('names', () => {
  test('a name owning a relative, a name part the data knows, even one ending in "s"', () => {
    expect(redact('Thomas’s wife, Ruth, rang the ward. Thomas thanked us.')).toBe('[NAME 1]’s wife, [NAME 2], rang the ward. [NAME 1] thanked us.');
  });

  test('a place owning a family service stays', () => {
    const text = 'Croydon’s family hubs referred to us.';
    expect(redact(text)).toBe(text);
  });

  test('a name set off, then a person’s pronoun going on about them', () => {
    expect(redact('On nights I worked with Ilinca, she showed me the drug round.')).toBe('On nights I worked with [NAME 1], they showed me the drug round.');
  });

  test('a town set off before a pronoun stays', () => {
    const text = 'We built a link with Leeds, he said.';
    expect(redact(text)).toBe('We built a link with Leeds, they said.');
  });

  test('two unlisted names, then their family set off', () => {
    expect(redact('In 2022, Tafadzwa Mhlanga, his wife and two sons moved to Hull.')).toContain('[NAME 1], their wife');
  });

  test('one name set off as "one of the" people', () => {
    expect(redact('Ilinca, one of the brilliant healthcare assistants on Ward 4, shared her story.')).toBe('[NAME 1], one of the brilliant healthcare assistants on Ward 4, shared their story.');
  });

  test('a town set off as one of the busiest places stays', () => {
    const text = 'Leeds, one of the busiest trusts in England, hosted the day.';
    expect(redact(text)).toBe(text);
  });
});

describe('bodies named after someone stay', () => {
  test('a house the writer volunteers at, a charity volunteered for', () => {
    expect(redact('I volunteer at Mary Ann Evans House on Saturdays.')).toBe('I volunteer at Mary Ann Evans House on Saturdays.');
    // Review 37 (M12): two name-like words after "volunteering for" may be a person one volunteers for, so a charity's word
    // after them keeps them, and without one they go as a name (a name left in costs more than a charity taken out).
    expect(redact('I have been volunteering for the Sue Ryder shop since 2020.')).toBe('I have been volunteering for the Sue Ryder shop since 2020.');
    // Issue 12: a national charity that carries its founder's whole name is the body, with or without a charity's word after it.
    expect(redact('I have been volunteering for Sue Ryder since 2020.')).toBe('I have been volunteering for Sue Ryder since 2020.');
  });

  test('someone the writer volunteered with is a person', () => {
    expect(redact('I volunteered with Sarah Jones at the food bank.')).toBe('I volunteered with [NAME 1] at the food bank.');
  });
});
