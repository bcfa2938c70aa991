import type { Report, Severity } from '../engine/finding';

/** Most serious first: the order every list of findings is shown in. */
export const SEVERITY_ORDER = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

export const severityRank = (s: Severity): number => SEVERITY_ORDER.indexOf(s);

/**
 * The one count the badge, the summary pill, the panel and the popup all show: every finding in
 * the report, the underlined ones and those about the text as a whole. "To fix" are the likely
 * unlawful and the deterring ones; "to consider" are worth a look.
 */
export interface Tally {
  total: number;
  fix: number;
  consider: number;
  bySeverity: Record<Severity, number>;
}

export function tally(report: Report): Tally {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) bySeverity[f.severity] += 1;
  for (const d of report.document) bySeverity[d.severity] += 1;
  const fix = bySeverity.error + bySeverity.warning;
  return { total: fix + bySeverity.info, fix, consider: bySeverity.info, bySeverity };
}
