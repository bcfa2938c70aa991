import { useSyncExternalStore } from 'react';
import type { Finding, Severity } from '@/lib/engine/finding';
import type { Rect } from '@/lib/page/editors/field-mirror';
import { createStore, type Store } from './create-store';
import { cardPosition } from './card-position';
import { FindingCard, type FindingActions } from './FindingCard';
import { SEVERITY_COLOUR } from './labels';

export interface EditorOverlayState {
  /** Underlines for form fields (contenteditable editors use the Highlight API instead). */
  boxes: { key: string; rect: Rect; severity: Severity }[];
  card: { finding: Finding; rect: { left: number; top: number; bottom: number }; actions: Omit<FindingActions, 'close'> } | null;
  notice: string | null;
}

export type EditorOverlayStore = Store<EditorOverlayState>;

export const createEditorOverlayStore = (): EditorOverlayStore =>
  createStore<EditorOverlayState>({ boxes: [], card: null, notice: null });

/** Underline boxes over form fields, and the card for the finding the user chose. */
export function EditorOverlay({ store }: { store: EditorOverlayStore }) {
  const { boxes, card, notice } = useSyncExternalStore(store.subscribe, store.get);
  const close = () => store.set({ card: null });
  return (
    <div className="de-bias-root">
      {boxes.map((b) => (
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
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {card && (
        <div className="card-position" style={cardPosition(card.rect)}>
          <FindingCard key={`${card.finding.ruleId}:${card.finding.start}`} finding={card.finding} actions={{ ...card.actions, close }} />
        </div>
      )}
    </div>
  );
}
