import { InterviewError } from '../interview-error';
import type { InterviewState } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { CHECKLIST, type ChecklistItem } from './checklist';
import { itemState } from './item-state';

/** Sets the free-text note on a checklist item ('' clears it); the status is kept. */
export function setItemNote(
  state: InterviewState,
  vacancyId: string,
  itemId: string,
  note: string,
  items: readonly ChecklistItem[] = CHECKLIST,
): InterviewState {
  if (!items.some((i) => i.id === itemId)) throw new InterviewError(`There is no checklist item "${itemId}".`);
  if (note.length > 5000) throw new InterviewError('The note must be at most 5000 characters.');
  return mapVacancy(state, vacancyId, (v) => ({
    ...v,
    checklist: { ...v.checklist, [itemId]: { ...itemState(v, itemId), note: note.trim() } },
  }));
}
