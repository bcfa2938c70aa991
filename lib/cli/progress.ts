import type { CliIo } from './io';
import { thousands } from './scan-report';

/** Runs shorter than this show no progress at all. */
const QUIET_MS = 1000;
const EVERY_MS = 250;

export interface Progress {
  /** One more file done. */
  tick(): void;
  /** Clears the line, so a message or the end of the run can be written. */
  clear(): void;
}

/**
 * A progress line on standard error for long runs ("Checked 1,234 of 14,842 files, 812 a
 * second"), redrawn in place. Only on a terminal: never in a log, a pipe or standard output.
 */
export function progressLine(io: CliIo, total: number): Progress {
  if (!io.stderrIsTTY || total < 2) return { tick: () => undefined, clear: () => undefined };
  const started = performance.now();
  let done = 0;
  let drawn = 0;
  let showing = false;
  return {
    tick() {
      done++;
      const now = performance.now();
      if (now - started < QUIET_MS || now - drawn < EVERY_MS || done === total) return;
      drawn = now;
      showing = true;
      const rate = Math.round(done / ((now - started) / 1000));
      io.stderr(`\rChecked ${thousands(done)} of ${thousands(total)} files, ${thousands(rate)} a second\u001b[K`);
    },
    clear() {
      if (showing) io.stderr('\r\u001b[K');
      showing = false;
    },
  };
}
