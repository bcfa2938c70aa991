import { useEffect, useRef } from 'react';
import type { Report } from '@/lib/engine/finding';
import { STATEMENT_IDS } from '@/lib/statements/ids';
import type { Side } from './pill-placement';
import { StatementOffer, type StatementOffers } from './StatementOffer';
import { type SummaryActions, SummaryPanel } from './SummaryPanel';

export interface SidePanelActions extends SummaryActions {
  /** Docks the panel on the other side of the window. */
  dock: (side: Side) => void;
  /** Folds the panel back into the pill. */
  minimise: () => void;
}

/** The summary as a panel docked to one side of the window; it can move to the other side or fold into the pill. */
export function SidePanel({
  report,
  title,
  side,
  takeFocus,
  notice,
  statements,
  actions,
}: {
  report: Report;
  title: string;
  side: Side;
  /** Opened by the user just now: move focus into it. */
  takeFocus: boolean;
  notice: string | null;
  statements: StatementOffers | null;
  actions: SidePanelActions;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  const other: Side = side === 'right' ? 'left' : 'right';
  return (
    <aside ref={ref} tabIndex={-1} className={`side-panel dock-${side}`} aria-label="De-bias summary" data-testid="summary-panel">
      <div className="panel-bar">
        <span className="brand">De-bias</span>
        <button type="button" className="secondary" onClick={() => actions.dock(other)}>
          Move to the {other}
        </button>
        <button type="button" className="secondary" onClick={actions.minimise}>
          Fold away
        </button>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <SummaryPanel report={report} title={title} actions={actions} statements={statements} />
      {statements?.verb === 'add' && actions.statement && (
        // In a draft, any statement can be added, whether or not the checker found it missing (emails are not checked for them).
        <details className="statement-list">
          <summary>Add a model statement</summary>
          <ul>
            {STATEMENT_IDS.map((id) => {
              const s = statements.texts[id];
              return s ? (
                <li key={id}>
                  <strong>{s.title}</strong>
                  <StatementOffer title={s.title} text={s.text} verb="add" use={() => actions.statement!(id)} />
                </li>
              ) : null;
            })}
          </ul>
        </details>
      )}
    </aside>
  );
}
