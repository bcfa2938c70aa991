export const CARD_WIDTH = 340;
/** Below this much room under its text, a card opens above the text if there is more room there. */
const ROOM_BELOW = 320;
const GAP = 6;
const EDGE = 8;

/**
 * Where a finding's card goes: below its text, or above it (growing upwards) when there is more
 * room there, never over the text itself, and never taller than the room it has.
 */
export function cardPosition(
  rect: { left: number; top: number; bottom: number },
  viewport: { width: number; height: number } = { width: window.innerWidth, height: window.innerHeight },
): { left: number; width: number; maxHeight: number; top?: number; bottom?: number } {
  const left = Math.max(EDGE, Math.min(rect.left, viewport.width - CARD_WIDTH - EDGE));
  const below = viewport.height - rect.bottom - GAP - EDGE;
  const above = rect.top - GAP - EDGE;
  if (below >= ROOM_BELOW || below >= above) return { left, width: CARD_WIDTH, top: rect.bottom + GAP, maxHeight: Math.max(below, 120) };
  return { left, width: CARD_WIDTH, bottom: viewport.height - rect.top + GAP, maxHeight: above };
}
