import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { anonymiseBatchInWorker, Cancelled } from '../../../components/anonymise/anonymise-in-worker';
import type { BatchStep } from '../../../components/anonymise/batch-job';
import { anonymiseOptionsSchema } from '../../../lib/anonymise/anonymise-options';

const OPTIONS = anonymiseOptionsSchema.parse({});

/** Stands in for the browser's Worker: records what the page sends and lets the test answer. */
class FakeWorker {
  static last: FakeWorker;
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
}

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => vi.unstubAllGlobals());

const step = (done: number): BatchStep => ({ stage: 'anonymising', done, total: 2, name: `cv-${done}.docx` });
const outcome = { results: [], key: {}, failures: ['bad.pdf: This PDF is damaged.'] };

test('a batch goes to a module worker as one request; its steps reach the page as they come, then the outcome', async () => {
  const file = new File(['x'], 'cv-0.docx');
  const steps: BatchStep[] = [];
  const run = anonymiseBatchInWorker([{ id: '1', kind: 'file', name: 'cv-0.docx', file }], OPTIONS, (s) => steps.push(s));
  const worker = FakeWorker.last;
  expect(worker.options).toEqual({ type: 'module' });
  expect(worker.url.pathname).toMatch(/anonymise\.worker\.ts$/);
  // The File itself is sent (the worker reads its bytes), not its contents.
  expect(worker.sent).toEqual([{ kind: 'batch', items: [{ id: '1', kind: 'file', name: 'cv-0.docx', file }], options: OPTIONS }]);

  worker.reply({ kind: 'step', step: step(0) });
  worker.reply({ kind: 'step', step: step(1) });
  expect(steps).toEqual([step(0), step(1)]);
  expect(worker.terminated).toBe(false);
  worker.reply({ ok: true, kind: 'batch', outcome });
  await expect(run.result).resolves.toEqual(outcome);
  expect(worker.terminated).toBe(true);
});

test('Cancel ends the worker at once, and a step or reply sent before it ended changes nothing', async () => {
  const steps: BatchStep[] = [];
  const run = anonymiseBatchInWorker([], OPTIONS, (s) => steps.push(s));
  const worker = FakeWorker.last;
  worker.reply({ kind: 'step', step: step(0) });
  run.cancel();
  expect(worker.terminated).toBe(true);
  await expect(run.result).rejects.toBeInstanceOf(Cancelled);
  worker.reply({ kind: 'step', step: step(1) });
  worker.reply({ ok: true, kind: 'batch', outcome });
  expect(steps).toEqual([step(0)]);
  await expect(run.result).rejects.toBeInstanceOf(Cancelled);
});

test('a failure in the worker, or the worker dying, rejects the run with its message', async () => {
  const failed = anonymiseBatchInWorker([], OPTIONS, () => undefined);
  FakeWorker.last.reply({ ok: false, message: 'Out of memory.' });
  await expect(failed.result).rejects.toThrow('Out of memory.');
  const died = anonymiseBatchInWorker([], OPTIONS, () => undefined);
  FakeWorker.last.onerror?.({ message: '' });
  await expect(died.result).rejects.toThrow('The anonymiser stopped unexpectedly.');
  expect(FakeWorker.last.terminated).toBe(true);
});
