import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Finding, Report } from '@/lib/engine/finding';
import type { AdvertCriteria } from '@/lib/page/person-spec-criteria';
import type { Tally } from '@/lib/page/tally';
import type { AnalyseRequest, ParagraphsRequest } from './analysis-request';

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
  /** A content script asks the background to analyse a text (the engine runs there, off the page). */
  analyse(request: AnalyseRequest): Report;
  /** An editor asks for its text's findings paragraph by paragraph (the background remembers unchanged paragraphs). */
  'analyse-paragraphs'(request: ParagraphsRequest): Finding[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();

/** Tells the background how many findings this tab has, for the badge. The extension may be reloading: never throws. */
export function reportCount(count: Tally | null): void {
  sendMessage('findings-count', count).catch(() => undefined);
}

/**
 * How long a check may wait for the background: a sleeping service worker wakes in well under a
 * second, so this only runs out when the background is gone (the extension was reloaded) or stuck.
 */
export const ANALYSIS_TIMEOUT_MS = 10_000;

/** The background did not answer in time. */
export class AnalysisTimeout extends Error {
  constructor() {
    super(`The background did not answer within ${ANALYSIS_TIMEOUT_MS / 1000} s`);
  }
}

function withTimeout<T>(reply: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AnalysisTimeout()), ANALYSIS_TIMEOUT_MS);
  });
  return Promise.race([reply, late]).finally(() => clearTimeout(timer));
}

/** Has the background analyse a text. Rejects when it cannot answer (extension reloaded, worker gone, timeout). */
export function requestAnalysis(request: AnalyseRequest): Promise<Report> {
  return withTimeout(sendMessage('analyse', request));
}

/** Has the background find a text's findings paragraph by paragraph. Rejects as `requestAnalysis` does. */
export function requestParagraphFindings(request: ParagraphsRequest): Promise<Finding[]> {
  return withTimeout(sendMessage('analyse-paragraphs', request));
}
