// The thread pool of `debias scan`, with the built worker (dist/debias-scan-worker.mjs, built by
// build-cli.setup.ts) and this thread checking files from source.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { nodeIo } from '@/lib/cli/node-io';
import { type FileOutcome, type ScanSettings, scanFile } from '@/lib/cli/scan-file';
import { checkInParallel } from '@/lib/cli/scan-pool';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WORKER = pathToFileURL(path.join(ROOT, 'dist/debias-scan-worker.mjs'));
const ADVERTS = ['clinical-pharmacist.txt', 'dental-nurse.txt', 'practice-nurse.txt'].map((f) => path.join(ROOT, 'tests/fixtures/adverts', f));
const SETTINGS: ScanSettings = { context: 'advert', format: 'json', summary: false };

vi.setConfig({ testTimeout: 60_000 });

/**
 * Checks 24 adverts with the pool, this thread taking 200 ms a file at least (so that a worker
 * started has time to take some); returns the files in the order delivered and how many a worker checked.
 */
async function pool(more?: () => number) {
  const io = nodeIo();
  const tasks = Array.from({ length: 24 }, (_, i) => ({ file: ADVERTS[i % ADVERTS.length]! }));
  const delivered: FileOutcome[] = [];
  const slowly = async (task: (typeof tasks)[number]) => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return scanFile(task, io, SETTINGS);
  };
  await checkInParallel(tasks, { most: 1, ...(more && { more }) }, WORKER, SETTINGS, slowly, (o) => void delivered.push(o));
  // A worker sends its report as UTF-8; this thread's is made as text when printed.
  const byWorker = delivered.filter((o) => o.ok && [...o.report].every((piece) => typeof piece !== 'string')).length;
  return { files: delivered.map((o) => o.file), byWorker, tasks };
}

describe('the scan thread pool', () => {
  it('starts no worker while none is asked for, and asks once this thread has checked a file', async () => {
    const more = vi.fn(() => 0);
    const { files, byWorker, tasks } = await pool(more);
    expect(files).toEqual(tasks.map((t) => t.file));
    expect(byWorker).toBe(0);
    // Asked after the first file, then again each second: not after every file.
    expect(more.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(more.mock.calls.length).toBeLessThan(tasks.length / 2);
  });

  it('starts the worker it is asked for, and keeps the order', async () => {
    const { files, byWorker, tasks } = await pool(() => 1);
    expect(files).toEqual(tasks.map((t) => t.file));
    expect(byWorker).toBeGreaterThan(0);
  });
});
