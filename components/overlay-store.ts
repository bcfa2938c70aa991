import type { Finding, Report } from '@/lib/engine/finding';
import { createStore, type Store } from './create-store';

/** What the in-page overlay shows; the content script writes it, React reads it. */
export interface OverlayState {
  report: Report | null;
  /** The finding whose card is open, and where (viewport coordinates of its text). */
  card: { finding: Finding; rect: { left: number; top: number; bottom: number }; focus?: boolean } | null;
  /** A one-line note for the user (a page too large to check, say). */
  notice: string | null;
}

export type OverlayStore = Store<OverlayState>;

export const createOverlayStore = (): OverlayStore => createStore<OverlayState>({ report: null, card: null, notice: null });
