import { DOCUMENT_LIMITS } from '../documents/document-limits';
import type { Severity } from '../engine';
import { CliUsageError, type CliIo, type FileRead, fileLabel } from './io';
import { parseCommandLine, usage } from './options';
import { progressLine } from './progress';
import { type FileOutcome, type ScanSettings, type ScanTask, scanFile } from './scan-file';
import { scanInWorkers } from './scan-pool';
import { SEVERITY_RANK, type SeverityCounts, totalsLine } from './scan-report';
import { ScanSummaryTally, summaryText } from './scan-summary';

/**
 * Without --jobs, files are checked on this thread first; a run still going after this long (and
 * with files left for every processor) continues on worker threads. A short run never pays for
 * starting them (each loads the command and warms up the engine again).
 */
const SOLO_MS = 300;

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
    start: () => (json && !settings.summary ? io.stdout('{"version":1,"results":[\n') : undefined),
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

/** `debias scan`: checks advert templates and emails like a linter. */
export async function scanCommand(argv: string[], io: CliIo): Promise<number> {
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
  const workers = jobs ?? io.parallelism;
  const spread = workers > 1 && tasks.length > 1 ? io.workerModule : undefined;
  let done = 0;
  if (!spread || jobs === null) {
    const started = performance.now();
    const long = () => spread !== undefined && performance.now() - started > SOLO_MS && tasks.length - done >= 2 * workers;
    while (done < tasks.length && !long()) await deliver(await scanFile(tasks[done++]!, io, settings));
  }
  // With --jobs N, N worker threads from the start.
  if (done < tasks.length) await scanInWorkers(tasks.slice(done), Math.min(workers, tasks.length - done), spread!, settings, deliver);
  progress.clear();
  await out.end(unreadable);
  if (unreadable > 0) return 2;
  return worst >= SEVERITY_RANK[failOn] ? 1 : 0;
}
