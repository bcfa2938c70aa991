import { CliUsageError, type CliIo } from './io';
import { type Command, usage } from './options';

/**
 * Runs the CLI and returns its exit code: 0 clean; 1 a finding at --fail-on (scan); 2 a bad
 * option, or a file that could not be read. Each subcommand is loaded only when asked for, so
 * `debias help` loads neither the rules nor the anonymiser.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [given, ...rest] = argv;
  const command: Command | undefined = given === 'scan' ? 'scan' : given === 'anonymise' || given === 'anonymize' ? 'anonymise' : undefined;
  try {
    if (command === 'scan') return await (await import('./scan')).scanCommand(rest, io);
    if (command === 'anonymise') return await (await import('./anonymise')).anonymiseCommand(rest, io);
    if (given === undefined || given === 'help' || given === '--help' || given === '-h') {
      await io.stdout(usage());
      return given === undefined ? 2 : 0;
    }
    throw new CliUsageError(`unknown command "${given}"; the commands are scan and anonymise.`);
  } catch (error) {
    const prefix = command ? `debias ${command}` : 'debias';
    if (error instanceof CliUsageError) io.stderr(`${prefix}: ${error.message} See: ${prefix} --help\n`);
    else io.stderr(`${prefix}: stopped by an unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
