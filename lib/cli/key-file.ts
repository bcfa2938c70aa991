import { CliUsageError, type CliIo } from './io';

/**
 * Refuses a --key path before any work is done: never one of the files being anonymised (compared
 * by their real paths, so a link or `./` spelling is no way round), and never an existing file
 * unless --force is given.
 */
export async function checkKeyPath(keyPath: string, inputs: string[], force: boolean, io: CliIo): Promise<void> {
  const key = await io.realPath(keyPath);
  if (key === null) return;
  for (const input of inputs) {
    if (input !== '-' && (await io.realPath(input)) === key) {
      throw new CliUsageError(`--key ${keyPath} is one of the files to anonymise; give the key a file of its own.`);
    }
  }
  if (!force) throw new CliUsageError(`--key ${keyPath} already exists; give another name, or --force to replace it.`);
}
