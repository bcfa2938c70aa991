import { version } from '../../package.json';
import { CliUsageError, type CliIo } from './io';
import { usage } from './options';
import { runCommand } from './run-command';

/**
 * Runs the CLI and returns its exit code: 0 clean; 1 a finding at --fail-on (scan); 2 a bad
 * option, or a file that could not be read. Each subcommand is loaded only when asked for, so
 * `debias help` loads neither the rules nor the anonymiser.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [given, ...rest] = argv;
  if (given === 'scan') return (await import('./scan')).scanCommand(rest, io);
  if (given === 'anonymise' || given === 'anonymize') return (await import('./anonymise')).anonymiseCommand(rest, io);
  return runCommand('', io, async () => {
    if (given === '--version') {
      await io.stdout(`${version}\n`);
      return 0;
    }
    if (given !== undefined && given !== 'help' && given !== '--help' && given !== '-h') {
      throw new CliUsageError(`unknown command "${given}"; the commands are scan and anonymise.`);
    }
    await io.stdout(usage());
    return given === undefined ? 2 : 0;
  });
}
