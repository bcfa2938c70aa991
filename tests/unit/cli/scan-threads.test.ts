import { describe, expect, it } from 'vitest';
import { SPREAD_BYTES, scanThreads, workersToAdd } from '@/lib/cli/scan-threads';

/** Files of `each` bytes; records how far their sizes were asked about. */
function load(files: number, each: number, processors: number, jobs: number | null = null) {
  const asked: number[] = [];
  const reach = (bytes: number) => {
    asked.push(bytes);
    return files * each >= bytes;
  };
  return { plan: () => scanThreads({ files, reach, processors, jobs }), asked };
}

describe('how many threads debias scan checks files on', () => {
  it('keeps a few hundred adverts on the main thread, whatever the processors', () => {
    expect(load(100, 4_000, 2).plan()).toEqual({ threads: 1, measured: false });
    expect(load(300, 4_000, 2).plan()).toEqual({ threads: 1, measured: false });
    expect(load(300, 4_000, 16).plan()).toEqual({ threads: 1, measured: false });
  });

  it('spreads files that add up to SPREAD_BYTES over up to one thread per processor, as processors are idle', () => {
    expect(load(SPREAD_BYTES / 4_000, 4_000, 2).plan()).toEqual({ threads: 2, measured: true });
    expect(load(1_000, 4_000, 2).plan()).toEqual({ threads: 2, measured: true });
    expect(load(14_842, 4_000, 2).plan()).toEqual({ threads: 2, measured: true });
    expect(load(14_842, 4_000, 8).plan()).toEqual({ threads: 8, measured: true });
  });

  it('never plans more threads than files, nor spreads on one processor', () => {
    expect(load(3, SPREAD_BYTES, 8).plan()).toEqual({ threads: 3, measured: true });
    expect(load(1, 2 * SPREAD_BYTES, 8).plan().threads).toBe(1);
    expect(load(14_842, 4_000, 1).plan().threads).toBe(1);
  });

  it('does as --jobs says, at once, up to the number of files, without asking the sizes', () => {
    const small = load(300, 4_000, 2, 4);
    expect(small.plan()).toEqual({ threads: 4, measured: false });
    expect(small.asked).toEqual([]);
    expect(load(2, 4_000, 2, 4).plan().threads).toBe(2);
    expect(load(14_842, 4_000, 8, 1).plan().threads).toBe(1);
  });

  it('adds a worker thread per idle processor, from half of one', () => {
    expect([0, 0.3, 0.49].map(workersToAdd)).toEqual([0, 0, 0]);
    expect([0.5, 0.9, 1.2].map(workersToAdd)).toEqual([1, 1, 1]);
    expect([1.5, 3.1].map(workersToAdd)).toEqual([2, 3]);
  });
});
