import type { Vacancy } from '../schema';
import { CHECKLIST, type ChecklistItem } from './checklist';
import { itemState } from './item-state';

/** The first `n` open items for the popup: critical items first, then in checklist order. */
export function nextOpenItems(vacancy: Vacancy, n: number, items: readonly ChecklistItem[] = CHECKLIST): ChecklistItem[] {
  const open = items.filter((i) => itemState(vacancy, i.id).status === 'open');
  return [...open.filter((i) => i.critical), ...open.filter((i) => !i.critical)].slice(0, Math.max(0, n));
}
