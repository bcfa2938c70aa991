import { closeSync, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open, realpath, rename, unlink } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { DOCUMENT_MESSAGES } from '../documents/document-messages';
import type { CliIo, FileRead } from './io';

const FILE_MESSAGES: Record<string, string> = {
  ENOENT: 'There is no such file.',
  ENOTDIR: 'There is no such file.',
  EACCES: 'This file cannot be read: you do not have permission to open it.',
  EPERM: 'This file cannot be read: you do not have permission to open it.',
  folder: 'This is a folder, not a file. Give the files in it instead (for example folder/*.txt).',
};

const failure = (error: unknown): FileRead => {
  const code = (error as { code?: string }).code ?? '';
  return { ok: false, message: FILE_MESSAGES[code] ?? `This file cannot be read (${code || String(error)}).` };
};

/** Reads a stream to its end, or stops as soon as it passes `limit` bytes. */
async function readUpTo(stream: AsyncIterable<Uint8Array>, limit: number): Promise<FileRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limit) return { ok: false, message: DOCUMENT_MESSAGES.tooLarge };
    chunks.push(chunk);
  }
  return { ok: true, bytes: plain(Buffer.concat(chunks)) };
}

/** A Node Buffer as a plain Uint8Array over the same memory: some readers (pdf.js) refuse a Buffer. */
const plain = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/**
 * A regular file of `size` bytes, read into memory of that size: readFileSync(fd) would ask its
 * size again (one more system call per file, of the five it takes). A file that grew since is
 * read up to `size`; one that shrank, up to its end.
 */
function readWhole(fd: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let read = 0;
  for (let got = -1; read < size && got !== 0; read += got) got = readSync(fd, bytes, read, size - read, null);
  return read < size ? bytes.subarray(0, read) : bytes;
}

/**
 * A file is read with blocking calls: files are read one at a time on each thread anyway, and the
 * promise-based calls cost a trip to libuv's thread pool each (four per file).
 */
async function readFile(path: string, limit: number): Promise<FileRead> {
  if (path === '-') return readUpTo(process.stdin, limit);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return failure(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: FILE_MESSAGES.folder! };
    // A pipe or a device (/dev/zero) has no size to check, and a file of /proc says it has none:
    // read it as a stream, up to the limit.
    if (!stat.isFile() || stat.size === 0) return await readUpTo(createReadStream('', { fd, autoClose: false }), limit);
    if (stat.size > limit) return { ok: false, message: DOCUMENT_MESSAGES.tooLarge };
    return { ok: true, bytes: readWhole(fd, stat.size) };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

/** Created with mode 0600 and never opened by anyone else: written beside, then renamed over. */
async function writePrivateFile(path: string, data: string, replace: boolean): Promise<void> {
  const target = replace ? `${path}.${process.pid}.tmp` : path;
  const handle = await open(target, 'wx', 0o600);
  try {
    await handle.writeFile(data, 'utf8');
  } finally {
    await handle.close();
  }
  if (target === path) return;
  try {
    await rename(target, path);
  } catch (error) {
    await unlink(target).catch(() => undefined);
    throw error;
  }
}

/**
 * Standard output, set up on first use (creating process.stdout loads Node's streams). When a pipe
 * is closed early (`debias scan … | head`), the command stops quietly, as other tools do.
 */
let stdoutReady = false;
function stdout(): NodeJS.WriteStream {
  if (!stdoutReady) {
    stdoutReady = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return process.stdout;
}

/**
 * Whether all that was written to standard output and error has been handed to the system: on
 * Linux each write to a file, pipe or terminal is, when it returns; elsewhere (a pipe on macOS) it
 * may still be queued.
 */
export const outputSettled = (): boolean => (!stdoutReady || process.stdout.writableLength === 0) && process.stderr.writableLength === 0;

/** Idle time of all the machine's processors so far, in ms (the system's own count, in ticks of 10 ms on Linux). */
const idleMs = () => cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);

function idleProcessors(): () => number {
  const idle = idleMs();
  const started = performance.now();
  return () => (idleMs() - idle) / Math.max(1, performance.now() - started);
}

/** The real terminal and disk. `workerModule` is the built module that scan's worker threads run. */
export function nodeIo(workerModule?: URL): CliIo {
  return {
    stdout: (text) => (stdout().write(text) ? undefined : new Promise<void>((resolve) => stdout().once('drain', resolve))),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    parallelism: availableParallelism(),
    idleProcessors,
    readFile,
    fileSize: (path) => {
      const stat = path === '-' ? undefined : statSync(path, { throwIfNoEntry: false });
      return stat?.isFile() ? stat.size : 0;
    },
    realPath: (path) => realpath(path).catch(() => null),
    writePrivateFile,
    workerModule,
  };
}
