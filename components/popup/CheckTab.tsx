import { useCallback, useEffect, useState } from 'react';
import type { Finding, Report } from '@/lib/engine/finding';
import { SummaryPanel } from '../SummaryPanel';

/** What the Check tab asks of the browser: the tab behind the popup, its checker's report, an on-demand check. */
export interface CheckTabActions {
  /** The tab the popup was opened over; null on browser pages without one. */
  activeTab: () => Promise<number | null>;
  /** The tab's latest report, or null when no checker runs there. */
  report: (tabId: number) => Promise<Report | null>;
  /** Starts the on-demand checker in the tab; rejects where pages cannot be checked. */
  checkPage: (tabId: number) => Promise<void>;
  /** Scrolls the tab to a finding and opens its card (the popup closes). */
  showFinding: (tabId: number, finding: Finding) => void;
}

type State = { status: 'loading' } | { status: 'none'; tabId: number | null } | { status: 'report'; tabId: number; report: Report };

/** The current tab's check: its findings if De-bias is already there, otherwise "Check this page". */
export function CheckTab({ actions }: { actions: CheckTabActions }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(
    async (retries = 0) => {
      const tabId = await actions.activeTab();
      for (let attempt = 0; tabId !== null && attempt <= retries; attempt++) {
        const report = await actions.report(tabId);
        if (report) return setState({ status: 'report', tabId, report });
        // A checker just started needs a moment before it can answer.
        if (attempt < retries) await new Promise((r) => setTimeout(r, 200));
      }
      setState({ status: 'none', tabId });
    },
    [actions],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const checkNow = async () => {
    if (state.status !== 'none' || state.tabId === null) return;
    setError(null);
    try {
      await actions.checkPage(state.tabId);
      await refresh(10);
    } catch {
      setError('De-bias cannot check this page. Browser pages and the extension store cannot be checked.');
    }
  };

  if (state.status === 'loading') return <p role="status">Looking at this page…</p>;
  if (state.status === 'none') {
    return (
      <div>
        <p>
          De-bias checks NHS Jobs adverts and your drafts in Gmail, Outlook and NHS Jobs on its own. To check
          any other page, such as an advert on your practice website:
        </p>
        <button type="button" onClick={() => void checkNow()} disabled={state.tabId === null}>
          Check this page
        </button>
        {error && (
          <p className="error-message" role="alert">
            {error}
          </p>
        )}
        <p className="hint">You can also select text on a page, right-click and choose “Check this text for biased wording”.</p>
      </div>
    );
  }
  const { tabId, report } = state;
  return (
    <div className="popup-report" data-testid="popup-report">
      <SummaryPanel report={report} title="This page" actions={{ select: (f) => actions.showFinding(tabId, f) }} />
    </div>
  );
}
