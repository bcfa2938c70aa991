import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILED_CONCEPTS_PATH, COMPILED_PATH, compileConceptsFromDisk, compileFromDisk } from '../../../scripts/compile-wordlists';

describe('lib/engine/compiled-rules.json', () => {
  it('is up to date with wordlists/ (run `npm run wordlists` after editing a wordlist)', () => {
    expect(JSON.parse(readFileSync(COMPILED_PATH, 'utf8'))).toEqual(JSON.parse(JSON.stringify(compileFromDisk())));
  });

  it('and lib/engine/compiled-concepts.json with wordlists/concepts.json', () => {
    expect(JSON.parse(readFileSync(COMPILED_CONCEPTS_PATH, 'utf8'))).toEqual(compileConceptsFromDisk());
  });
});
