import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '@/lib/cli/options';

/** What node:util's parseArgs makes of the whole command line, which parseCommandLine reads shortened. */
const whole = (argv: string[]) =>
  parseArgs({
    args: argv,
    options: { format: { type: 'string' }, jobs: { type: 'string' }, summary: { type: 'boolean' }, context: { type: 'string' }, 'fail-on': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });

describe('parseCommandLine over many file names', () => {
  it.each([
    [['a.txt', 'b.txt', 'c.txt']],
    [['--format', 'json', 'a.txt', 'b.txt', 'c.txt', '--jobs', '2', 'd.txt']],
    [['a.txt', '--summary', 'b.txt', 'c.txt', '-', 'd.txt', 'e.txt', '--format=json', 'f.txt']],
    [['--context', 'email', 'a.txt', '--', '--odd-name.txt', 'b.txt', 'c.txt']],
    [['--jobs', '3', '-', '-', 'x.txt']],
  ])('gives the files and options parseArgs gives over the whole of %j', (argv) => {
    const { values, positionals } = whole(argv);
    expect(parseCommandLine('scan', argv)).toEqual({ values: { ...values }, files: positionals });
  });

  it('keeps 15,000 names in order', () => {
    const names = Array.from({ length: 15_000 }, (_, i) => `advert-${i}.txt`);
    expect(parseCommandLine('scan', ['--format', 'json', ...names.slice(0, 7_000), '--summary', ...names.slice(7_000)]).files).toEqual(names);
  });

  it('still refuses a value for a flag, and an option without its value', () => {
    expect(() => parseCommandLine('scan', ['a.txt', 'b.txt', '--summary=yes', 'c.txt'])).toThrow('--summary takes no value.');
    expect(() => parseCommandLine('scan', ['a.txt', 'b.txt', '--format'])).toThrow('--format needs a value.');
  });
});
