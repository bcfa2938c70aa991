import { readFile, stat, writeFile } from 'node:fs/promises';
import { CliUsageError, type CliIo } from './io';
import { SCAN_USAGE, scanCommand } from './scan';

const USAGE = `debias: checks recruitment text for biased wording and anonymises CVs. Nothing leaves this computer.

${SCAN_USAGE}
Usage: debias anonymise [--format text|json] [--key key.json] [--keep education,employers,job-title] <file...>
`;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The real terminal and disk. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => (path === '-' ? readStdin() : new Uint8Array(await readFile(path))),
  writeFile: (path, data) => writeFile(path, data, 'utf8'),
  fileSize: async (path) => {
    try {
      const s = await stat(path);
      return s.isFile() ? s.size : null;
    } catch {
      return null;
    }
  },
};

/** Runs the CLI and returns its exit code: 0 clean, 1 findings at --fail-on or failed files, 2 usage errors. */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'scan') return await scanCommand(rest, io);
    if (command === 'anonymise' || command === 'anonymize') {
      const { anonymiseCommand } = await import('./anonymise');
      return await anonymiseCommand(rest, io);
    }
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new CliUsageError(`Unknown command "${command}". Commands: scan, anonymise. Try: debias help`);
  } catch (e) {
    if (e instanceof CliUsageError) {
      io.stderr(`debias: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
