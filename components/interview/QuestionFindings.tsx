import type { Question } from '@/lib/interview';
import { CATEGORY_LABEL, SEVERITY_LABEL } from '../labels';
import { SourceLinks } from './SourceLinks';

/** What the wording check found in one question, in plain English, each with its source. */
export function QuestionFindings({ question }: { question: Question }) {
  if (question.check === null) return <p className="hint">The wording has not been checked yet.</p>;
  const { findings } = question.check;
  if (findings.length === 0)
    return (
      <p className="iv-ok" data-testid="question-findings">
        No biased or unlawful wording found.
      </p>
    );
  return (
    <ul className="iv-findings" data-testid="question-findings" aria-label="Problems with the wording">
      {findings.map((f) => (
        <li key={`${f.ruleId}-${f.start}`} className={`iv-finding sev-border-${f.severity}`} data-testid="question-finding">
          <p>
            <span className={`tag sev-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>{' '}
            <span className="hint">{CATEGORY_LABEL[f.category]}</span> “{f.text}”
          </p>
          <p>{f.message}</p>
          {f.suggestions.length > 0 && (
            <ul>
              {f.suggestions.map((s) => (
                <li key={s.text}>{s.kind === 'replace' ? `Try: ${s.text}` : s.text}</li>
              ))}
            </ul>
          )}
          <SourceLinks sources={[f.source]} />
        </li>
      ))}
    </ul>
  );
}
