import { InterviewError } from '../interview-error';
import type { InterviewState, ItemState, ItemStatus } from '../schema';
import { mapVacancy } from '../state/map-vacancy';
import { CHECKLIST, type ChecklistItem } from './checklist';
import { itemState } from './item-state';

/**
 * Marks a checklist item done, not applicable or open again. "Not applicable" needs a reason, and
 * is refused for legal duties (reasonable adjustments, health questions). The note is kept.
 */
export function setItemStatus(
  state: InterviewState,
  vacancyId: string,
  itemId: string,
  status: ItemStatus,
  reason?: string,
  items: readonly ChecklistItem[] = CHECKLIST,
): InterviewState {
  const item = items.find((i) => i.id === itemId);
  if (!item) throw new InterviewError(`There is no checklist item "${itemId}".`);
  return mapVacancy(state, vacancyId, (v) => {
    const { note } = itemState(v, itemId);
    let next: ItemState;
    if (status === 'na') {
      if (!item.notApplicableAllowed)
        throw new InterviewError('This is a legal requirement, so it cannot be marked not applicable.');
      const why = (reason ?? '').trim();
      if (!why) throw new InterviewError('Say why this item does not apply.');
      if (why.length > 1000) throw new InterviewError('The reason must be at most 1000 characters.');
      next = { status, reason: why, note };
    } else {
      next = { status, note };
    }
    return { ...v, checklist: { ...v.checklist, [itemId]: next } };
  });
}
