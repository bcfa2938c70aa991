/**
 * Without --jobs, files are spread over worker threads only when they add up to this much (about
 * 1,000 adverts). Each worker thread starts, loads the engine and warms it up again (on 300
 * adverts, a thread's first pass costs about twice its processor time once warm), so a small batch
 * is done sooner on one thread: 300 adverts on 2 processors took 8.0-10.7 s with one and 9.7-13.1 s
 * with two (load 13-16, paired runs).
 */
export const SPREAD_BYTES = 4 * 1024 * 1024;

export interface ScanLoad {
  /** How many files there are to check. */
  files: number;
  /** Whether the files add up to at least `bytes` (counted only as far as that). */
  reach: (bytes: number) => boolean;
  /** The machine's processors (`os.availableParallelism()`). */
  processors: number;
  /** --jobs N, or null when not given. */
  jobs: number | null;
}

/**
 * How many threads check the files: --jobs N (never more than the files), else one per processor
 * once the files reach SPREAD_BYTES, else 1 (the main thread alone, with no worker to start).
 * Not fewer when the machine is busy with other work: the threads then share the processors with
 * it, and each thread of ours gets its share, so the run still ends sooner on more threads, at the
 * cost of one more warm-up (on 14,842 adverts, about a second of processor time out of tens).
 */
export function scanThreads({ files, reach, processors, jobs }: ScanLoad): number {
  if (jobs !== null) return Math.max(1, Math.min(jobs, files));
  if (files < 2 || processors < 2 || !reach(SPREAD_BYTES)) return 1;
  return Math.min(processors, files);
}
