// Preloaded (`node --import`) into each process the CLI bench runs: writes the process's peak
// resident memory, worker threads included, to the file named by DEBIAS_BENCH_PEAK_FILE. On Linux
// from VmHWM: getrusage's maxRSS survives exec, so it would count the bench's own memory at spawn.
import { readFileSync, writeFileSync } from 'node:fs';

function peakBytes() {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kilobytes) return Number(kilobytes) * 1024;
  } catch {}
  return process.resourceUsage().maxRSS * 1024;
}

process.on('exit', () => {
  if (process.env.DEBIAS_BENCH_PEAK_FILE) writeFileSync(process.env.DEBIAS_BENCH_PEAK_FILE, String(peakBytes()));
});
