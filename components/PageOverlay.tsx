import { useSyncExternalStore } from 'react';
import type { Finding } from '@/lib/engine/finding';
import { cardPosition } from './card-position';
import { FindingCard, type FindingActions } from './FindingCard';
import type { OverlayStore } from './overlay-store';
import { SummaryPanel } from './SummaryPanel';

export interface PageOverlayActions {
  select: (finding: Finding) => void;
  card: (finding: Finding) => Omit<FindingActions, 'close'>;
  closeCard: () => void;
}

/** The extension's whole in-page UI: the summary panel and the card for one finding. */
export function PageOverlay({ store, actions, title }: { store: OverlayStore; actions: PageOverlayActions; title: string }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { card } = state;
  return (
    <div className="de-bias-root">
      {state.notice && (
        <p className="notice" role="status">
          {state.notice}
        </p>
      )}
      {state.report && <SummaryPanel report={state.report} title={title} actions={{ select: actions.select }} />}
      {card && (
        <div className="card-position" style={cardPosition(card.rect)}>
          <FindingCard
            key={`${card.finding.ruleId}:${card.finding.start}`}
            finding={card.finding}
            focus={card.focus}
            actions={{ ...actions.card(card.finding), close: actions.closeCard }}
          />
        </div>
      )}
    </div>
  );
}
