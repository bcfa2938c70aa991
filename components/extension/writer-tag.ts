/**
 * Tags each storage write with this page and a counter, so a page can tell its own writes from
 * another page's when storage reports a change (and ignore the echo of its own).
 */
let pageId: string | undefined;
let writes = 0;

export function writerTag(): string {
  pageId ??= crypto.randomUUID();
  writes += 1;
  return `${pageId}:${writes}`;
}

export const writtenByThisPage = (tag: unknown): boolean =>
  typeof tag === 'string' && pageId !== undefined && tag.startsWith(`${pageId}:`);
