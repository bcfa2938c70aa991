// The engine as the built command loads it: scripts/build-cli.ts bundles lib/engine/ on its own
// (dist/debias-engine.cjs) and puts this module where scan-file.ts imports '../engine'. Run from
// source (tests, tsx), scan-file.ts imports the engine itself.
//
// The bundle is compiled with V8's code cache, dist/debias-engine.cache, which the build writes
// after checking the test fixtures and the tuned corpus with it (make-engine-cache.ts), so it holds the engine's
// functions already compiled to bytecode: a 300-advert run then used about 85 ms less processor
// time (medians of 5: loading 134 -> 108 ms, first pass 1.30 -> 1.24 s). V8 checks a cache
// against its own version and flags, but of the source only its length, and of the cache itself
// nothing (a few bytes changed in it gave wrong findings or stopped Node). So the cache starts with
// the CRC-32 of the bundle it was made from and the CRC-32 of the rest, and is used only when both
// match. A cache that does not fit (or is missing, or damaged) is left aside and the bundle
// compiled from source: slower, never wrong. CRC-32, not a cryptographic hash: the check guards
// against accident (a bundle rebuilt or edited, a file cut short), not against someone who can
// write dist/ and so the bundle itself; and every thread makes it over 3 MB. SHA-1 cost each
// thread 45 million instructions (node:crypto's modules loaded, then the hashing), CRC-32 22
// million (node:zlib's, then zlib's crc32; callgrind).
// Node 20 has no code cache for ES modules, hence a CommonJS bundle run through node:vm.
//
// The build writes the bundle in ASCII alone (see scripts/build-cli.ts), so it is read as Latin-1,
// which for ASCII is the same text: Node 20 decodes UTF-8 from a file a character at a time, and
// reading the 1.1 MB bundle as UTF-8 took 20-90 ms of every thread's start (load 12-16), as Latin-1
// under a millisecond. A bundle that is not ASCII (built by hand) is still read as UTF-8.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import type * as Engine from '../engine';

const BUNDLE = fileURLToPath(new URL('./debias-engine.cjs', import.meta.url));
export const ENGINE_CACHE = fileURLToPath(new URL('./debias-engine.cache', import.meta.url));
const bundle = readFileSync(BUNDLE);
const source = bundle.toString(isAscii(bundle) ? 'latin1' : 'utf8');
/** The CRC-32 of `data`, in 4 bytes. */
function checksum(data: Uint8Array): Buffer {
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(data));
  return sum;
}
const sourceSum = checksum(bundle);
const SUM_BYTES = sourceSum.length;

/** The cache's V8 data when it was made from this bundle and is whole. */
function readCache(): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(ENGINE_CACHE);
  } catch {
    return undefined;
  }
  const data = cache.subarray(2 * SUM_BYTES);
  const fits = cache.subarray(0, SUM_BYTES).equals(sourceSum) && cache.subarray(SUM_BYTES, 2 * SUM_BYTES).equals(checksum(data));
  return fits ? data : undefined;
}

// CommonJS's own wrapper, so the bundle runs as `require` would run it.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: BUNDLE,
  cachedData: readCache(),
});
const engine = { exports: {} as typeof Engine };
script.runInThisContext()(engine.exports, createRequire(BUNDLE), engine, BUNDLE, fileURLToPath(new URL('.', import.meta.url)));

export const { analyse } = engine.exports;
/** The code cache of everything compiled so far, as readCache reads it, for make-engine-cache.ts. */
export function engineCache(): Buffer {
  const data = script.createCachedData();
  return Buffer.concat([sourceSum, checksum(data), data]);
}
