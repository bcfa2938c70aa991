import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILED_PATH, compileFromDisk } from '../../../scripts/compile-wordlists';

describe('lib/engine/compiled-rules.json', () => {
  it('is up to date with wordlists/ (run `npm run wordlists` after editing a wordlist)', () => {
    expect(JSON.parse(readFileSync(COMPILED_PATH, 'utf8'))).toEqual(JSON.parse(JSON.stringify(compileFromDisk())));
  });
});
