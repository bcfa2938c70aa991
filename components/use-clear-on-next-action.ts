import { useEffect, useRef } from 'react';

/** What the user can act with: a press on one of these, or a change to a field, is acting again. */
const CONTROLS = 'button, a[href], input, select, textarea, summary, label';

/**
 * While `active`, calls `clear` the next time the user acts anywhere on the page: a message about
 * what they did last (an import refused) goes once they do something else, instead of staying
 * beside what they do next. Listens in the capture phase, so it runs before the control's own handler,
 * which may show a new message.
 */
export function useClearOnNextAction(active: boolean, clear: () => void): void {
  // The latest `clear`, so that a new function on each render does not listen again.
  const latest = useRef(clear);
  useEffect(() => {
    latest.current = clear;
  });
  useEffect(() => {
    if (!active) return;
    const acted = (e: Event) => {
      if (e.type !== 'click' || (e.target instanceof Element && e.target.closest(CONTROLS))) latest.current();
    };
    for (const type of ['click', 'input', 'change'] as const) document.addEventListener(type, acted, true);
    return () => {
      for (const type of ['click', 'input', 'change'] as const) document.removeEventListener(type, acted, true);
    };
  }, [active]);
}
