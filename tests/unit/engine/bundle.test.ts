import { build } from 'esbuild';
import { expect, it } from 'vitest';

// The engine runs in the background worker and in the CLI; its word data is checked when the wordlists
// are compiled and in the tests, never at run time. Round 9 briefly bundled zod with it (a run-time schema
// for one data file), which took the bundle from 149 KB to 243 KB gzipped.
it("the engine bundle carries only the few kilobytes of zod that settings need, not its schema builders", async () => {
  const result = await build({ entryPoints: ['lib/engine/index.ts'], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', metafile: true });
  // What ends up in the output, after tree shaking (types and unused imports take no bytes).
  const [output] = Object.values(result.metafile.outputs);
  const zodBytes = Object.entries(output!.inputs)
    .filter(([input]) => input.includes('node_modules/zod/'))
    .reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
  // 29 KB before and after round 9 (settings and findings); 457 KB with the run-time schema.
  expect(zodBytes).toBeLessThan(40_000);
});
