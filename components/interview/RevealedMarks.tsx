import type { Sheet, Vacancy } from '@/lib/interview';

/** Everyone's marks and evidence for one candidate, shown only once all scorers have submitted. */
export function RevealedMarks({ vacancy, sheets }: { vacancy: Vacancy; sheets: readonly Sheet[] }) {
  const name = (mid: string) => vacancy.panel.find((m) => m.id === mid)?.name ?? 'Former panel member';
  return (
    <table className="iv-table" aria-label="Everyone’s marks" data-testid="revealed-marks">
      <thead>
        <tr>
          <th scope="col">Question</th>
          {sheets.map((s) => (
            <th key={s.memberId} scope="col">
              {name(s.memberId)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {vacancy.questions.map((q, i) => (
          <tr key={q.id}>
            <th scope="row">Question {i + 1}</th>
            {sheets.map((s) => {
              const entry = s.marks[q.id];
              return (
                <td key={s.memberId}>
                  <strong>{entry?.mark ?? '–'}</strong>
                  {entry?.evidence && <p className="iv-evidence">{entry.evidence}</p>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
