import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Report } from '@/lib/engine/finding';
import type { AdvertCriteria } from '@/lib/page/person-spec-criteria';
import type { Tally } from '@/lib/page/tally';

/** A tab's latest report, as its checker holds it. */
export interface TabReport {
  report: Report | null;
  url: string;
}

/**
 * Every message between the extension's parts, with what each one carries and answers. The keys
 * are the wire names (tests/e2e/page-helpers.ts sends them too).
 */
interface Protocol {
  /** A content script reports how many findings its tab has, for the toolbar badge; null: nothing checked. */
  'findings-count'(count: Tally | null): void;
  /** The popup asks the tab's checker for its latest report. */
  'get-report'(): TabReport;
  /** The popup asks the tab's checker to scroll to a finding and open its card. */
  'show-finding'(finding: { ruleId: string; start: number }): void;
  /** The interview tool asks an NHS Jobs advert for its person-specification criteria, in page order. */
  'get-criteria'(): AdvertCriteria | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();

/** Tells the background how many findings this tab has, for the badge. The extension may be reloading: never throws. */
export function reportCount(count: Tally | null): void {
  sendMessage('findings-count', count).catch(() => undefined);
}
