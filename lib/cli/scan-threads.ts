/**
 * Without --jobs, files are spread over threads only when they add up to this much (about 120
 * adverts). The main thread checks files as well (see scan-pool.ts), but each worker thread starts,
 * loads the engine and warms it up again, so a small batch is not done much sooner on two threads
 * and costs more processor time. Processor time of the thread that worked longest, and of the
 * whole process (load 10-15, so both inflated): 60 adverts (240 KB), one thread 0.75 s (0.95 s in
 * all), two 0.58-0.70 s (1.3-1.5 s); 300 adverts (1.2 MB), one thread 1.9-2.1 s (2.4 s in all),
 * two 1.3-1.55 s (3.4 s in all; medians of 5, paired).
 */
export const SPREAD_BYTES = 512 * 1024;

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
 * How many threads check the files, the main thread among them: --jobs N (never more than the
 * files), else one per processor once the files reach SPREAD_BYTES, else 1 (the main thread alone,
 * with no worker to start).
 * Not fewer when the machine is busy with other work, though there a run on more threads can end
 * later: where Linux groups processes by session (autogroup), the command's threads share one
 * share of the processors, and the second thread's warm-up is then time lost (300 adverts at load
 * 16: 9.3-11.3 s on one thread, 11.5-13.8 s on two). The load average cannot tell (it counts the
 * command's own runs of the last minute), and a quiet machine is where the time is noticed.
 */
export function scanThreads({ files, reach, processors, jobs }: ScanLoad): number {
  if (jobs !== null) return Math.max(1, Math.min(jobs, files));
  if (files < 2 || processors < 2 || !reach(SPREAD_BYTES)) return 1;
  return Math.min(processors, files);
}
