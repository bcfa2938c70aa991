import type { Report } from '@/lib/engine/finding';
import type { AdvertCriteria } from '@/lib/page/person-spec-criteria';

/** Every message between the extension's parts: one union on `kind`, one handler per kind. */
export type Message =
  /** A content script reports how many findings its tab has, for the toolbar badge. */
  | { kind: 'findings-count'; count: number }
  /** The popup asks the tab's checker for its latest report. */
  | { kind: 'get-report' }
  /** The popup asks the tab's checker to scroll to a finding and open its card. */
  | { kind: 'show-finding'; ruleId: string; start: number }
  /** The interview tool asks an NHS Jobs advert for its person-specification criteria. */
  | { kind: 'get-criteria' };

export type ReportReply = { report: Report | null; url: string } | undefined;

/** Criteria from the advert's person specification, in page order. */
export type CriteriaReply = AdvertCriteria | undefined;
