/** The index of the first item whose `key` is at least `value` (items sorted by key; `items.length` if none): a binary search. */
export function firstIndex<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(items[mid]!) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
