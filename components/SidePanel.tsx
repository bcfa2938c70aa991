import { useEffect, useRef } from 'react';
import type { Report } from '@/lib/engine/finding';
import type { Side } from './pill-placement';
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
  actions,
}: {
  report: Report;
  title: string;
  side: Side;
  /** Opened by the user just now: move focus into it. */
  takeFocus: boolean;
  notice: string | null;
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
      <SummaryPanel report={report} title={title} actions={actions} />
    </aside>
  );
}
