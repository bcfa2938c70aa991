export const CARD_WIDTH = 340;
const CARD_HEIGHT = 280;

/** Where a finding's card goes: below its text, or above when there is no room, inside the window. */
export function cardPosition(rect: { left: number; top: number; bottom: number }): { left: number; top: number; width: number } {
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - CARD_WIDTH - 8));
  const below = rect.bottom + 6;
  const top = below + CARD_HEIGHT > window.innerHeight ? Math.max(8, rect.top - CARD_HEIGHT - 6) : below;
  return { left, top, width: CARD_WIDTH };
}
