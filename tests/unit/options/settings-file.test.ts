import { describe, expect, test } from 'vitest';
import { MAX_SETTINGS_BYTES, readSettingsFile } from '../../../components/options/settings-file';

const file = (text: string, size = text.length) => ({ name: 'practice.json', size, text: async () => text });
const refusal = async (text: string, size?: number) => {
  const r = await readSettingsFile(file(text, size));
  return r.ok ? 'loaded' : r.message.replace('practice.json could not be used, so nothing was changed. ', '');
};

describe('readSettingsFile: each problem is a sentence naming the field', () => {
  test.each([
    ['{"strictness": "very"}', 'Strictness must be one of: relaxed, standard, strict.'],
    ['{"customWords": "none"}', 'Your own words must be a list.'],
    ['{"allowHeOrShe": "yes"}', '“he or she” setting must be true or false.'],
    ['{"customWords": [{"phrase": "", "category": "tone", "reason": "Why"}]}', 'Your own word 1: the word or phrase must not be empty.'],
    ['{"customWords": [{"phrase": "x", "category": "colour", "reason": "Why"}]}', expect.stringMatching(/^Your own word 1: the kind must be one of: gender-coded, /)],
    ['{"strictness": "very", "customWords": "none"}', 'Strictness must be one of: relaxed, standard, strict. Your own words must be a list.'],
    ['{oops', 'It is not a De-bias settings file: it is not valid JSON.'],
    ['[1, 2]', 'It is not a De-bias settings file.'],
  ])('%s', async (text, message) => {
    expect(await refusal(text)).toEqual(message);
  });

  test('a file over 1 MB is refused before it is read', async () => {
    let read = false;
    const text = async () => {
      read = true;
      return '{}';
    };
    const r = await readSettingsFile({ name: 'big.json', size: MAX_SETTINGS_BYTES + 1, text });
    expect(r).toEqual({ ok: false, message: 'big.json could not be used, so nothing was changed. It is too large to be a De-bias settings file (the limit is 1 MB).' });
    expect(read).toBe(false);
  });

  test('a good file loads', async () => {
    expect(await readSettingsFile(file('{"strictness": "strict"}'))).toMatchObject({ ok: true, settings: { strictness: 'strict' } });
  });
});
