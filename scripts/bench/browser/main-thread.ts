// The page's main-thread work, from a Chromium trace: what the content script's own measures
// cannot see (messages arriving, React's renders, style, layout and paint for the highlights).
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel'];

/** Runs `work` with tracing on, and gives its result with the trace's events. */
export async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (p: { value: object[] }) => events.push(...(p.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  const result = await work();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { result, events };
}

export interface MainThreadWork {
  /** De-bias's tasks from the check's start (reading the page) to the highlights set, in ms. */
  check: number;
  /** De-bias's tasks before the check: running the content script's start-up, mounting its UI, in ms. */
  startup: number;
}

/**
 * De-bias's main-thread work on a page, from the trace of one load: `measure` is the content
 * script's measure of a check, from reading the page to the highlights set. The page's main
 * thread is the one that recorded it. A task is De-bias's when it runs a script of the extension or
 * ends one of the content script's measures (the reply from the background arrives in such a task).
 * The frame that then paints is left out: on a page still loading it also paints the page itself.
 */
export function mainThreadWork(events: TraceEvent[], measure: string): MainThreadWork | null {
  const timing = events.filter((e) => e.cat.includes('blink.user_timing') && e.name === measure);
  const begin = timing.find((e) => e.ph === 'b' || e.ph === 'B');
  const end = timing.find((e) => e.ph === 'e' || e.ph === 'E');
  if (!begin || !end) return null;
  const onThread = events.filter((e) => e.pid === end.pid && e.tid === end.tid);
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const marks = onThread
    .filter((e) => e.args?.data?.url?.startsWith('chrome-extension://') || (e.name.startsWith('de-bias:') && (e.ph === 'e' || e.ph === 'E')))
    .map((e) => e.ts);
  const ours = tasks.filter((t) => t.ts <= end.ts && marks.some((ts) => ts >= t.ts && ts <= t.ts + t.dur!));
  const ms = (list: TraceEvent[]) => list.reduce((sum, t) => sum + t.dur!, 0) / 1000;
  return {
    check: ms(ours.filter((t) => t.ts + t.dur! >= begin.ts)),
    startup: ms(ours.filter((t) => t.ts + t.dur! < begin.ts)),
  };
}
