import type { WxtStorageItem } from 'wxt/utils/storage';

type Item = Pick<WxtStorageItem<unknown, Record<string, unknown>>, 'getValue' | 'watch'>;

/**
 * An item's value through `parse`, which checks what is stored (anything may be there) and gives
 * the value to use; `parse(null)` while the extension is reloading and storage cannot be read.
 */
export async function readChecked<T>(item: Item, parse: (raw: unknown) => T): Promise<T> {
  try {
    return parse(await item.getValue());
  } catch {
    return parse(null);
  }
}

/** Follows an item's changes (another page or tab saved it), each through `parse`. Returns the way to stop. */
export const watchChecked = <T>(item: Item, parse: (raw: unknown) => T, listener: (value: T) => void): (() => void) =>
  item.watch((value) => listener(parse(value)));
