import { useId, useState } from 'react';
import { CATEGORIES, type Finding, type Report } from '@/lib/engine/finding';
import { CATEGORY_LABEL, SEVERITY_LABEL, VERDICT_LABEL } from './labels';

export interface SummaryActions {
  /** Scrolls to a finding, flashes it and opens its card. */
  select: (finding: Finding) => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The whole report at a glance: counts per family, gender balance, person specification, missing statements, every finding. */
export function SummaryPanel({ report, actions, title }: { report: Report; actions: SummaryActions; title: string }) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const counts = CATEGORIES.map((c) => [c, report.findings.filter((f) => f.category === c).length] as const).filter(
    ([, n]) => n > 0,
  );
  const g = report.genderCoding;
  return (
    <aside className="summary-panel" aria-label="De-bias summary" data-testid="summary-panel">
      <h2 className="panel-title">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {title}: {plural(report.findings.length + report.document.length, 'finding')}
        </button>
      </h2>
      <div id={bodyId} hidden={!open} data-testid="summary">
        {report.findings.length + report.document.length === 0 && <p>No problems found.</p>}
        {counts.length > 0 && (
          <ul className="counts" aria-label="Findings by kind">
            {counts.map(([c, n]) => (
              <li key={c}>
                {CATEGORY_LABEL[c]}: {n}
              </li>
            ))}
          </ul>
        )}
        {g.verdict !== 'empty' && (
          <p data-testid="gender-balance">
            Gender coding: {VERDICT_LABEL[g.verdict]} ({plural(g.masculine.length, 'masculine-coded word')},{' '}
            {plural(g.feminine.length, 'feminine-coded word')})
          </p>
        )}
        {report.personSpec && (
          <p data-testid="person-spec">
            Person specification: {plural(report.personSpec.essential, 'essential criterion', 'essential criteria')},{' '}
            {plural(report.personSpec.desirable, 'desirable criterion', 'desirable criteria')}
          </p>
        )}
        {report.document.length > 0 && (
          <>
            <h3>About the advert as a whole</h3>
            <ul className="document-findings" data-testid="document-findings">
              {report.document.map((d) => (
                <li key={d.ruleId}>
                  <span className={`tag sev-${d.severity}`}>{SEVERITY_LABEL[d.severity]}</span> <span className="document-message">{d.message}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {report.findings.length > 0 && (
          <>
            <h3>Wording</h3>
            <ol className="finding-list" data-testid="finding-list">
              {report.findings.map((f) => (
                <li key={`${f.ruleId}:${f.start}`}>
                  <button
                    type="button"
                    className="link"
                    aria-label={`“${f.text}”: ${SEVERITY_LABEL[f.severity]}, ${CATEGORY_LABEL[f.category]}. Show it on the page.`}
                    onClick={() => actions.select(f)}
                  >
                    <span className={`dot sev-${f.severity}`} aria-hidden="true" />“{f.text}” — {CATEGORY_LABEL[f.category]}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </aside>
  );
}
