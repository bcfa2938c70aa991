import { describe, expect, it } from 'vitest';
import { SPREAD_BYTES, scanThreads } from '@/lib/cli/scan-threads';

/** Files of `each` bytes; records how far their sizes were asked about. */
function load(files: number, each: number, processors: number, jobs: number | null = null) {
  const asked: number[] = [];
  const reach = (bytes: number) => {
    asked.push(bytes);
    return files * each >= bytes;
  };
  return { threads: () => scanThreads({ files, reach, processors, jobs }), asked };
}

describe('how many threads debias scan checks files on', () => {
  it('keeps a hundred adverts on the main thread, whatever the processors', () => {
    expect(load(100, 4_000, 2).threads()).toBe(1);
    expect(load(100, 4_000, 16).threads()).toBe(1);
  });

  it('spreads files that add up to SPREAD_BYTES over one thread per processor', () => {
    expect(load(SPREAD_BYTES / 4_000, 4_000, 2).threads()).toBe(2);
    expect(load(300, 4_000, 2).threads()).toBe(2);
    expect(load(14_842, 4_000, 2).threads()).toBe(2);
    expect(load(14_842, 4_000, 8).threads()).toBe(8);
  });

  it('never starts more threads than files, nor spreads on one processor', () => {
    expect(load(3, SPREAD_BYTES, 8).threads()).toBe(3);
    expect(load(1, 2 * SPREAD_BYTES, 8).threads()).toBe(1);
    expect(load(14_842, 4_000, 1).threads()).toBe(1);
  });

  it('does as --jobs says, up to the number of files, without asking the sizes', () => {
    const small = load(300, 4_000, 2, 4);
    expect(small.threads()).toBe(4);
    expect(small.asked).toEqual([]);
    expect(load(2, 4_000, 2, 4).threads()).toBe(2);
    expect(load(14_842, 4_000, 8, 1).threads()).toBe(1);
  });
});
