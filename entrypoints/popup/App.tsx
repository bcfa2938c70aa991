export default function App() {
  const open = (hash: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/workspace.html#${hash}`) });
    window.close();
  };
  return (
    <main style={{ width: 360, padding: 12 }}>
      <h1 data-testid="popup-title">De-bias</h1>
      <p className="hint">Fair recruitment for NHS primary care. Nothing you check leaves your browser.</p>
      <div className="row">
        <button type="button" onClick={() => open('anonymise')}>
          Anonymise CVs
        </button>
        <button type="button" onClick={() => open('interview')}>
          Interview checklist
        </button>
        <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
    </main>
  );
}
