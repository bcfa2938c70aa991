// Preloaded (`node --import`) into each process the CLI bench runs: writes, as JSON, to the file
// named by DEBIAS_BENCH_PEAK_FILE, the process's peak resident memory, worker threads included
// (on Linux from VmHWM: getrusage's maxRSS survives exec, so it would count the bench's own memory
// at spawn), and the processor time of its main thread alone (Linux only). On a busy machine the
// latter is the steadier figure: it leaves out the time spent waiting for a processor, and V8's
// compiler and garbage collector threads, which take a processor the command would otherwise leave idle.
import { readFileSync, writeFileSync } from 'node:fs';

function peakBytes() {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kilobytes) return Number(kilobytes) * 1024;
  } catch {}
  return process.resourceUsage().maxRSS * 1024;
}

/** User and system time of the main thread, in ms (utime and stime, fields 14 and 15 of stat(5), in ticks of 10 ms), or null. */
function mainThreadCpuMs() {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

process.on('exit', () => {
  if (process.env.DEBIAS_BENCH_PEAK_FILE) writeFileSync(process.env.DEBIAS_BENCH_PEAK_FILE, JSON.stringify({ peak: peakBytes(), mainCpuMs: mainThreadCpuMs() }));
});
