import type { Vacancy } from '../schema';
import { CHECKLIST, type ChecklistItem } from './checklist';
import { itemState } from './item-state';

export interface CriticalWarning {
  itemId: string;
  message: string;
}

/** One plain-English warning per critical item still open, in checklist order. */
export function criticalWarnings(vacancy: Vacancy, items: readonly ChecklistItem[] = CHECKLIST): CriticalWarning[] {
  return items
    .filter((i) => i.critical && itemState(vacancy, i.id).status === 'open')
    .map((i) => ({ itemId: i.id, message: i.warning ?? i.text }));
}
