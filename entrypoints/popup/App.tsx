import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { openOptionsPage } from '@/browser/tabs';
import { CheckPanel } from './check-panel';

// The other tabs load when first opened, so the popup paints without their code.
const AnonymisePanel = lazy(() => import('./tool-panels').then((m) => ({ default: m.AnonymisePanel })));
const InterviewPanel = lazy(() => import('./tool-panels').then((m) => ({ default: m.InterviewPanel })));

const TABS = [
  { id: 'check', label: 'Check wording', Panel: CheckPanel },
  { id: 'anonymise', label: 'Anonymise', Panel: AnonymisePanel },
  { id: 'interview', label: 'Interview', Panel: InterviewPanel },
] as const;

type TabId = (typeof TABS)[number]['id'];

export default function App() {
  const [tab, setTab] = useState<TabId>('check');
  const base = useId();
  const active = TABS.find((t) => t.id === tab)!;
  useEffect(() => {
    performance.mark('de-bias:popup-ready'); // React has taken over the first screen (scripts/bench/popup.ts)
  }, []);
  const focusTab = (index: number) => {
    const next = TABS[(index + TABS.length) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`${base}-${next.id}`)?.focus();
  };
  return (
    <main className="popup">
      <header className="row popup-header">
        <h1 data-testid="popup-title">De-bias</h1>
        <button type="button" className="secondary" onClick={() => void openOptionsPage()}>
          Settings
        </button>
      </header>
      <div role="tablist" aria-label="De-bias tools">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            id={`${base}-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === tab}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') focusTab(i + 1);
              if (e.key === 'ArrowLeft') focusTab(i - 1);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section id={`${base}-panel`} role="tabpanel" aria-labelledby={`${base}-${tab}`}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <active.Panel />
        </Suspense>
      </section>
      <p className="hint privacy">Nothing you check, paste or score leaves this browser.</p>
    </main>
  );
}
