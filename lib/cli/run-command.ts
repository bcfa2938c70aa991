import { CliUsageError, type CliIo } from './io';

/**
 * Runs a subcommand and turns what it throws into one line on stderr and exit code 2: a usage
 * error with a pointer to the help, anything else as an unexpected error (never a stack trace).
 * Each built module (see scripts/build-cli.ts) has its own copy of CliUsageError, so a command
 * catches its own errors here rather than in main.ts.
 */
export async function runCommand(command: string, io: CliIo, run: () => Promise<number>): Promise<number> {
  const prefix = command ? `debias ${command}` : 'debias';
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliUsageError) io.stderr(`${prefix}: ${error.message} See: ${prefix} --help\n`);
    else io.stderr(`${prefix}: stopped by an unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
