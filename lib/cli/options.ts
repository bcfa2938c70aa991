import { parseArgs } from 'node:util';
import { DOCUMENT_LIMITS, megabytes } from '../documents/document-limits';
import { CliUsageError } from './io';

export type Command = 'scan' | 'anonymise';

interface OptionSpec {
  commands: readonly Command[];
  /** What the value looks like in the usage (`FILE`, `N`); absent for a flag. */
  value?: string;
  /** The allowed values (for `--keep`, the allowed items of its comma-separated list). */
  choices?: readonly string[];
  short?: string;
  /** Given more than once, the values add up (`--keep education --keep employers`). */
  multiple?: boolean;
  help: string;
}

/** Every option of every subcommand: the parser, the checks and the usage text all come from here. */
export const OPTIONS = {
  format: { commands: ['scan', 'anonymise'], choices: ['text', 'json'], help: 'text for people (the default), or json for tools' },
  context: { commands: ['scan'], choices: ['advert', 'email'], help: 'what the files are (default advert)' },
  'fail-on': { commands: ['scan'], choices: ['info', 'warning', 'error'], help: 'exit 1 when a finding is this severe or worse (default error)' },
  summary: { commands: ['scan'], help: 'counts per rule and category over all files, and the files with most findings' },
  jobs: { commands: ['scan'], value: 'N', help: 'check N files at once (default: one per processor, for 512 KB of files or more)' },
  keep: {
    commands: ['anonymise'],
    choices: ['education', 'employers', 'job-title', 'experience-years'],
    multiple: true,
    help: 'leave these in, comma-separated (by default they are removed too)',
  },
  key: { commands: ['anonymise'], value: 'FILE', help: 'write which code is which file and candidate to FILE, readable by you only' },
  force: { commands: ['anonymise'], help: 'let --key replace a file that already exists' },
  help: { commands: ['scan', 'anonymise'], short: 'h', help: 'show this help' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

const SPECS: [OptionName, OptionSpec][] = Object.entries(OPTIONS) as [OptionName, OptionSpec][];
const isFlag = (spec: OptionSpec) => !spec.value && !spec.choices;

const COMMANDS: Record<Command, { about: string; exitCodes: string }> = {
  scan: {
    about: 'Checks adverts, person specifications and recruitment emails for biased wording, like a linter.',
    exitCodes: '0 nothing at --fail-on; 1 a finding at --fail-on or worse; 2 a bad option, or a file that could not be read (the other files are still checked)',
  },
  anonymise: {
    about: 'Removes names, contact details and other personal details from CVs and supporting statements, and gives each a code (Candidate 01, 02…) in random order.',
    exitCodes: '0 every file anonymised; 2 a bad option, a key file refused, or a file that could not be read (the other files are still anonymised)',
  },
};

const FILES = `Files: .txt, .md, .html, .docx or .pdf (- reads standard input), each at most ${megabytes(DOCUMENT_LIMITS.bytes)}; a Word document at most ${megabytes(DOCUMENT_LIMITS.docxUnpackedBytes)} of text and formatting once unpacked; a PDF at most ${DOCUMENT_LIMITS.pdfPages} pages.`;

function optionLine(name: OptionName, spec: OptionSpec): string {
  const list = name === 'keep' ? ',' : '|';
  const value = spec.choices ? ` ${spec.choices.join(list)}` : spec.value ? ` ${spec.value}` : '';
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${value}`;
  return `  ${flag.padEnd(Math.max(flag.length + 2, 34))}${spec.help}`;
}

/** The usage of one subcommand, or of both when none is given. Ends with a newline. */
export function usage(command?: Command): string {
  const commands = command ? [command] : (['scan', 'anonymise'] as const);
  const parts = command
    ? []
    : ['debias: checks recruitment text for biased wording and anonymises CVs. Nothing leaves this computer.', 'debias --version prints its version.', ''];
  for (const c of commands) {
    parts.push(`Usage: debias ${c} [options] <file...>`, `  ${COMMANDS[c].about}`);
    for (const [name, spec] of SPECS) if (spec.commands.includes(c)) parts.push(optionLine(name, spec));
    parts.push(`  Exit codes: ${COMMANDS[c].exitCodes}.`, '');
  }
  parts.push(FILES, '');
  return parts.join('\n');
}

export type OptionValues = { [K in OptionName]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : string | boolean };

/**
 * Parses what follows the subcommand with node:util `parseArgs`, from `OPTIONS`. Throws a
 * CliUsageError with one line for an unknown option, a missing value or a value not allowed.
 */
export function parseCommandLine(command: Command, argv: string[]): { values: OptionValues; files: string[] } {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of SPECS) {
    if (!spec.commands.includes(command)) continue;
    config[name] = { type: isFlag(spec) ? 'boolean' : 'string', ...(spec.short && { short: spec.short }), ...(spec.multiple && { multiple: true }) };
  }
  const { args, runs } = shortened(argv);
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof config; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new CliUsageError(parseError(error));
  }
  const files = parsed.tokens.flatMap((t) => (t.kind !== 'positional' ? [] : (runs.get(t.index) ?? [t.value])));
  const values = parsed.values as OptionValues;
  for (const [name, spec] of SPECS) {
    const value = values[name];
    if (value === '') throw new CliUsageError(`--${name} needs a value.`);
    if (value === undefined || !spec.choices) continue;
    const given = Array.isArray(value) ? value.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean) : [String(value)];
    for (const v of given) {
      if (!spec.choices.includes(v)) throw new CliUsageError(`--${name} must be ${orList(spec.choices)}, not "${v}".`);
    }
    if (Array.isArray(value)) (values as Record<string, string[]>)[name] = given;
  }
  if (!values.help && files.length === 0) throw new CliUsageError('no files given (- reads standard input).');
  return { values, files };
}

/**
 * `argv` with each run of plain arguments cut to its first two, the second standing for the rest
 * of its run (`runs`, by index in `args`): parseArgs took 50 ms, 200 ms on its first call, over
 * 15,000 file names, before any file could be checked. The first of a run may be an option's
 * value; the others can only be file names. After `--`, all are left as they are.
 */
function shortened(argv: string[]): { args: string[]; runs: Map<number, string[]> } {
  const args: string[] = [];
  const runs = new Map<number, string[]>();
  const end = argv.indexOf('--');
  const stop = end < 0 ? argv.length : end;
  const plain = (i: number) => i < stop && !argv[i]!.startsWith('-');
  for (let i = 0; i < stop; ) {
    if (!plain(i)) {
      args.push(argv[i++]!);
      continue;
    }
    let j = i + 1;
    while (plain(j)) j++;
    args.push(argv[i]!);
    if (j - i > 1) {
      runs.set(args.length, argv.slice(i + 1, j));
      args.push(argv[i + 1]!);
    }
    i = j;
  }
  args.push(...argv.slice(stop));
  return { args, runs };
}

const orList = (items: readonly string[]) => (items.length === 2 ? `${items[0]} or ${items[1]}` : `one of ${items.join(', ')}`);

/** node:util's messages are long and name its own API; one short line each instead. */
function parseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return message.includes('does not take') ? `${option} takes no value.` : `${option} needs a value.`;
  return message.split('\n')[0]!;
}
