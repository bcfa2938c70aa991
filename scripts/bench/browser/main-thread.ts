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
  /** De-bias's tasks from the check's start (reading the page) to the frame that shows the highlights, in ms. */
  check: number;
  /** De-bias's tasks before the check: loading and compiling the content script, mounting its UI, in ms. */
  startup: number;
  /** Every task on the page's main thread from De-bias's first to the frame that shows the highlights, in ms. */
  all: number;
}

/**
 * De-bias's main-thread work on a page, from the trace of one load: `measure` is the content
 * script's measure of a check, from reading the page to the highlights drawn. The page's main
 * thread is the one that recorded it. A task is De-bias's when it runs a script of the extension or
 * ends one of the content script's measures (the reply from the background arrives in such a task).
 */
export function mainThreadWork(events: TraceEvent[], measure: string): MainThreadWork | null {
  const timing = events.filter((e) => e.cat.includes('blink.user_timing') && e.name === measure);
  const begin = timing.find((e) => e.ph === 'b' || e.ph === 'B');
  const end = timing.find((e) => e.ph === 'e' || e.ph === 'E');
  if (!begin || !end) return null;
  const onThread = events.filter((e) => e.pid === end.pid && e.tid === end.tid);
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const within = (t: TraceEvent, moments: number[]) => moments.some((ts) => ts >= t.ts && ts <= t.ts + t.dur!);
  const marks = onThread
    .filter((e) => e.args?.data?.url?.startsWith('chrome-extension://') || (e.name.startsWith('de-bias:') && (e.ph === 'e' || e.ph === 'E')))
    .map((e) => e.ts);
  const ours = tasks.filter((t) => within(t, marks) && t.ts <= end.ts);
  const first = ours[0];
  if (!first) return null;
  // The first frame painted after the highlights were set.
  const paints = onThread.filter((e) => e.name === 'Paint' && e.ts >= end.ts).map((e) => e.ts);
  const frame = tasks.find((t) => t.ts + t.dur! >= end.ts && within(t, paints));
  const ms = (list: TraceEvent[]) => list.reduce((sum, t) => sum + t.dur!, 0) / 1000;
  const inCheck = ours.filter((t) => t.ts + t.dur! >= begin.ts);
  return {
    check: ms(inCheck) + (frame && !inCheck.includes(frame) ? frame.dur! / 1000 : 0),
    startup: ms(ours.filter((t) => t.ts + t.dur! < begin.ts)),
    all: ms(tasks.filter((t) => t.ts >= first.ts && t.ts <= (frame?.ts ?? end.ts))),
  };
}
