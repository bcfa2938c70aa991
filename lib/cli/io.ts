/** What reading one file gives: its bytes, or one plain-English sentence saying why not. */
export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** What a CLI command may touch, so commands can be tested without a real terminal or disk. */
export interface CliIo {
  /** Writes to standard output (text, or UTF-8 bytes); the promise settles once the system has taken it. */
  stdout(text: string | Uint8Array): void | Promise<void>;
  stderr(text: string): void;
  /** Whether standard error is a terminal: progress is shown only there. */
  stderrIsTTY: boolean;
  /** The machine's processors (`os.availableParallelism()`): see scan-threads.ts. */
  parallelism: number;
  /**
   * Starts measuring how much of the machine's processor time goes unused, by this process or any
   * other; the function returned gives it since then, in processors (idle time over elapsed time).
   */
  idleProcessors(): () => number;
  /** A file's bytes (`-`: standard input), refusing one over `limit` bytes without reading it all. */
  readFile(path: string, limit: number): Promise<FileRead>;
  /** The size in bytes of a file, or 0 when it is not a file that can be read: to plan the work. */
  fileSize(path: string): number;
  /** The canonical path of an existing file, or null when nothing is there. */
  realPath(path: string): Promise<string | null>;
  /** Writes a file that only its owner can read; without `replace`, an existing file is an error. */
  writePrivateFile(path: string, data: string, replace: boolean): Promise<void>;
  /** The built command's own module. Only when set may `scan` spread files over worker threads. */
  workerModule?: URL;
}

/** A user error: printed as one line, exit code 2. */
export class CliUsageError extends Error {}

/** How a file is named in messages. */
export const fileLabel = (path: string): string => (path === '-' ? 'standard input' : path);
