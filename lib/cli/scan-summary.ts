import { CATEGORIES } from '../engine/categories';
import type { Category, Report, Severity } from '../engine/finding';
import type { ScanSummary } from './scan-output';
import { plural, SCAN_OUTPUT_VERSION, type SeverityCounts, thousands } from './scan-report';

/** How often one rule fired in one file. */
export interface RuleTally {
  ruleId: string;
  category: Category;
  severity: Severity;
  findings: number;
}

/** One file's contribution to the summary: small enough to pass between threads. */
export interface FileTally {
  file: string;
  words: number;
  counts: SeverityCounts;
  rules: RuleTally[];
}

const TOP_FILES = 20;

/** The findings of a file (the engine's report or the scan's result), by rule. */
export function ruleTallies(result: Pick<Report, 'findings' | 'document'>): RuleTally[] {
  const byRule = new Map<string, RuleTally>();
  for (const f of [...result.findings, ...result.document]) {
    const tally = byRule.get(f.ruleId);
    if (tally) tally.findings++;
    else byRule.set(f.ruleId, { ruleId: f.ruleId, category: f.category, severity: f.severity, findings: 1 });
  }
  return [...byRule.values()];
}

const findingsIn = (c: SeverityCounts) => c.error + c.warning + c.info;
/** Most findings first; equal counts keep their first-seen order (Array.prototype.sort is stable). */
const mostFirst = <T extends { findings: number }>(items: Iterable<T>) => [...items].sort((a, b) => b.findings - a.findings);

/** Totals over all files for `--summary`, built file by file so memory stays flat. */
export class ScanSummaryTally {
  private files = 0;
  private words = 0;
  private filesWithFindings = 0;
  private readonly counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  private readonly categories = new Map<Category, { category: Category; findings: number; files: number }>();
  private readonly rules = new Map<string, RuleTally & { files: number }>();
  private top: (SeverityCounts & { file: string; findings: number })[] = [];

  add(file: FileTally): void {
    this.files++;
    this.words += file.words;
    const findings = findingsIn(file.counts);
    if (findings > 0) this.filesWithFindings++;
    for (const severity of ['error', 'warning', 'info'] as const) this.counts[severity] += file.counts[severity];
    const categoriesHere = new Map<Category, number>();
    for (const r of file.rules) {
      const rule = this.rules.get(r.ruleId) ?? { ...r, findings: 0, files: 0 };
      rule.findings += r.findings;
      rule.files++;
      this.rules.set(r.ruleId, rule);
      categoriesHere.set(r.category, (categoriesHere.get(r.category) ?? 0) + r.findings);
    }
    for (const [category, n] of categoriesHere) {
      const entry = this.categories.get(category) ?? { category, findings: 0, files: 0 };
      entry.findings += n;
      entry.files++;
      this.categories.set(category, entry);
    }
    if (findings > 0 && (this.top.length < TOP_FILES || findings > this.top[this.top.length - 1]!.findings)) {
      this.top = mostFirst([...this.top, { file: file.file, findings, ...file.counts }]).slice(0, TOP_FILES);
    }
  }

  summary(unreadable: number): ScanSummary {
    const categoryOrder = (c: Category) => CATEGORIES.indexOf(c);
    return {
      version: SCAN_OUTPUT_VERSION,
      summary: {
        files: this.files,
        unreadable,
        words: this.words,
        findings: { total: findingsIn(this.counts), ...this.counts },
        filesWithFindings: this.filesWithFindings,
        categories: mostFirst([...this.categories.values()].sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category))),
        rules: mostFirst([...this.rules.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId))).map(({ ruleId, category, severity, findings, files }) => ({
          ruleId,
          category,
          severity,
          findings,
          files,
        })),
        topFiles: this.top.map(({ file, findings, error, warning, info }) => ({ file, findings, error, warning, info })),
      },
    };
  }
}

const n = thousands;

const severities = (c: SeverityCounts) => `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${n(c.info)} info`;

/** The summary for people: totals, then categories, rules and the files with most findings as columns. */
export function summaryText({ summary: s }: ScanSummary): string {
  const lines = [
    `${plural(s.files, 'file')} checked (${plural(s.words, 'word')})${s.unreadable ? `; ${n(s.unreadable)} could not be read` : ''}`,
    `${plural(s.findings.total, 'finding')} (${severities(s.findings)}) in ${plural(s.filesWithFindings, 'file')}`,
  ];
  const table = (title: string, rows: [string, number, number][]) => {
    if (rows.length === 0) return;
    const width = Math.max(title.length, ...rows.map(([label]) => label.length + 2));
    lines.push('', `${title.padEnd(width)}  ${'findings'.padStart(9)}  ${'files'.padStart(8)}`);
    for (const [label, findings, files] of rows) lines.push(`  ${label.padEnd(width - 2)}  ${n(findings).padStart(9)}  ${n(files).padStart(8)}`);
  };
  table('By category', s.categories.map((c) => [c.category, c.findings, c.files]));
  table('By rule', s.rules.map((r) => [`${r.ruleId} (${r.severity})`, r.findings, r.files]));
  if (s.topFiles.length > 0) {
    lines.push('', 'Most findings');
    for (const f of s.topFiles) lines.push(`  ${n(f.findings).padStart(7)}  ${f.file} (${severities(f)})`);
  }
  return `${lines.join('\n')}\n`;
}
