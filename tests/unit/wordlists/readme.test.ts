import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeWithTable } from '../../../scripts/rules-table';

describe('README.md rules table', () => {
  it('is generated from wordlists/ (run `npm run docs` after editing a wordlist)', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    expect(readmeWithTable(readme)).toBe(readme);
  });
});
