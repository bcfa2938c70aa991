/**
 * Without --jobs, files are spread over threads only when they add up to this much (about 750
 * adverts). The main thread checks files as well (see scan-pool.ts), but each worker thread starts,
 * loads the engine and warms it up again: two threads took about 40 % more processor time than one
 * for the same files at every size tried (--jobs 2 against --jobs 1, medians of 3 to 5 paired runs,
 * load 7-9: 1.22 -> 1.69 s on 300 adverts, 2.43 -> 3.40 s on 1,200). On a short run the second
 * processor has little of that to give, as V8's own threads (compiling, collecting garbage) take
 * part of it: on one thread, 300 adverts used 1.03 s of processor time in 0.82 s. Spread from 512 KB,
 * 300 adverts took from 4 % less to 20 % more time than on one thread (three bench runs, load about
 * 2). 3 MB keeps such runs on one thread and still spreads long ones (14,842 adverts: 9.6 s, 15.2 s
 * on one thread).
 */
export const SPREAD_BYTES = 3 * 1024 * 1024;

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

export interface ThreadPlan {
  /** At most this many threads check the files, the main thread among them. */
  threads: number;
  /** Whether worker threads start only as the machine has processors to spare (workersToAdd), not all at once. */
  measured: boolean;
}

/**
 * How many threads may check the files: --jobs N (never more than the files), all started at
 * once; else, once the files reach SPREAD_BYTES, one per processor, started as they find one idle;
 * else 1 (the main thread alone, with no worker to start).
 */
export function scanThreads({ files, reach, processors, jobs }: ScanLoad): ThreadPlan {
  if (jobs !== null) return { threads: Math.max(1, Math.min(jobs, files)), measured: false };
  if (files < 2 || processors < 2 || !reach(SPREAD_BYTES)) return { threads: 1, measured: false };
  return { threads: Math.min(processors, files), measured: true };
}

/**
 * How many more worker threads to start, given how many processors sat `idle` while the threads
 * already running were checking files: one per idle processor, counting one from half idle.
 * Another thread pays only where it gets a processor of its own. Two threads on two processors use
 * about 40 % more processor time for the same files than one (2,000 adverts at load 10: 3.2 and
 * 3.0 s against 4.5 s, V8's own threads apart): their caches and V8's compiling are not shared.
 * And where Linux groups processes by session (autogroup), a busy machine gives the command's
 * threads one share between them, however many there are, so on a machine with no processor idle a
 * second thread only adds that 40 % (2,000 adverts at load 10: 17.3-18.3 s on one thread,
 * 24.3-26.6 s on two). Neither the load average (it counts the command's own runs of the last
 * minute) nor /proc/pressure/cpu (a processor's worth of work from one other session stalls
 * nothing, yet takes the share a second thread would need) can tell this; idle time can.
 */
export const workersToAdd = (idle: number): number => Math.max(0, Math.floor(idle + 0.5));
