import { STAGE_LABELS, STAGES, type Stage, type Vacancy } from '../schema';
import { CHECKLIST, type ChecklistItem } from './checklist';
import { itemState } from './item-state';

export interface StageProgress {
  stage: Stage | 'all';
  label: string;
  done: number;
  na: number;
  open: number;
  total: number;
  /** Open critical items. */
  criticalOpen: number;
  /** (done + n/a) / total as a whole percentage, rounded down so 100 means truly finished. */
  percent: number;
}

function tally(stage: Stage | 'all', label: string, vacancy: Vacancy, items: readonly ChecklistItem[]): StageProgress {
  const p = { stage, label, done: 0, na: 0, open: 0, total: items.length, criticalOpen: 0, percent: 0 };
  for (const item of items) {
    const { status } = itemState(vacancy, item.id);
    p[status]++;
    if (status === 'open' && item.critical) p.criticalOpen++;
  }
  p.percent = p.total === 0 ? 100 : Math.floor(((p.done + p.na) * 100) / p.total);
  return p;
}

/** Done / not applicable / open counts for each stage, then for the whole checklist (`stage: 'all'`). */
export function checklistProgress(vacancy: Vacancy, items: readonly ChecklistItem[] = CHECKLIST): StageProgress[] {
  return [
    ...STAGES.map((stage) =>
      tally(
        stage,
        STAGE_LABELS[stage],
        vacancy,
        items.filter((i) => i.stage === stage),
      ),
    ),
    tally('all', 'Whole checklist', vacancy, items),
  ];
}
