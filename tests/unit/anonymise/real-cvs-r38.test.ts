import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 38 (helper anonymiser-72): readings from 40 real, public staff stories and statements (armed forces leavers into the
// NHS, a paramedic from the special forces; clinical and biomedical scientists; nurses returning after a break; an overseas
// dentist; nurses from India, Nepal, Germany and Spain; SAS doctors from Egypt, Pakistan and abroad; a hospital pharmacist;
// apprentices from 16 to 52; care and support workers). Fresh lines in our own words, none from those documents, each with
// what must stay.

describe('a speaker giving their name, wherever in the text', () => {
  test('a second and a third speaker in a transcript are named too', () => {
    const text = 'Coming back to nursing\nMy name is Ffion and I trained in Bangor.\nMy name’s Lance, I run a memory clinic.\nMy name is Olu Bankole, a ward sister.';
    const out = redact(text);
    expect(out).not.toContain('Ffion');
    expect(out).not.toContain('Lance');
    expect(out).not.toContain('Bankole');
    expect(out).toContain('I run a memory clinic.');
    expect(out).toContain('a ward sister.');
  });

  test('a name in small letters, or a word after it, stays', () => {
    const text = 'My name is on the rota for Ward 7, and my name was put forward for the award.';
    expect(redact(text)).toBe(text);
  });
});

describe('an age and a home set off after a name in a news lead', () => {
  test('an age set off by one comma before "who lives in"', () => {
    expect(redact('Navy veteran Kieran Dobbs is joining the trust. Kieran, 41 who lives in Hexham, served as a medic.')).toContain(
      '[NAME 1], [AGE] who lives in [ADDRESS], served as a medic.',
    );
  });

  test('a count of people before "who live in" stays', () => {
    const text = 'The ward has 30 who live in Hexham and travel in by bus.';
    expect(redact(text)).toBe(text);
  });

  test('the town after "a …-year-old from", set off after a name', () => {
    expect(redact('Tegan Price, a 18-year-old from Ammanford, has started as a healthcare support worker apprentice.')).toBe(
      '[CANDIDATE], a [AGE] from [ADDRESS], has started as a healthcare support worker apprentice.',
    );
    expect(redact('Mira Joshi, a 24-year-old from Nepal, joined the ward in May.')).toContain('from [PLACE OF ORIGIN]');
  });

  test('a patient by their age and town stays', () => {
    const text = 'We admitted a 90-year-old from Ammanford with a chest infection.';
    expect(redact(text)).toBe(text);
  });

  test('the country after a move and an age set off', () => {
    expect(redact('I came to the UK, aged 19, from Ghana to study nursing.')).toContain('from [PLACE OF ORIGIN] to study nursing.');
  });
});

describe('a relative a generation further off', () => {
  test('a great aunt or a great-grandmother, in any case', () => {
    expect(redact('Years ago my Great Aunt was cared for at home, which is why I chose care.')).toBe(
      'Years ago [FAMILY] was cared for at home, which is why I chose care.',
    );
    expect(redact('I looked after my great-grandmother at weekends.')).not.toContain('grandmother');
  });

  test('"great" as praise before colleagues stays', () => {
    const text = 'I thank my great colleagues on the stroke unit.';
    expect(redact(text)).toBe(text);
  });
});
