import { type Column, PILL_GAP, PILL_SIZES } from '@/components/pill-placement';

/** The narrowest margin the summary pill fits in: its slim tab and a gap either side. */
export const PILL_ROOM = PILL_SIZES.tab + 2 * PILL_GAP.tab;

/**
 * Keeps a strip at the window's right edge clear for the summary pill when the page's text runs
 * to within `PILL_ROOM` of both edges, so that the pill never covers it. It is the one change De-bias
 * makes to a page's layout (a right margin on the root element), made only when needed and taken
 * back when the window is wide enough again or De-bias goes away.
 */
export class PillRoom {
  private previous: { value: string; priority: string } | null = null;

  constructor(private readonly root: HTMLElement) {}

  /** Given where the text runs now (with the strip, if it is kept); true when the layout changed. */
  update(column: Column | null, viewportWidth: number): boolean {
    if (!column) return false;
    const kept = this.previous !== null;
    // Without the strip, the text would reach this close to the right edge.
    const right = viewportWidth - column.right - (kept ? PILL_ROOM : 0);
    const needed = column.left < PILL_ROOM && right < PILL_ROOM;
    if (needed && !kept) {
      const style = this.root.style;
      this.previous = { value: style.getPropertyValue('margin-right'), priority: style.getPropertyPriority('margin-right') };
      style.setProperty('margin-right', `${PILL_ROOM}px`, 'important');
      return true;
    }
    if (!needed && kept) {
      this.release();
      return true;
    }
    return false;
  }

  release(): void {
    if (!this.previous) return;
    const { value, priority } = this.previous;
    this.previous = null;
    if (value) this.root.style.setProperty('margin-right', value, priority);
    else this.root.style.removeProperty('margin-right');
  }
}
