import { checklistProgress, type Vacancy } from '@/lib/interview';
import { formatDate } from './format-date';

/** Every vacancy with its reference, interview date and checklist progress; choosing one opens it. */
export function VacancyList({
  vacancies,
  currentId,
  onChoose,
}: {
  vacancies: readonly Vacancy[];
  currentId: string | null;
  onChoose: (id: string) => void;
}) {
  if (vacancies.length === 0) return <p>No vacancies yet. Press “New vacancy” to plan one.</p>;
  return (
    <ul className="iv-vacancies">
      {vacancies.map((v) => {
        const all = checklistProgress(v).find((p) => p.stage === 'all');
        const current = v.id === currentId;
        return (
          <li key={v.id} className={current ? 'iv-current' : undefined}>
            <button
              type="button"
              className={current ? undefined : 'secondary'}
              aria-current={current ? 'true' : undefined}
              onClick={() => onChoose(v.id)}
            >
              {v.title}
            </button>{' '}
            <span className="hint">
              {v.reference ? `${v.reference} · ` : ''}interview {formatDate(v.dates.interview)} · checklist {all?.percent ?? 0}%
              complete
            </span>
          </li>
        );
      })}
    </ul>
  );
}
