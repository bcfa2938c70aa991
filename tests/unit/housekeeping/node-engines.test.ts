import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm install` warns (EBADENGINE) when a package's `engines.node` does not cover the Node it runs on.
// Every Node that our `engines` allows must be one that every locked package allows too.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
// semver is npm's own range logic (locked as a dependency of the tools); `subset(a, b)`: every version in a is in b.
const { subset } = createRequire(import.meta.url)('semver') as { subset(range: string, of: string): boolean };

describe('the Node versions in package.json', () => {
  const ours: string = readJson('package.json').engines.node;
  const locked = Object.entries(readJson('package-lock.json').packages as Record<string, { engines?: { node?: string } | string[] }>);

  it('are all allowed by every locked package', () => {
    const narrower = locked.flatMap(([name, p]) => {
      const theirs = Array.isArray(p.engines) ? undefined : p.engines?.node;
      return theirs && !subset(ours, theirs) ? [`${name.replace(/^node_modules\//, '')} wants ${theirs}`] : [];
    });
    expect(narrower, `narrow "engines" in package.json (now ${ours}) to what these allow, or pin versions that allow it`).toEqual([]);
  });
});
