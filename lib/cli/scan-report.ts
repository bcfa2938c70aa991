import type { Readability, Report, Severity } from '../engine';
import { lineColumnMap } from '../engine/position';
import type { ScanResult } from './scan-output';

/**
 * The version of the JSON `debias scan` writes, with or without --summary. 2: each result's
 * `readability`, each document finding's `statement`, and the `plain-english` category.
 */
export const SCAN_OUTPUT_VERSION = 2;

export type SeverityCounts = Record<Severity, number>;

/**
 * A count as UK English writes it ("14,842"), as toLocaleString('en-GB') does for whole numbers,
 * without loading the locale data: that costs a text report tens of milliseconds.
 */
export function thousands(n: number): string {
  const digits = String(n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

export const plural = (n: number, word: string, many = `${word}s`) => `${thousands(n)} ${n === 1 ? word : many}`;

/** The engine's report as `scanResultSchema` has it, field by field (nothing else leaks into the JSON). */
export function scanResult(file: string, text: string, report: Report): ScanResult {
  const at = lineColumnMap(text);
  return {
    file,
    text,
    words: report.words,
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      start: f.start,
      end: f.end,
      ...at(f.start),
      text: f.text,
      message: f.message,
      suggestions: f.suggestions.map(({ text: suggestion, kind }) => ({ text: suggestion, kind })),
      source: { name: f.source.name, url: f.source.url },
    })),
    document: report.document.map((d) => ({
      ruleId: d.ruleId,
      category: d.category,
      severity: d.severity,
      message: d.message,
      source: { name: d.source.name, url: d.source.url },
      ...(d.statement && { statement: d.statement }),
    })),
    genderCoding: { masculine: report.genderCoding.masculine, feminine: report.genderCoding.feminine, verdict: report.genderCoding.verdict },
    readability: report.readability && readabilityResult(report.readability),
  };
}

/** The readability object field by field, as `scanResultSchema` has it. */
function readabilityResult(r: Readability): Readability {
  return {
    readingAge: r.readingAge,
    band: r.band,
    summary: r.summary,
    grades: { automatedReadability: r.grades.automatedReadability, colemanLiau: r.grades.colemanLiau },
    words: r.words,
    sentences: r.sentences,
    longSentences: r.longSentences,
    longestSections: r.longestSections.map(({ title, start, end, words }) => ({ title, start, end, words })),
    duties: r.duties && { total: r.duties.total, youWill: r.duties.youWill, summary: r.duties.summary },
  };
}

/** The findings of a file (the engine's report or the scan's result), by severity. */
export function severityCounts(result: Pick<Report, 'findings' | 'document'>): SeverityCounts {
  const counts: SeverityCounts = { info: 0, warning: 0, error: 0 };
  for (const f of result.findings) counts[f.severity]++;
  for (const d of result.document) counts[d.severity]++;
  return counts;
}

/**
 * Findings per piece of a JSON report, and lines per piece of a text report: a file with tens of
 * thousands of findings is printed piece by piece, so its report is never one string of tens of
 * megabytes (and its UTF-8 copy on writing). Pieces are kept well under 64 K characters: V8 keeps a
 * longer string apart, as a large object, and turning such pieces into UTF-8 took three to six
 * times as long as turning small ones (28 MB of report: 0.8 s of processor time in pieces of 3,000
 * lines, 0.15 s in pieces of 100).
 */
export const PIECE_FINDINGS = 50;
const PIECE_LINES = 100;

/**
 * A string as JSON, for the strings that come again and again (rule ids, categories, messages,
 * suggestions, sources): each is quoted once, not once per finding. Emptied when it grows large,
 * as messages filled with the matched words are each new.
 */
const quotedOnce = new Map<string, string>();
function quoted(s: string): string {
  let json = quotedOnce.get(s);
  if (json === undefined) {
    json = JSON.stringify(s);
    if (quotedOnce.size >= 4000) quotedOnce.clear();
    quotedOnce.set(s, json);
  }
  return json;
}

/** A source as JSON: each finding's is a copy of its rule's, so its strings are what repeat. */
const sourceJson = (source: ScanResult['findings'][number]['source']) => `{"name":${quoted(source.name)},"url":${quoted(source.url)}}`;

/** One finding as JSON.stringify writes it, its keys in scanResult's order. */
function findingJson(f: ScanResult['findings'][number]): string {
  let suggestions = '';
  for (const s of f.suggestions) suggestions += `${suggestions ? ',' : ''}{"text":${quoted(s.text)},"kind":${quoted(s.kind)}}`;
  return `{"ruleId":${quoted(f.ruleId)},"category":${quoted(f.category)},"severity":${quoted(f.severity)},"start":${f.start},"end":${f.end},"line":${f.line},"column":${f.column},"text":${JSON.stringify(f.text)},"message":${quoted(f.message)},"suggestions":[${suggestions}],"source":${sourceJson(f.source)}}`;
}

/**
 * `result` as one line of JSON, the same as JSON.stringify(result), in pieces made as they are
 * printed. Written out field by field: JSON.stringify read each finding's keys and quoted the same
 * messages and sources again for every finding, about a third more work on the bench's adverts.
 */
export function* jsonReport(result: ScanResult): Generator<string> {
  let piece = `{"file":${JSON.stringify(result.file)},"text":${JSON.stringify(result.text)},"words":${JSON.stringify(result.words)},"findings":[`;
  const { findings } = result;
  for (let i = 0; i < findings.length; i++) {
    if (i % PIECE_FINDINGS === 0 && findings.length > PIECE_FINDINGS) {
      yield piece;
      piece = '';
    }
    piece += `${i > 0 ? ',' : ''}${findingJson(findings[i]!)}`;
  }
  if (findings.length > PIECE_FINDINGS) {
    yield piece;
    piece = '';
  }
  piece += '],"document":[';
  for (let i = 0; i < result.document.length; i++) {
    const d = result.document[i]!;
    piece += `${i > 0 ? ',' : ''}{"ruleId":${quoted(d.ruleId)},"category":${quoted(d.category)},"severity":${quoted(d.severity)},"message":${quoted(d.message)},"source":${sourceJson(d.source)}${d.statement === undefined ? '' : `,"statement":${quoted(d.statement)}`}}`;
  }
  piece += `],"genderCoding":${JSON.stringify(result.genderCoding)}`;
  yield result.readability === undefined ? `${piece}}` : `${piece},"readability":${JSON.stringify(result.readability)}}`;
}

/**
 * One file in the text report, like a linter: `line:column severity message rule`, then advice and
 * source. Made piece by piece as it is printed, so a file with tens of thousands of findings is
 * never held whole (each piece is built with `+=`, which V8 joins once, on writing).
 */
export function* textReport(result: ScanResult): Generator<string> {
  let piece = result.file;
  let lines = 1;
  const add = (line: string) => {
    piece += `\n${line}`;
    lines++;
  };
  for (const f of result.findings) {
    add(`  ${`${f.line}:${f.column}`.padEnd(8)} ${f.severity.padEnd(7)} ${f.message}  ${f.ruleId}`);
    let replace = '';
    let advice: string | undefined;
    for (const s of f.suggestions) {
      if (s.kind === 'replace') replace += `${replace ? ' or ' : ''}“${s.text}”`;
      else if (s.kind === 'advice') advice ??= s.text;
    }
    if (replace) add(`           Try: ${replace}`);
    else if (advice !== undefined) add(`           ${advice}`);
    add(`           Source: ${f.source.name}${f.source.url ? ` <${f.source.url}>` : ''}`);
    if (lines >= PIECE_LINES) {
      yield piece;
      piece = '';
      lines = 0;
    }
  }
  for (const d of result.document) add(`  ${'document'.padEnd(8)} ${d.severity.padEnd(7)} ${d.message}  ${d.ruleId}`);
  const g = result.genderCoding;
  if (g.verdict !== 'empty') {
    add(`  gender coding: ${g.verdict.replace('-', ' ')} (${g.masculine.length} masculine-coded, ${g.feminine.length} feminine-coded words)`);
  }
  if (result.readability) add(`  reading age: ${result.readability.summary}`);
  if (result.findings.length === 0 && result.document.length === 0) add('  No problems found.');
  yield `${piece}\n\n`;
}

/** The text report's last line: "3 findings (1 error, 1 warning, 1 info) in 1 file". */
export function totalsLine(counts: SeverityCounts, files: number, unreadable: number): string {
  const total = counts.info + counts.warning + counts.error;
  const failed = unreadable ? `; ${plural(unreadable, 'file')} could not be read` : '';
  return `${plural(total, 'finding')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${thousands(counts.info)} info) in ${plural(files, 'file')}${failed}\n`;
}
