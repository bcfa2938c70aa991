import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 50 (helper mend-50e): a review's findings on the anonymiser, each mended by a general reading, with the
// reviewer's cases, a fresh case in our own words and a near case that must stay.

describe('a condition goes on only to an aid or a seat the writer uses for it', { timeout: 30_000 }, () => {
  test('work or a role after the same verbs stays (review C5, D7/D8)', () => {
    const cases: [string, string][] = [
      ['I have asthma and keep my ward running smoothly.', 'I have [HEALTH] and keep my ward running smoothly.'],
      ['I have ADHD and use the same skills with patients every day.', 'I have [HEALTH] and use the same skills with patients every day.'],
      ['I have dyslexia and keep records accurate by double-checking.', 'I have [HEALTH] and keep records accurate by double-checking.'],
      ['I have anxiety and use CBT techniques to help patients manage theirs.', 'I have [HEALTH] and use CBT techniques to help patients manage theirs.'],
      ['I have epilepsy and keep patients safe by following policy.', 'I have [HEALTH] and keep patients safe by following policy.'],
      ['I have dyslexia and use the electronic record daily in my current role.', 'I have [HEALTH] and use the electronic record daily in my current role.'],
      ["I have MS and sit on the trust's disability network steering group.", "I have [HEALTH] and sit on the trust's disability network steering group."],
      ['I have asthma and wear a mask in theatres as everyone does.', 'I have [HEALTH] and wear a mask in theatres as everyone does.'],
      // Fresh: a porter's rota, in another order.
      ['Since 2018 I have had migraines and keep the portering rota up to date.', 'Since 2018 I have had [HEALTH] and keep the portering rota up to date.'],
    ];
    for (const [text, want] of cases) expect(redact(text)).toBe(want);
  });

  test('the aid or seat still goes with the condition, to the clause’s end', () => {
    expect(redact('I have diabetes and carry dextrose.')).toBe('I have [HEALTH].');
    expect(redact('I am deaf in my left ear and sit facing the speaker in handovers.')).toBe('I am [HEALTH].');
    // Fresh, and near: the same writer's pump, then a pump at work.
    expect(redact('I have type 1 diabetes and now wear an insulin pump on night shifts.')).toBe('I have [HEALTH].');
    // After a line break, or after another aid and "and".
    expect(redact('I have ADHD and use\nlists and ear defenders on the ward.')).toBe('I have [HEALTH].');
    expect(redact('I have type 1 diabetes and use SystmOne to book pump reviews.')).toBe('I have [HEALTH] and use SystmOne to book pump reviews.');
  });

  test('no broken rewrite: "such as" goes on with its examples, and "it" as a strength stays (review C6)', () => {
    expect(redact('I have dyslexia and use assistive software such as Dragon and Grammarly to write notes.')).toBe('I have [HEALTH].');
    expect(redact('I have dyslexia and use it as a strength when teaching students.')).toBe('I have [HEALTH] and use it as a strength when teaching students.');
    expect(redact('I have dyspraxia and use an app such as Notability in lectures.')).toBe('I have [HEALTH].');
  });
});

describe('a caption’s colour is a person’s only before a person', () => {
  test('a post’s noun with no article names a person only with no noun after it (review D9)', () => {
    expect(redact('Caption: Brown nurse uniforms are worn on ward 3')).toBe('Caption: Brown nurse uniforms are worn on ward 3');
    // Fresh, and near: a thing's colour, then the writer pictured.
    expect(redact('Image: white doctor coats hang by the door')).toBe('Image: white doctor coats hang by the door');
    expect(redact('Photo: Black paramedic at the station.')).toBe('Photo: [ETHNICITY] paramedic at the station.');
    expect(redact('Alt text: A Black nurse manager smiling')).toBe('Alt text: A [ETHNICITY] nurse manager smiling');
  });
});
