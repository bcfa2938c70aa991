import type { InPageStore } from '@/components/InPageOverlay';
import { sameTarget, type Target } from './adapter';

/**
 * How a card was opened, which decides what closes it:
 * - `hover`: the pointer resting on the text; closes when the pointer has left both the text and
 *   the card for a moment, on a click elsewhere, and when the text scrolls away from the pointer;
 * - `pointer`: a click on the text (or in the panel); closes on a click elsewhere or when its text
 *   scrolls out of the window;
 * - `keyboard`: chosen from the keyboard; stays until Escape, its close button, or another card.
 */
export type CardMode = 'hover' | 'pointer' | 'keyboard';

/** Time to cross from the text to its card (or back) before a hover card closes. */
export const GRACE_MS = 300;

/** The one open card and what closes it. */
export class Cards {
  private open: { target: Target; mode: CardMode } | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: InPageStore) {}

  get current(): { target: Target; mode: CardMode } | null {
    return this.open;
  }

  /** Opens a target's card; a card chosen from the keyboard is not replaced by passing the pointer over other text. */
  show(target: Target, mode: CardMode, focus = false): void {
    const open = this.open;
    if (open && mode === 'hover' && open.mode !== 'hover' && !sameTarget(open.target, target)) return;
    this.cancelClose();
    if (open && sameTarget(open.target, target)) {
      // A click or a keyboard choice pins a card the pointer opened.
      if (mode !== 'hover') open.mode = mode;
      if (!focus) return;
    }
    this.open = { target, mode };
    this.render(focus);
  }

  close(): void {
    this.cancelClose();
    if (!this.open) return;
    this.open = null;
    this.store.set({ card: null });
  }

  /**
   * Where the pointer is: `hit` is the finding under it, `overCard` whether it is on the card.
   * A hover card stays while the pointer is on its text or on the card, and closes a moment after
   * it is on neither.
   */
  pointer(hit: Target | null, overCard: boolean): void {
    const open = this.open;
    if (hit && !overCard && (!open || !sameTarget(open.target, hit))) {
      this.show(hit, 'hover');
      return;
    }
    if (open?.mode !== 'hover') return;
    if (overCard || (hit && sameTarget(open.target, hit))) this.cancelClose();
    else this.closeSoon();
  }

  /** A press somewhere on the page: `inside` when on the card, `hit` the finding under it. */
  pressed(inside: boolean, hit: Target | null): void {
    const open = this.open;
    if (!open || inside) return;
    if (hit && sameTarget(open.target, hit)) {
      if (open.mode === 'hover') open.mode = 'pointer';
      this.cancelClose();
      return;
    }
    if (open.mode !== 'keyboard') this.close();
  }

  /** The page or a field scrolled: the card follows its text, and closes when the text has gone. */
  scrolled(hit: Target | null, overCard: boolean): void {
    const open = this.open;
    if (!open) return;
    const rect = open.target.anchor();
    const inView = rect !== null && rect.bottom > 0 && rect.top < window.innerHeight;
    if (!rect || (!inView && open.mode !== 'keyboard')) {
      this.close();
      return;
    }
    this.render(false);
    if (open.mode === 'hover') this.pointer(hit, overCard);
  }

  /** The text of an editor changed: its card's finding may no longer be there. */
  edited(editor: HTMLElement): void {
    if (this.open?.target.editor === editor) this.close();
  }

  private render(focus: boolean): void {
    const open = this.open!;
    const r = open.target.anchor();
    if (!r) {
      this.close();
      return;
    }
    const previous = this.store.get().card;
    this.store.set({
      card: {
        finding: open.target.finding,
        rect: { left: r.left, top: r.top, bottom: r.bottom },
        // Keep focus where it is when only the position changes.
        focus: focus || (previous?.focus === true && previous.finding === open.target.finding),
        actions: open.target.actions,
      },
    });
  }

  private closeSoon(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.close();
    }, GRACE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
