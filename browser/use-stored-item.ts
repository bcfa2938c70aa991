import { useCallback, useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * One stored item for a React page: `[value, set]`. The value is read once and again whenever any
 * page changes it; `read` checks what is stored (anything may be there) and gives the value to use.
 * `set(null)` removes the item. A failed save keeps the value on screen; the next read corrects it.
 */
export function useStoredItem<T>(item: WxtStorageItem<T | null, Record<string, unknown>>, read: (raw: unknown) => T): [T, (next: T | null) => void] {
  const [value, setValue] = useState<T>(() => read(null));
  useEffect(() => {
    let live = true;
    const show = (raw: unknown) => {
      if (live) setValue(read(raw));
    };
    item.getValue().then(show, () => undefined);
    const unwatch = item.watch(show);
    return () => {
      live = false;
      unwatch();
    };
  }, [item, read]);
  const set = useCallback(
    (next: T | null) => {
      setValue(read(next));
      void (next === null ? item.removeValue() : item.setValue(next)).catch(() => undefined);
    },
    [item, read],
  );
  return [value, set];
}
