// Preloaded (`node --import`) into each process the CLI bench runs: writes the process's peak
// resident memory, worker threads included, to the file named by DEBIAS_BENCH_PEAK_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.DEBIAS_BENCH_PEAK_FILE) writeFileSync(process.env.DEBIAS_BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS * 1024));
});
