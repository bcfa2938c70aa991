/**
 * The host's one seam to the browser layer: settings, the tab's messages, the badge and the
 * summary panel's remembered state. Nothing else in content/ talks to the extension.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { CriteriaReply, Message, ReportReply } from '@/components/extension/messages';
import { reportCount } from '@/components/extension/report-count';
import { type LoadedSettings, loadSettings, saveSettings, watchSettings } from '@/components/extension/settings';
import type { Tally } from '@/lib/page/tally';

export { type LoadedSettings, loadSettings, watchSettings };

/** Adds words to the user's own allowlist (the organisation's policy stays in managed storage). */
export async function addToAllowlist(text: string): Promise<void> {
  const { user } = await loadSettings();
  if (!user.allowlist.includes(text)) await saveSettings({ ...user, allowlist: [...user.allowlist, text] });
}

/** Tells the toolbar badge this tab's count: the same total the pill and the panel show. */
export function showCount(count: Tally | null): void {
  reportCount(count?.total ?? 0);
}

/** What the host answers when the popup or the interview tool asks this tab. */
export interface TabHandlers {
  report(): ReportReply;
  showFinding(ruleId: string, start: number): void;
  criteria(): CriteriaReply;
}

/** Answers the tab's messages; returns the way to stop. */
export function answerTabMessages(handlers: TabHandlers): () => void {
  const listener = (message: Message): Promise<ReportReply | CriteriaReply> | undefined => {
    switch (message.kind) {
      case 'get-report':
        return Promise.resolve(handlers.report());
      case 'get-criteria':
        return Promise.resolve(handlers.criteria());
      case 'show-finding':
        handlers.showFinding(message.ruleId, message.start);
        return undefined;
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export const panelStateSchema = z.object({ open: z.boolean(), side: z.enum(['left', 'right']) });
/** Whether the summary is open as a side panel (or a pill), and which side it docks to. */
export type PanelState = z.infer<typeof panelStateSchema>;
export const DEFAULT_PANEL_STATE: PanelState = { open: false, side: 'right' };
const PANEL_KEY = 'inpage:panel';

const parsePanel = (value: unknown): PanelState => {
  const parsed = panelStateSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_PANEL_STATE;
};

export async function loadPanelState(): Promise<PanelState> {
  try {
    return parsePanel((await browser.storage.local.get(PANEL_KEY))[PANEL_KEY]);
  } catch {
    return DEFAULT_PANEL_STATE; // the extension is reloading
  }
}

export function savePanelState(state: PanelState): void {
  browser.storage.local.set({ [PANEL_KEY]: state }).catch(() => undefined);
}

/** Follows the panel state that another tab saved. */
export function watchPanelState(listener: (state: PanelState) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PANEL_KEY in changes) listener(parsePanel(changes[PANEL_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
