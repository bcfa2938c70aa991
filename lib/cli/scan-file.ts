// Before the engine is loaded: see there.
import './optimise-later';
import { analyse, type TextKind } from '../engine';
import type { CliIo } from './io';
import { readInput, readInputFile } from './read-input';
import { jsonReport, scanResult, severityCounts, textReport } from './scan-report';
import { type FileTally, ruleTallies } from './scan-summary';

export interface ScanSettings {
  context: TextKind;
  format: 'text' | 'json';
  summary: boolean;
}

/** One file to check. Standard input comes read (only the main thread can read it), or failed. */
export interface ScanTask {
  file: string;
  bytes?: Uint8Array;
  failure?: string;
}

/**
 * What checking one file gives, ready to print: `report` is its JSON line or its text block, in
 * pieces to print one after another (none with --summary). Each piece is made as it is printed,
 * so a file with tens of thousands of findings is never held as text all at once. A worker thread
 * makes them all, as UTF-8, before passing the outcome on (see scan-worker.ts), so the work of
 * formatting is done where the file was checked.
 */
export type FileOutcome =
  | { ok: false; file: string; message: string }
  | (FileTally & { ok: true; report: Iterable<string | Uint8Array>; notice?: string });

/** Reads, checks and formats one file. Never throws: a failure is a message for that file. */
export async function scanFile(task: ScanTask, io: CliIo, settings: ScanSettings): Promise<FileOutcome> {
  const { file } = task;
  if (task.failure) return { ok: false, file, message: task.failure };
  try {
    const input = task.bytes ? await readInput(file, task.bytes) : await readInputFile(file, io);
    if (!input.ok) return { ok: false, file, message: input.message };
    const found = analyse(input.text, { context: settings.context, sections: input.sections });
    const tally = { ok: true, file, notice: input.notice, words: found.words, counts: severityCounts(found) } as const;
    // The summary needs only the counts, not the result's copy of every finding with its line and column.
    if (settings.summary) return { ...tally, rules: ruleTallies(found), report: [] };
    const result = scanResult(file, input.text, found);
    return { ...tally, rules: [], report: settings.format === 'json' ? jsonReport(result) : textReport(result) };
  } catch (error) {
    return { ok: false, file, message: `De-bias could not check this file (${error instanceof Error ? error.message : String(error)}).` };
  }
}
