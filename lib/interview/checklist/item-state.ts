import type { ItemState, Vacancy } from '../schema';

/** An item's state in a vacancy; items never touched are open with no note. */
export function itemState(vacancy: Vacancy, itemId: string): ItemState {
  return vacancy.checklist[itemId] ?? { status: 'open', note: '' };
}
