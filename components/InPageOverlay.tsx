import { useSyncExternalStore } from 'react';
import type { Finding, Report, Severity } from '@/lib/engine/finding';
import type { Rect } from '@/lib/page/editors/field-mirror';
import type { StatementId } from '@/lib/statements/ids';
import { cardPosition } from './card-position';
import type { Store } from './create-store';
import { FindingCard, type FindingActions } from './FindingCard';
import { SEVERITY_COLOUR } from './labels';
import type { Column, Side } from './pill-placement';
import { SidePanel } from './SidePanel';
import type { StatementOffers } from './StatementOffer';
import type { ChosenBy } from './SummaryPanel';
import { SummaryPill } from './SummaryPill';

/** Everything De-bias shows on a page; the content host writes it, this view reads it. */
export interface InPageState {
  /** The summary's heading, e.g. "This advert". */
  title: string;
  /** The latest report; null while there is nothing to check (or checking is off here). */
  report: Report | null;
  /** Underlines over form fields (text elsewhere is underlined with the CSS Highlight API). */
  boxes: { key: string; rect: Rect; severity: Severity }[];
  /** The open card: its finding, where its text is (viewport), and what it can do. */
  card: {
    finding: Finding;
    rect: { left: number; top: number; bottom: number };
    focus: boolean;
    actions: Omit<FindingActions, 'close'>;
  } | null;
  /** A one-line note for the user (a page too long to check in full, settings that could not be read). */
  notice: string | null;
  /** The summary: folded into the pill, or open as a panel docked to one side. */
  panel: { open: boolean; side: Side };
  /** The panel was opened by the user just now (so it takes focus). */
  panelJustOpened: boolean;
  /** Where the checked text runs across the window, for the pill to stay clear of. */
  column: Column | null;
  viewportWidth: number;
  /** Model statements offered for missing ones, with the practice's details; null until read. */
  statements: StatementOffers | null;
}

export type InPageStore = Store<InPageState>;

export interface InPageActions {
  select: (finding: Finding, by: ChosenBy) => void;
  closeCard: () => void;
  setPanel: (panel: InPageState['panel']) => void;
  /** Adds a model statement to the draft, or copies it; false when that failed. */
  statement: (id: StatementId) => Promise<boolean>;
}

/** De-bias's whole UI on a page: field underlines, the summary pill or panel, and the card for one finding. */
export function InPageOverlay({ store, actions }: { store: InPageStore; actions: InPageActions }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { card, report, panel } = state;
  return (
    <div className="de-bias-root">
      {state.boxes.map((b) => (
        <div
          key={b.key}
          className={`field-underline sev-line-${b.severity}`}
          data-testid="field-underline"
          style={{
            left: b.rect.left,
            top: b.rect.top + b.rect.height - 3,
            width: b.rect.width,
            borderBottomColor: SEVERITY_COLOUR[b.severity],
          }}
        />
      ))}
      {report && panel.open && (
        <SidePanel
          report={report}
          title={state.title}
          side={panel.side}
          takeFocus={state.panelJustOpened}
          notice={state.notice}
          statements={state.statements}
          actions={{
            select: actions.select,
            statement: actions.statement,
            dock: (side) => actions.setPanel({ open: true, side }),
            minimise: () => actions.setPanel({ open: false, side: panel.side }),
          }}
        />
      )}
      {report && !panel.open && (
        <SummaryPill
          report={report}
          column={state.column}
          viewportWidth={state.viewportWidth}
          side={panel.side}
          notice={state.notice}
          onOpen={() => actions.setPanel({ open: true, side: panel.side })}
        />
      )}
      {!report && state.notice && (
        <p className="notice notice-alone" role="status">
          {state.notice}
        </p>
      )}
      {card && (
        <div className="card-position" style={cardPosition(card.rect)}>
          <FindingCard
            key={`${card.finding.ruleId}:${card.finding.start}`}
            finding={card.finding}
            focus={card.focus}
            actions={{ ...card.actions, close: actions.closeCard }}
          />
        </div>
      )}
    </div>
  );
}
