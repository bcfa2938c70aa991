// How the threads of `debias scan` share out the files, with no message to ask for one: each
// thread takes the next file from a counter in memory they all share (scan-pool.ts sets it up).

/** Int32 slots of the shared array. */
export const CLAIMS = {
  /** The next file to take. */
  next: 0,
  /** Files from this one on may not be taken yet: the output is too far behind. */
  limit: 1,
  /** `held + w`: the file worker thread w is checking, or -1. */
  held: 2,
} as const;

/**
 * Takes the next of `total` files: its index, 'later' when the output is too far behind, or
 * 'none' when all are taken.
 */
export function claim(claims: Int32Array, total: number): number | 'later' | 'none' {
  for (;;) {
    const next = Atomics.load(claims, CLAIMS.next);
    if (next >= total) return 'none';
    if (next >= Atomics.load(claims, CLAIMS.limit)) return 'later';
    if (Atomics.compareExchange(claims, CLAIMS.next, next, next + 1) === next) return next;
  }
}
