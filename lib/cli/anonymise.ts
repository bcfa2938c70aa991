import { loadNodePdfjs } from '../documents/load-node-pdfjs';
import { z } from 'zod';
import { anonymiseBatch, type RandomSource } from '../anonymise/anonymise-batch';
import type { AnonymiseOptions, OptionalRedaction } from '../anonymise/anonymise-options';
import { redactionTypeSchema } from '../anonymise/redaction-type';
import { MAX_DOCUMENT_BYTES, type ReadDocumentDeps, readDocument } from '../documents/read-document';
import { type CliIo, CliUsageError } from './io';

/**
 * `debias anonymise [--format text|json] [--key key.json] [--keep education,employers] <file...>`
 *
 * `argv` is what follows `anonymise` on the command line. Each file (.txt, .docx, .pdf, or `-` for
 * standard input, read as text) is anonymised; the batch gets codes "Candidate 01"… in random
 * order and results are printed sorted by code.
 *
 * Optional redactions: the CLI redacts everything by default, including schools and universities,
 * employers, the current job title and years of experience (NHS Providers: remove "CV, education
 * background and current job title" before shortlisting). `--keep` names the ones to leave in:
 * `education`, `employers`, `job-title`, `experience-years`. (The library and the extension panel
 * default the other way: those four are kept until the panel switches them on.)
 *
 * `--key key.json` writes `{ "Candidate 07": { "fileName", "candidateName" } }` to that path; the
 * key never goes to standard output.
 *
 * Exit codes: 0 all files anonymised; 1 some file could not be read (a message for each on
 * stderr; the others are still printed); 2 a bad option or a file that does not exist (one line
 * on stderr, nothing printed).
 */

export const anonymiseOutputSchema = z.object({
  version: z.literal(1),
  results: z.array(
    z.object({
      file: z.string(),
      code: z.string().regex(/^Candidate \d{2,}$/),
      text: z.string(),
      /** Offsets of each placeholder in `text`; the original text is never printed. */
      redactions: z.array(
        z.object({ type: redactionTypeSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
      ),
    }),
  ),
});
export type AnonymiseOutput = z.infer<typeof anonymiseOutputSchema>;

export const anonymiseKeySchema = z.record(z.string(), z.object({ fileName: z.string(), candidateName: z.string().nullable() }));

const USAGE = 'usage: debias anonymise [--format text|json] [--key key.json] [--keep education,employers,job-title,experience-years] <file...>';

const KEEP_NAMES: Record<string, OptionalRedaction> = {
  education: 'education',
  schools: 'education',
  employers: 'employers',
  employer: 'employers',
  'job-title': 'jobTitle',
  jobtitle: 'jobTitle',
  'job-titles': 'jobTitle',
  'experience-years': 'experienceYears',
  experienceyears: 'experienceYears',
  experience: 'experienceYears',
};

interface ParsedArgs {
  format: 'text' | 'json';
  keyPath: string | null;
  options: AnonymiseOptions;
  files: string[];
  help: boolean;
}

function parseArgs(argv: string[]): ParsedArgs {
  const parsed: ParsedArgs = {
    format: 'text',
    keyPath: null,
    options: { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' },
    files: [],
    help: false,
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      parsed.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      parsed.help = true;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CliUsageError(`debias anonymise: ${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') throw new CliUsageError(`debias anonymise: --format must be text or json, not "${format}".`);
      parsed.format = format;
    } else if (flag === '--key') {
      parsed.keyPath = value();
    } else if (flag === '--keep') {
      for (const name of value().split(',').map((n) => n.trim().toLowerCase()).filter(Boolean)) {
        const option = KEEP_NAMES[name];
        if (!option) throw new CliUsageError(`debias anonymise: --keep does not know "${name}"; use education, employers, job-title or experience-years.`);
        parsed.options[option] = 'keep';
      }
    } else {
      throw new CliUsageError(`debias anonymise: unknown option ${flag}. ${USAGE}`);
    }
  }
  if (!parsed.help && !parsed.files.length) throw new CliUsageError(`debias anonymise: no files given. ${USAGE}`);
  return parsed;
}

export async function anonymiseCommand(
  argv: string[],
  io: CliIo,
  inject: { random?: RandomSource; readDeps?: ReadDocumentDeps } = {},
): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    for (const file of args.files) {
      if (file !== '-' && (await io.fileSize(file)) === null) throw new CliUsageError(`debias anonymise: no such file: ${file}`);
    }
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }

  let failed = 0;
  const docs: { name: string; text: string }[] = [];
  for (const file of args.files) {
    const fail = (message: string) => {
      failed++;
      io.stderr(`${file}: ${message}\n`);
    };
    const size = file === '-' ? 0 : await io.fileSize(file);
    if (size !== null && size > MAX_DOCUMENT_BYTES) {
      fail('The file is larger than 20 MB. Save a smaller copy (for example without pictures) and try again.');
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      continue;
    }
    const read = await readDocument({ name: file === '-' ? 'stdin.txt' : file, bytes }, inject.readDeps ?? { loadPdfjs: loadNodePdfjs });
    if (!read.ok) {
      fail(read.message);
      continue;
    }
    docs.push({ name: file, text: read.text });
  }

  const { results, key } = anonymiseBatch(docs, args.options, inject.random);
  if (args.format === 'json') {
    const output = anonymiseOutputSchema.parse({
      version: 1,
      results: results.map((r) => ({
        file: key[r.code]?.fileName ?? '',
        code: r.code,
        text: r.text,
        redactions: r.redactions.map(({ type, start, end }) => ({ type, start, end })),
      })),
    });
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    io.stdout(results.map((r) => `== ${r.code} (${key[r.code]?.fileName ?? ''}) ==\n${r.text.replace(/\n*$/, '')}\n`).join('\n'));
  }

  if (args.keyPath) {
    try {
      await io.writeFile(args.keyPath, `${JSON.stringify(anonymiseKeySchema.parse(key), null, 2)}\n`);
    } catch (error) {
      io.stderr(`debias anonymise: could not write the key to ${args.keyPath}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  return failed ? 1 : 0;
}
