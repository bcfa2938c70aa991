import { useCallback, useEffect, useState } from 'react';
import type { Report } from '@/lib/engine/finding';
import { checkTab } from '../extension/check-tab';
import type { Message, ReportReply } from '../extension/messages';
import { SummaryPanel } from '../SummaryPanel';

type State = { status: 'loading' } | { status: 'none'; tabId: number | null } | { status: 'report'; tabId: number; report: Report };

async function askForReport(tabId: number): Promise<Report | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { kind: 'get-report' } satisfies Message)) as ReportReply;
    return reply?.report ?? null;
  } catch {
    return null; // no checker on this page
  }
}

/** The current tab's check: its findings if De-bias is already there, otherwise "Check this page". */
export function CheckTab() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (retries = 0) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const tabId = tab?.id ?? null;
    for (let attempt = 0; tabId !== null && attempt <= retries; attempt++) {
      const report = await askForReport(tabId);
      if (report) return setState({ status: 'report', tabId, report });
      if (attempt < retries) await new Promise((r) => setTimeout(r, 200));
    }
    setState({ status: 'none', tabId });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const checkNow = async () => {
    if (state.status !== 'none' || state.tabId === null) return;
    setError(null);
    try {
      await checkTab(state.tabId, 'page');
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
      <SummaryPanel
        report={report}
        title="This page"
        actions={{
          select: (f) => {
            void browser.tabs.sendMessage(tabId, { kind: 'show-finding', ruleId: f.ruleId, start: f.start } satisfies Message);
            window.close();
          },
        }}
      />
    </div>
  );
}
