/**
 * The content host's one seam to the browser layer (browser/): settings, the analysis in the
 * background, the tab's messages, the badge and the summary's remembered state. Nothing else in
 * content/ reaches the extension.
 */
import { onMessage, reportCount } from '@/browser/messages';
import { type LoadedSettings, loadSettings, saveSettings, watchSettings } from '@/browser/storage/settings';
import type { Report } from '@/lib/engine/finding';
import type { AdvertCriteria } from '@/lib/page/person-spec-criteria';
import type { Tally } from '@/lib/page/tally';

export type { AnalyseRequest, ParagraphsRequest } from '@/browser/analysis-request';
export { requestAnalysis, requestParagraphFindings } from '@/browser/messages';
export { loadPersonalisation, watchPersonalisation } from '@/browser/storage/statements';
export { DEFAULT_PANEL_STATE, loadPanelState, type PanelState, savePanelState, watchPanelState } from '@/browser/storage/in-page';
export { type LoadedSettings, loadSettings, watchSettings };

/** Adds words to the user's own allowlist (the organisation's policy stays in managed storage). */
export async function addToAllowlist(text: string): Promise<void> {
  const { user } = await loadSettings();
  if (!user.allowlist.includes(text)) await saveSettings({ ...user, allowlist: [...user.allowlist, text] });
}

/** Tells the toolbar badge this tab's count: the same total the pill and the panel show. */
export function showCount(count: Tally | null): void {
  reportCount(count);
}

/** What the host answers when the popup or the interview tool asks this tab. */
export interface TabHandlers {
  report(): Report | null;
  showFinding(ruleId: string, start: number): void;
  criteria(): AdvertCriteria | null;
}

/** Answers the tab's messages; returns the way to stop. */
export function answerTabMessages(handlers: TabHandlers): () => void {
  const stops = [
    onMessage('get-report', () => ({ report: handlers.report(), url: location.href })),
    onMessage('show-finding', ({ data }) => handlers.showFinding(data.ruleId, data.start)),
    onMessage('get-criteria', () => handlers.criteria()),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
