import { anonymiseBatch, type BatchInput, type RandomSource } from '../anonymise/anonymise-batch';
import type { AnonymiseOptions, OptionalRedaction } from '../anonymise/anonymise-options';
import { anonymiseKeySchema, anonymiseOutputSchema } from './anonymise-output';
import { type CliIo, fileLabel } from './io';
import { checkKeyPath } from './key-file';
import { parseCommandLine, usage } from './options';
import { readInputFile } from './read-input';
import { runCommand } from './run-command';

/** The text without the line breaks at its end (a loop: `/\n*$/` is quadratic on a run of line breaks). */
function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.slice(0, end);
}

const KEEP: Record<string, OptionalRedaction> = {
  education: 'education',
  employers: 'employers',
  'job-title': 'jobTitle',
  'experience-years': 'experienceYears',
};

/**
 * `debias anonymise [--format text|json] [--key FILE [--force]] [--keep …] <file...>`
 *
 * Each file (.txt, .md, .html, .docx, .pdf, or `-` for standard input) is anonymised; the batch gets
 * codes "Candidate 01"… in random order and results are printed sorted by code.
 *
 * Optional redactions: the CLI redacts everything by default, including schools and universities,
 * employers, the current job title and years of experience (NHS Providers: remove "CV, education
 * background and current job title" before shortlisting). `--keep` names the ones to leave in.
 * (The library and the extension panel default the other way: those four are kept until the panel
 * switches them on.)
 *
 * `--key FILE` writes `{ "Candidate 07": { "fileName", "candidateName" } }` to FILE, readable by its
 * owner only; the key never goes to standard output.
 *
 * Exit codes: 0 all files anonymised; 2 a bad option or key path (one line, nothing done), or some
 * file could not be read (a line for each on stderr; the others are still anonymised).
 */
export const anonymiseCommand = (argv: string[], io: CliIo, inject: { random?: RandomSource } = {}): Promise<number> =>
  runCommand('anonymise', io, () => anonymise(argv, io, inject.random));

async function anonymise(argv: string[], io: CliIo, random: RandomSource | undefined): Promise<number> {
  const { values, files } = parseCommandLine('anonymise', argv);
  if (values.help) {
    await io.stdout(usage('anonymise'));
    return 0;
  }
  const options: AnonymiseOptions = { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' };
  for (const name of values.keep ?? []) options[KEEP[name]!] = 'keep';
  const keyPath = typeof values.key === 'string' ? values.key : null;
  if (keyPath) await checkKeyPath(keyPath, files, values.force === true, io);

  let failed = 0;
  const docs: BatchInput[] = [];
  for (const file of files) {
    const read = await readInputFile(file, io);
    if (read.ok) docs.push({ name: file, text: read.text });
    else {
      failed++;
      io.stderr(`${fileLabel(file)}: ${read.message}\n`);
    }
  }

  const { results, key } = anonymiseBatch(docs, options, random);
  if (values.format === 'json') {
    const output = anonymiseOutputSchema.parse({
      version: 1,
      results: results.map((r) => ({
        file: key[r.code]?.fileName ?? '',
        code: r.code,
        text: r.text,
        redactions: r.redactions.map(({ type, start, end }) => ({ type, start, end })),
      })),
    });
    await io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else if (results.length > 0) {
    await io.stdout(results.map((r) => `== ${r.code} (${key[r.code]?.fileName ?? ''}) ==\n${withoutTrailingNewlines(r.text)}\n`).join('\n'));
  }

  if (keyPath) {
    try {
      await io.writePrivateFile(keyPath, `${JSON.stringify(anonymiseKeySchema.parse(key), null, 2)}\n`, values.force === true);
    } catch (error) {
      io.stderr(`debias anonymise: could not write the key to ${keyPath}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  return failed ? 2 : 0;
}
