import { DOCUMENT_LIMITS } from '../documents/document-limits';
import type { Severity } from '../engine';
import { SEVERITY_RANK } from '../engine/severity-rank';
import { CliUsageError, type CliIo, type FileRead, fileLabel } from './io';
import { parseCommandLine, usage } from './options';
import { progressLine } from './progress';
import { runCommand } from './run-command';
import type { FileOutcome, ScanSettings, ScanTask } from './scan-file';
import { checkInParallel } from './scan-pool';
import { SCAN_OUTPUT_VERSION, type SeverityCounts, totalsLine } from './scan-report';
import { ScanSummaryTally, summaryText } from './scan-summary';
import { scanThreads, workersToAdd } from './scan-threads';

/** --jobs N: a whole number, or null when not given. */
function jobsOf(value: string | boolean | undefined): number | null {
  if (value === undefined) return null;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliUsageError(`--jobs must be a whole number from 1 to 256, not "${value}".`);
  return jobs;
}

/** Whether the files of `tasks` add up to at least `limit` bytes, reading no more sizes than that needs. */
function reaches(tasks: ScanTask[], io: CliIo, limit: number): boolean {
  let bytes = 0;
  for (const task of tasks) {
    bytes += task.bytes?.length ?? io.fileSize(task.file);
    if (bytes >= limit) return true;
  }
  return false;
}

/** Prints results as they come, in order: JSON one result per line, text blocks, or nothing until the summary. */
function writer(io: CliIo, settings: ScanSettings) {
  const json = settings.format === 'json';
  const counts: SeverityCounts = { info: 0, warning: 0, error: 0 };
  const tally = new ScanSummaryTally();
  let written = 0;
  return {
    start: () => (json && !settings.summary ? io.stdout(`{"version":${SCAN_OUTPUT_VERSION},"results":[\n`) : undefined),
    async add(outcome: FileOutcome & { ok: true }) {
      for (const severity of ['error', 'warning', 'info'] as const) counts[severity] += outcome.counts[severity];
      if (settings.summary) tally.add(outcome);
      else {
        if (json && written > 0) await io.stdout(',\n');
        for (const piece of outcome.report) await io.stdout(piece);
      }
      written++;
    },
    async end(unreadable: number) {
      if (settings.summary) {
        const summary = tally.summary(unreadable);
        await io.stdout(json ? `${JSON.stringify(summary)}\n` : summaryText(summary));
      } else await io.stdout(json ? `${written > 0 ? '\n' : ''}]}\n` : totalsLine(counts, written, unreadable));
    },
  };
}

/** `debias scan`: checks advert templates and emails like a linter. Returns the exit code. */
export const scanCommand = (argv: string[], io: CliIo): Promise<number> => runCommand('scan', io, () => scan(argv, io));

async function scan(argv: string[], io: CliIo): Promise<number> {
  const { values, files } = parseCommandLine('scan', argv);
  if (values.help) {
    await io.stdout(usage('scan'));
    return 0;
  }
  const settings: ScanSettings = {
    context: (values.context ?? 'advert') as ScanSettings['context'],
    format: (values.format ?? 'text') as ScanSettings['format'],
    summary: values.summary === true,
  };
  const failOn = (values['fail-on'] ?? 'error') as Severity;
  const jobs = jobsOf(values.jobs);

  // Standard input can be read only here (not in a worker), and only once.
  let stdin: FileRead | undefined;
  const tasks: ScanTask[] = [];
  for (const file of files) {
    if (file !== '-') {
      tasks.push({ file });
      continue;
    }
    stdin ??= await io.readFile('-', DOCUMENT_LIMITS.bytes);
    tasks.push(stdin.ok ? { file, bytes: stdin.bytes } : { file, failure: stdin.message });
  }

  const out = writer(io, settings);
  const progress = progressLine(io, tasks.length);
  let unreadable = 0;
  let worst = -1;
  const deliver = async (outcome: FileOutcome) => {
    progress.tick();
    if (!outcome.ok || outcome.notice) {
      progress.clear();
      io.stderr(`${fileLabel(outcome.file)}: ${outcome.ok ? outcome.notice : outcome.message}\n`);
    }
    if (!outcome.ok) {
      unreadable++;
      return;
    }
    for (const severity of ['error', 'warning', 'info'] as const) if (outcome.counts[severity] > 0) worst = Math.max(worst, SEVERITY_RANK[severity]);
    await out.add(outcome);
  };

  await out.start();
  const plan = scanThreads({ files: tasks.length, reach: (limit) => reaches(tasks, io, limit), processors: io.parallelism, jobs });
  // The engine is loaded on first use, and before any worker thread starts: loading it raises V8's
  // budget (optimise-later.ts), which is put back while a worker starts (engine-budget.ts).
  let scanFile: typeof import('./scan-file').scanFile | undefined;
  const load = async () => (scanFile ??= (await import('./scan-file')).scanFile);
  const check = async (task: ScanTask) => (await load())(task, io, settings);
  if (plan.threads === 1 || !io.workerModule) for (const task of tasks) await deliver(await check(task));
  else {
    await load();
    // Idle processors are measured from here, then from each time more workers are asked for.
    let idle = io.idleProcessors();
    const more = () => {
      const count = workersToAdd(idle());
      idle = io.idleProcessors();
      return count;
    };
    await checkInParallel(tasks, { most: plan.threads - 1, ...(plan.measured && { more }) }, io.workerModule, settings, check, deliver);
  }
  progress.clear();
  await out.end(unreadable);
  if (unreadable > 0) return 2;
  return worst >= SEVERITY_RANK[failOn] ? 1 : 0;
}
