import { DOCUMENT_LIMITS } from '../documents/document-limits';
import type { Severity } from '../engine';
import { CliUsageError, type CliIo, type FileRead, fileLabel } from './io';
import { parseCommandLine, usage } from './options';
import { progressLine } from './progress';
import { runCommand } from './run-command';
import { type FileOutcome, type ScanSettings, type ScanTask, scanFile } from './scan-file';
import { type ScanWorkers, startScanWorkers } from './scan-pool';
import { SCAN_OUTPUT_VERSION, SEVERITY_RANK, type SeverityCounts, totalsLine } from './scan-report';
import { ScanSummaryTally, summaryText } from './scan-summary';

/**
 * Without --jobs, files are checked on this thread first. After this long, if the files left would
 * take more than SPREAD_IF_LEFT_MS at the pace so far, worker threads are started, and take over
 * once one is ready (this thread goes on checking files meanwhile). A short run never pays for
 * starting them: each loads the command and warms the engine up again.
 */
const SOLO_MS = 300;
const SPREAD_IF_LEFT_MS = 1000;

/** --jobs N: a whole number, or null when not given. */
function jobsOf(value: string | boolean | undefined): number | null {
  if (value === undefined) return null;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliUsageError(`--jobs must be a whole number from 1 to 256, not "${value}".`);
  return jobs;
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
      else await io.stdout(json && written > 0 ? `,\n${outcome.report}` : outcome.report);
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
  const threads = jobs ?? io.parallelism;
  const module = threads > 1 && tasks.length > 1 ? io.workerModule : undefined;
  // With --jobs N, N worker threads check every file.
  let workers: ScanWorkers | undefined = module && jobs !== null ? startScanWorkers(Math.min(threads, tasks.length), module, settings) : undefined;
  let done = 0;
  if (!workers) {
    const started = performance.now();
    const long = () => {
      const elapsed = performance.now() - started;
      const left = tasks.length - done;
      return elapsed > SOLO_MS && left >= 2 * threads && (left * elapsed) / done > SPREAD_IF_LEFT_MS;
    };
    while (done < tasks.length && !workers?.ready()) {
      if (module && !workers && long()) workers = startScanWorkers(threads, module, settings);
      await deliver(await scanFile(tasks[done++]!, io, settings));
    }
  }
  await workers?.run(tasks.slice(done), deliver);
  progress.clear();
  await out.end(unreadable);
  if (unreadable > 0) return 2;
  return worst >= SEVERITY_RANK[failOn] ? 1 : 0;
}
