import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
const found = (text: string) => anonymise(text).redactions.map(({ type, original }) => [type, original]);

// Round 43 (helper anonymiser-86): the tuned CVs' f42 slice and issue 12's open list, each mended by a general reading. Fresh
// lines in our own words, each with a near case that must stay.

describe('a first language told in a sentence', { timeout: 30_000 }, () => {
  test('"X and Y are my first languages" and a language whose name opens in lower case', () => {
    expect(found('Kannada and Tulu are my first languages, and I also speak Hindi.')).toEqual([['nationality', 'Kannada and Tulu are my first languages']]);
    expect(redact('At home we use Yoruba; my first language is isiXhosa.')).toBe('At home we use Yoruba; [NATIONALITY].');
    expect(redact('Languages: isiXhosa (first language), English.')).toBe('Languages: [NATIONALITY], English.');
  });

  test('near case: English or Welsh as the first language stays, a language posts ask for', () => {
    expect(redact('Welsh is my first language and English my second.')).toBe('Welsh is my first language and English my second.');
    expect(redact('English is my first language.')).toBe('English is my first language.');
  });
});

describe("the writer's own operation or treatment opening a sentence", () => {
  test('"After a knee operation in 2022 I", "Following my cancer treatment,", "After chemotherapy,"', () => {
    expect(redact('After a knee operation in 2022 I took a desk role for a term.')).toBe('After [HEALTH] I took a desk role for a term.');
    expect(found('Following my cancer treatment, I moved to day surgery.')).toEqual([['health', 'cancer treatment']]);
    expect(redact('After chemotherapy, I worked nights for a year.')).toBe('After [HEALTH], I worked nights for a year.');
  });

  test('later in the sentence after "my"', () => {
    expect(redact('I moved to outpatients after my radiotherapy.')).toBe('I moved to outpatients after [HEALTH].');
  });

  test('near case: care the writer gives after an operation stays', () => {
    expect(redact('I nurse patients after heart surgery and chemotherapy.')).toBe('I nurse patients after heart surgery and chemotherapy.');
    expect(redact('After heart surgery, patients walk on day two.')).toBe('After heart surgery, patients walk on day two.');
  });
});

describe('a word the writer names as their own middle or second name', () => {
  test('"Blessing, my second name" goes there, and "my middle name is Joy"', () => {
    expect(redact('Ifeoma Obi\nMost of the ward called me Blessing, my second name.')).toBe('[CANDIDATE]\nMost of the ward called me [CANDIDATE], my second name.');
    expect(redact('Ifeoma Obi\nMy middle name is Joy and the children on the unit use it.')).toBe('[CANDIDATE]\nMy middle name is [CANDIDATE] and the children on the unit use it.');
  });

  test('over a wrapped line, and the word elsewhere stays a word', () => {
    expect(redact('Ifeoma Obi\nPatients liked Sunday, my middle\nname. I work one Sunday a month.')).toBe('[CANDIDATE]\nPatients liked [CANDIDATE], my middle\nname. I work one Sunday a month.');
  });
});

describe('Karen names, opened by "Saw" or "Naw" as by "Mr" or "Ms"', () => {
  test('a referee listed after a semicolon, set out as the first was', () => {
    expect(redact('Referees: Dr Ruth Ames (Ward Manager); Saw Htoo Lay (Community Health Team, Leeds).')).toBe(
      'Referees: Dr [NAME 1] (Ward Manager); [NAME 2] (Community Health Team, Leeds).',
    );
    expect(found('I shadowed Naw Paw Say for a month.')).toEqual([['name', 'Naw Paw Say']]);
  });

  test('near case: "Saw" opening a line of work stays', () => {
    expect(redact('Saw 30 patients a day in clinic. Saw Patients in the walk-in centre.')).toBe('Saw 30 patients a day in clinic. Saw Patients in the walk-in centre.');
  });
});

describe("the writer's verb of keeping a faith's day or going to its place goes with it", () => {
  test('"I observe", "and celebrate", "I go to" a named mosque, and a time before the writer', () => {
    expect(redact('I observe Thaipusam with my cousins.')).toBe('I [RELIGION] with my cousins.');
    expect(redact('I go to the Bradford Grand Mosque after my shift.')).toBe('I [RELIGION] after my shift.');
    expect(redact('On Saturdays i go to the Leeds Jamia Masjid.')).toBe('On [RELIGION].');
  });

  test("near case: someone else's celebration stays the writer's work", () => {
    expect(redact('Colleagues and I helped patients celebrate Diwali on the ward.')).toBe('Colleagues and I helped patients celebrate Diwali on the ward.');
  });
});
