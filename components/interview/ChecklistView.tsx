import { useId } from 'react';
import { CHECKLIST, checklistProgress, criticalWarnings, itemState, STAGE_LABELS, type Stage } from '@/lib/interview';
import { ChecklistItemRow } from './ChecklistItemRow';
import { ProgressSummary } from './ProgressSummary';
import type { VacancyProps } from './vacancy-props';

/**
 * The fairness checklist for one vacancy: the whole list's progress and open critical items, then the
 * items of `stages` (each step of the stepper shows the items of its own time: before, during or
 * after the interview).
 */
export function ChecklistView({ vacancy, update, stages }: VacancyProps & { stages: readonly Stage[] }) {
  const id = useId();
  const warnings = criticalWarnings(vacancy);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Fair interview checklist</h3>
      <ProgressSummary progress={checklistProgress(vacancy)} />
      {warnings.length > 0 && (
        <div className="iv-warnings" data-testid="critical-warnings">
          <h4>Critical items still open</h4>
          <ul>
            {warnings.map((w) => (
              <li key={w.itemId}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
      {stages.map((stage) => {
        const items = CHECKLIST.filter((i) => i.stage === stage);
        const groups = [...new Set(items.map((i) => i.group))];
        return (
          <section key={stage} aria-labelledby={`${id}-${stage}`}>
            <h4 id={`${id}-${stage}`}>{STAGE_LABELS[stage]}</h4>
            {groups.map((group) => (
              <div key={group}>
                <h5>{group}</h5>
                <ul className="iv-items">
                  {items
                    .filter((i) => i.group === group)
                    .map((item) => (
                      <ChecklistItemRow
                        key={item.id}
                        vacancyId={vacancy.id}
                        item={item}
                        state={itemState(vacancy, item.id)}
                        update={update}
                      />
                    ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
