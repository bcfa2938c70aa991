import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { readChecked, watchChecked } from './checked-item';

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

export const loadPanelState = (): Promise<PanelState> => readChecked(panelItem, parsePanel);

export function savePanelState(state: PanelState): void {
  panelItem.setValue(state).catch(() => undefined);
}

/** Follows the panel state another tab saved. Returns the way to stop. */
export const watchPanelState = (listener: (state: PanelState) => void): (() => void) => watchChecked(panelItem, parsePanel, listener);
