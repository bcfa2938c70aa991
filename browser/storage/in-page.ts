import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

const panelStateSchema = z.object({ open: z.boolean(), side: z.enum(['left', 'right']) });
/** Whether the in-page summary is open as a side panel (or folded into its pill), and which side it docks to. */
export type PanelState = z.infer<typeof panelStateSchema>;
export const DEFAULT_PANEL_STATE: PanelState = { open: false, side: 'right' };

/** The in-page summary's state, shared by every page De-bias checks. Checked on every read. */
const panelItem = storage.defineItem<PanelState>('local:inpage:panel');

const parsePanel = (value: unknown): PanelState => {
  const parsed = panelStateSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_PANEL_STATE;
};

export async function loadPanelState(): Promise<PanelState> {
  try {
    return parsePanel(await panelItem.getValue());
  } catch {
    return DEFAULT_PANEL_STATE; // the extension is reloading
  }
}

export function savePanelState(state: PanelState): void {
  panelItem.setValue(state).catch(() => undefined);
}

/** Follows the panel state another tab saved. Returns the way to stop. */
export const watchPanelState = (listener: (state: PanelState) => void): (() => void) =>
  panelItem.watch((value) => listener(parsePanel(value)));
