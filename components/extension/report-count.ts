import type { Message } from './messages';

/** Tells the background how many findings this tab has, for the badge. The extension may be reloading: never throws. */
export function reportCount(count: number): void {
  browser.runtime.sendMessage({ kind: 'findings-count', count } satisfies Message).catch(() => undefined);
}
