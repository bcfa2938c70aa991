import { useId } from 'react';
import type { DocumentFinding, Finding, Readability, Report, Severity } from '@/lib/engine/finding';
import { SEVERITY_ORDER, tally } from '@/lib/page/tally';
import type { StatementId } from '@/lib/statements/ids';
import { CATEGORY_LABEL, SEVERITY_LABEL, tallySentence, VERDICT_LABEL } from './labels';
import { SeverityIcon } from './SeverityIcon';
import { StatementOffer, type StatementOffers } from './StatementOffer';

/** How a finding was chosen: from the keyboard its card takes focus and stays until Escape. */
export type ChosenBy = 'keyboard' | 'pointer';

export interface SummaryActions {
  /** Scrolls to a finding, flashes it and opens its card. */
  select: (finding: Finding, by: ChosenBy) => void;
  /** Adds a model statement to the draft or copies it (see `StatementOffers`); false when that failed. */
  statement?: (id: StatementId) => Promise<boolean>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Group {
  severity: Severity;
  document: DocumentFinding[];
  findings: Finding[];
}

/** Findings most serious first; within a severity, the text as a whole before its wording, in page order. */
function bySeverity(report: Report): Group[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    document: report.document.filter((d) => d.severity === severity),
    findings: report.findings.filter((f) => f.severity === severity),
  })).filter((g) => g.document.length + g.findings.length > 0);
}

/**
 * The whole report at a glance, in the page's panel and in the popup: the count, every finding by
 * severity (likely unlawful, then may deter, then worth a look), the gender-coding balance and the
 * person specification.
 */
export function SummaryPanel({
  report,
  actions,
  title,
  statements = null,
}: {
  report: Report;
  actions: SummaryActions;
  title: string;
  /** Model statements that put missing statements right; null where none can be offered (the popup). */
  statements?: StatementOffers | null;
}) {
  const headingId = useId();
  const count = tally(report);
  const groups = bySeverity(report);
  let number = 0;
  const g = report.genderCoding;
  const offer = (d: DocumentFinding) => {
    const found = d.statement === undefined ? undefined : statements?.texts[d.statement];
    const { statement } = actions;
    if (!found || !statement || !statements) return null;
    return <StatementOffer title={found.title} text={found.text} verb={statements.verb} use={() => statement(d.statement!)} />;
  };
  return (
    <section className="summary" aria-labelledby={headingId} data-testid="summary">
      <h2 id={headingId} className="summary-title">
        {title}
      </h2>
      <p className="summary-count" data-testid="summary-count">
        {tallySentence(count)}
      </p>
      {groups.map((group) => (
        <section key={group.severity} className="severity-group" aria-label={SEVERITY_LABEL[group.severity]}>
          <h3 className="severity-heading">
            <SeverityIcon severity={group.severity} /> {SEVERITY_LABEL[group.severity]} (
            {group.document.length + group.findings.length})
          </h3>
          {/* Numbers are written out so a wrapped item keeps its number on its first line. */}
          <ol className="finding-list" data-testid={`findings-${group.severity}`}>
            {group.document.map((d) => (
              <li key={d.ruleId} data-testid="document-finding">
                <span className="item-number" aria-hidden="true">
                  {++number}.
                </span>
                <div>
                  <span className="item-kind">The text as a whole: </span>
                  <span className="document-message">{d.message}</span>
                  {offer(d)}
                </div>
              </li>
            ))}
            {group.findings.map((f) => (
              <li key={`${f.ruleId}:${f.start}`} data-testid="wording-finding">
                <span className="item-number" aria-hidden="true">
                  {++number}.
                </span>
                <button
                  type="button"
                  className="link"
                  // A click from the keyboard has no pointer position (detail 0).
                  onClick={(e) => actions.select(f, e.detail === 0 ? 'keyboard' : 'pointer')}
                >
                  {/* Its name is its words; the severity is its section's name. */}
                  “{f.text}” <span className="item-kind">{CATEGORY_LABEL[f.category]}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {report.readability && <ReadingEase readability={report.readability} />}
      {(g.verdict !== 'empty' || report.personSpec) && (
        <section className="about-text" aria-label="About the text">
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
        </section>
      )}
    </section>
  );
}

/**
 * How easy the text is to read: the reading age with what it means, the sentences over 25 words,
 * how the duties are written and the longest sections (the places to shorten first).
 */
function ReadingEase({ readability: r }: { readability: Readability }) {
  return (
    <section className="about-text reading-ease" aria-label="How easy it is to read" data-testid="readability">
      <p className={`reading-age band-${r.band}`} data-testid="reading-age">
        {r.summary}
      </p>
      {r.longSentences > 0 && <p>{plural(r.longSentences, 'sentence has', 'sentences have')} more than 25 words.</p>}
      {r.duties && <p>{r.duties.summary}</p>}
      {r.longestSections.length > 0 && (
        <p>
          Longest sections: {r.longestSections.map((section) => `${section.title} (${plural(section.words, 'word')})`).join(', ')}.
        </p>
      )}
    </section>
  );
}
