/** What a CLI command may touch, so commands can be tested without a real terminal or disk. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file; `-` means standard input. Rejects with a message naming the file. */
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  /** Size in bytes, or null when the file does not exist. */
  fileSize(path: string): Promise<number | null>;
}

/** A user error: printed as one line, exit code 2. */
export class CliUsageError extends Error {}
