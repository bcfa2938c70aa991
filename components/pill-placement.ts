/** The horizontal stretch of the viewport the checked text occupies (viewport pixels). */
export interface Column {
  left: number;
  right: number;
}

export type Side = 'left' | 'right';

/** The pill's sizes, largest first: its words, its count, a slim tab at the window's edge. */
export type PillSize = 'full' | 'compact' | 'tab';

/** Width of each size (the full pill's is measured) and its gap to the window's edge and to the text. */
export const PILL_SIZES: Record<Exclude<PillSize, 'full'>, number> = { compact: 56, tab: 26 };
export const PILL_GAP: Record<PillSize, number> = { full: 12, compact: 12, tab: 3 };

/**
 * Where the summary pill goes so that it never covers the checked text: in the margin beside the
 * text column, on the user's preferred side first, at the largest size that fits there. With no
 * room at all (text from edge to edge) it is a tab in the preferred corner.
 */
export function placePill(
  viewportWidth: number,
  column: Column | null,
  fullWidth: number,
  preferred: Side,
): { side: Side; size: PillSize } {
  const room: Record<Side, number> = column
    ? { left: column.left, right: viewportWidth - column.right }
    : { left: Number.POSITIVE_INFINITY, right: Number.POSITIVE_INFINITY };
  const sides: Side[] = preferred === 'left' ? ['left', 'right'] : ['right', 'left'];
  const widths: Record<PillSize, number> = { full: fullWidth, ...PILL_SIZES };
  for (const size of ['full', 'compact', 'tab'] as const) {
    for (const side of sides) if (room[side] >= widths[size] + 2 * PILL_GAP[size]) return { side, size };
  }
  return { side: preferred, size: 'tab' };
}
