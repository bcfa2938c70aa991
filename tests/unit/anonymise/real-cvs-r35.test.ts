import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 35 (helper anonymiser-63): readings from 49 real, public statements, staff stories and CVs (GP practice managers
// and receptionists, occupational therapists, a community dentist, a pharmacy technician, dispensing opticians and an
// optometrist, audiologists, porters, domestics and estates apprentices, NHS data scientists, veterans of the RAF and the
// Army, nurses and doctors from the Philippines, Kerala, Kenya, Zimbabwe, Nigeria, Spain and Portugal, Welsh-speaking staff;
// CVs kept as Markdown and TypeScript). Fresh lines in our own words, none from those documents, each with what must stay.

describe('homes and origins in news stories', () => {
  test('a village set off after a name and an age goes', () => {
    expect(redact('Former Navy medic Priya Rahman, 34, of Ashby, said the course helped her.')).toBe('Former Navy medic [NAME 1], [AGE], of [ADDRESS], said the course helped them.');
  });

  test('an employer set off the same way stays', () => {
    expect(redact('Dr Amira Khan, 45, of Leeds Teaching Hospitals, led the audit.')).toBe('Dr [CANDIDATE], [AGE], of Leeds Teaching Hospitals, led the audit.');
  });

  test('the town after a name and an age and "lives in" goes', () => {
    expect(redact('Grace Tembo, 41, lives in Swindon and works on the stroke unit.')).toBe('[CANDIDATE], [AGE], lives in [ADDRESS] and works on the stroke unit.');
  });

  test('an age told with "is" and the country after it go', () => {
    expect(redact('Mercy Achieng is 26 and from Uganda, where she trained.')).toBe('[NAME 1] is [AGE] and from [PLACE OF ORIGIN], where they trained.');
  });

  test('"is" and a number of beds stay', () => {
    const text = 'The ward is 28 beds and from May it opens at weekends.';
    expect(redact(text)).toBe(text);
  });

  test('a place of origin ends before a given name that opens the next clause', () => {
    expect(redact('Moving to Derby from Ghana, Joseph began his adaptation course.')).toBe('Moving to Derby from [PLACE OF ORIGIN], [NAME 1] began their adaptation course.');
  });

  test('a country after a town and a comma is still part of the place, even one that is also a given name', () => {
    expect(redact('I was born in Irbid, Jordan and came here to study.')).toBe('I was born in [PLACE OF ORIGIN] and came here to study.');
  });

  test('a post from a country abroad, after "as a" or opening the sentence', () => {
    expect(redact('I started in 2004 as a newly qualified theatre nurse from Nepal.')).toBe('I started in [YEAR] as a newly qualified theatre nurse from [PLACE OF ORIGIN].');
    expect(redact('A dental nurse from Peru told us about her first year.')).toBe('A dental nurse from [PLACE OF ORIGIN] told us about their first year.');
  });

  test('"as a" before a post and a month, a university or a UK town stays', () => {
    for (const text of ['I worked as a link nurse from March 2019.', 'I joined as a student from Cardiff University.', 'I came as a locum from Swansea.']) {
      expect(redact(text)).toBe(text);
    }
  });
});

describe('ages and family in the writer’s words', () => {
  test('the years go with a child’s age', () => {
    expect(redact('I first helped on a ward when I was 14 years old.')).toBe('I first helped on a ward when I was [AGE].');
  });

  test('twins the writer has', () => {
    expect(redact('I have three-year-old twins, so I ask for set days.')).toBe('I have [FAMILY], so I ask for set days.');
  });

  test('twins on a caseload stay', () => {
    const text = 'I supported parents who have twins on the neonatal unit.';
    expect(redact(text)).toBe(text);
  });

  test('"in my son’s nursery" is the writer’s son; "in my teens" stays', () => {
    expect(redact('I first saw a speech therapist in my daughter’s nursery.')).toBe('I first saw a speech therapist in [FAMILY]’s nursery.');
    const text = 'In my teens I volunteered at a hospice.';
    expect(redact(text)).toBe(text);
  });

  test('working with a child is work', () => {
    const text = 'I watched the therapist working with a child on their sounds.';
    expect(redact(text)).toBe(text);
  });

  test('siblings counted after a name set off by a comma', () => {
    expect(redact('Chipo Banda, who has two sisters and a brother, joined in May.')).toBe('[CANDIDATE], who has [FAMILY], joined in May.');
  });

  test('a communication breakdown is no health', () => {
    const text = 'I learnt what a communication breakdown costs a family.';
    expect(redact(text)).toBe(text);
  });

  test('a breakdown of the writer’s own is', () => {
    expect(redact('I had a breakdown in 2018 and took a year out.')).toBe('I had [HEALTH] and took a year out.');
  });
});

describe('names a story or a transcript gives by its shape', () => {
  test('a child called by a name', () => {
    expect(redact('We have a boy called Tavish and a girl called Isla.')).not.toMatch(/Tavish|Isla/);
  });

  test('a daughter named after a relative', () => {
    expect(redact('Our daughter named Eluned starts school soon.')).not.toContain('Eluned');
  });

  test('what people call the writer', () => {
    expect(redact('Most colleagues call me Sunny. Sunny is what the ward knows me by.')).not.toContain('Sunny');
  });

  test('"call me" before a word a list knows is no name', () => {
    const text = 'Patients call me Nurse when they need help.';
    expect(redact(text)).toBe(text);
  });

  test('a transcript’s speakers, by name and by initials', () => {
    const text = 'Dr Rhodri Hughes talks to Morwenna Pascoe about her career.\n\nRhodri Hughes: How did you start?\n\nMorwenna Pascoe: I began as a ward clerk in 1990.\n\nRH: And then?\n\nMP: I trained as a practice manager.';
    const out = redact(text);
    for (const name of ['Rhodri', 'Hughes', 'Morwenna', 'Pascoe', 'RH:', 'MP:']) expect(out).not.toContain(name);
    expect(out).toContain('ward clerk');
    expect(out).toContain('practice manager');
  });

  test('a heading with a colon is no speaker', () => {
    const text = 'Clinical Governance: We audit every quarter.\nHealth Records: Notes are kept on EMIS.';
    expect(redact(text)).toBe(text);
  });

  test('a byline after a dash in a title', () => {
    expect(redact('Ten Years at the Front Desk – By Ffion Haworth\n\nWhen I joined the surgery I was nervous.')).not.toContain('Ffion');
  });
});
