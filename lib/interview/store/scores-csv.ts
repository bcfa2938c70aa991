import { ROLE_LABELS, type Vacancy } from '../schema';
import { csvCell } from './csv-cell';

export const SCORES_CSV_HEADER = [
  'Vacancy',
  'Reference',
  'Candidate',
  'Question number',
  'Question',
  'Criteria',
  'Panel member',
  'Role',
  'Mark',
  'Scale',
  'Evidence',
  'Submitted at',
  'Agreed mark',
  'Agreed mark reason',
] as const;

/**
 * The scores as CSV: a header, then one row per candidate × question × scoring panel member, for
 * each vacancy in turn. Marks and evidence appear only from submitted sheets, so a draft is never
 * shared. Lines end in CRLF. `bom: true` adds a byte-order mark so Excel reads the text as UTF-8.
 */
export function scoresCsv(vacancies: readonly Vacancy[], options: { bom?: boolean } = {}): string {
  const rows: (string | number | null)[][] = [[...SCORES_CSV_HEADER]];
  for (const v of vacancies) {
    const scorers = v.panel.filter((m) => m.scores);
    const codes = new Map(v.criteria.map((c) => [c.id, c.code]));
    for (const c of v.candidates)
      v.questions.forEach((q, i) => {
        const agreed = v.agreed.find((a) => a.candidateId === c.id && a.questionId === q.id);
        for (const m of scorers) {
          const sheet = v.sheets.find((s) => s.memberId === m.id && s.candidateId === c.id && s.submittedAt !== null);
          const entry = sheet?.marks[q.id];
          rows.push([
            v.title,
            v.reference,
            c.code,
            i + 1,
            q.text,
            q.criterionIds.map((id) => codes.get(id) ?? '').join('; '),
            m.name,
            ROLE_LABELS[m.role],
            entry?.mark ?? null,
            `${q.scale.min} to ${q.scale.max}`,
            entry?.evidence ?? '',
            sheet?.submittedAt ?? '',
            agreed?.mark ?? null,
            agreed?.reason ?? '',
          ]);
        }
      });
  }
  const text = rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
  return options.bom ? `\uFEFF${text}` : text;
}
