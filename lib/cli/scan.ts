import { parseArgs } from 'node:util';
import { analyse } from '../engine';
import type { Severity } from '../engine/finding';
import { lineColumnMap } from '../engine/position';
import { CliUsageError, type CliIo } from './io';
import { readScanInput } from './read-input';
import { type ScanOutput, scanOutputSchema } from './scan-output';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export const SCAN_USAGE =
  'Usage: debias scan [--format text|json] [--context advert|email] [--fail-on info|warning|error] <file...|->';

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliUsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function formatText(output: ScanOutput): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { info: 0, warning: 0, error: 0 };
  for (const result of output.results) {
    lines.push(result.file);
    for (const f of result.findings) {
      counts[f.severity]++;
      lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${f.severity.padEnd(7)} ${f.message}  ${f.ruleId}`);
      const replace = f.suggestions.filter((s) => s.kind === 'replace').map((s) => `“${s.text}”`);
      const advice = f.suggestions.find((s) => s.kind === 'advice');
      if (replace.length > 0) lines.push(`           Try: ${replace.join(' or ')}`);
      else if (advice) lines.push(`           ${advice.text}`);
      lines.push(`           Source: ${f.source.name}${f.source.url ? ` <${f.source.url}>` : ''}`);
    }
    for (const d of result.document) {
      counts[d.severity]++;
      lines.push(`  ${'document'.padEnd(8)} ${d.severity.padEnd(7)} ${d.message}  ${d.ruleId}`);
    }
    const g = result.genderCoding;
    if (g.verdict !== 'empty') {
      lines.push(`  gender coding: ${g.verdict.replace('-', ' ')} (${g.masculine.length} masculine-coded, ${g.feminine.length} feminine-coded words)`);
    }
    if (result.findings.length === 0 && result.document.length === 0) lines.push('  No problems found.');
    lines.push('');
  }
  const total = counts.info + counts.warning + counts.error;
  const files = output.results.length;
  lines.push(
    `${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${files} file${files === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}

/** `debias scan`: checks advert templates and emails like a linter. */
export async function scanCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseScanArgs>;
  try {
    parsed = parseScanArgs(argv);
  } catch (e) {
    throw new CliUsageError(`${(e as Error).message}\n${SCAN_USAGE}`);
  }
  const { values, positionals } = parsed;
  const format = oneOf(values.format, ['text', 'json'] as const, 'format', 'text');
  const context = oneOf(values.context, ['advert', 'email'] as const, 'context', 'advert');
  const failOn = oneOf(values['fail-on'], ['info', 'warning', 'error'] as const, 'fail-on', 'error');
  if (positionals.length === 0) throw new CliUsageError(`Give at least one file, or - for standard input.\n${SCAN_USAGE}`);

  const output: ScanOutput = { version: 1, results: [] };
  let worst = -1;
  for (const file of positionals) {
    const input = await readScanInput(file, io);
    const report = analyse(input.text, { context, sections: input.sections });
    const at = lineColumnMap(input.text);
    output.results.push({
      file,
      text: input.text,
      words: report.words,
      findings: report.findings.map((f) => ({ ...f, ...at(f.start) })),
      document: report.document,
      genderCoding: report.genderCoding,
    });
    for (const f of [...report.findings, ...report.document]) worst = Math.max(worst, SEVERITY_RANK[f.severity]);
  }
  io.stdout(format === 'json' ? `${JSON.stringify(scanOutputSchema.parse(output), null, 2)}\n` : formatText(output));
  return worst >= SEVERITY_RANK[failOn] ? 1 : 0;
}

function parseScanArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      context: { type: 'string' },
      'fail-on': { type: 'string' },
    },
  });
}
