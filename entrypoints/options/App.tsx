import { deleteAllData } from '@/browser/storage/all-data';
import { readStoredSettings, resetSettings } from '@/browser/storage/settings';
import { usePersonalisation } from '@/browser/use-personalisation';
import { useSettings } from '@/browser/use-settings';
import { downloadText } from '@/components/download';
import { AllowlistSection } from '@/components/options/AllowlistSection';
import { BackupSection } from '@/components/options/BackupSection';
import { ChecksSection } from '@/components/options/ChecksSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import { SitesSection } from '@/components/options/SitesSection';
import { StatementsSection } from '@/components/options/StatementsSection';
import { WordsSection } from '@/components/options/WordsSection';

export default function App() {
  const [loaded, update] = useSettings();
  const [personalisation, savePersonalisation] = usePersonalisation();
  if (!loaded) return <p role="status">Loading your settings…</p>;
  const save = (change: Parameters<typeof update>[0]) => void update(change);
  return (
    <main className="options">
      <h1>De-bias settings</h1>
      <p className="hint">Changes are saved at once and apply to every open tab.</p>
      {loaded.problem && (
        <div className="card problem" role="alert">
          <p>{loaded.problem}</p>
          <div className="row">
            <button type="button" className="secondary" onClick={() => void readStoredSettings().then((raw) => downloadText('de-bias-settings-unreadable.json', JSON.stringify(raw, null, 2)))}>
              Download what was stored
            </button>
            <button type="button" onClick={() => void resetSettings()}>
              Reset to the standard settings
            </button>
          </div>
        </div>
      )}
      {loaded.policy && (
        <p className="card managed" data-testid="managed-banner">
          Your organisation manages some of these settings. Those are marked “Set by your organisation”.
        </p>
      )}
      <ChecksSection settings={loaded.settings} locks={loaded.locks} update={save} />
      <SitesSection settings={loaded.settings} locks={loaded.locks} update={save} />
      <StatementsSection value={personalisation} save={savePersonalisation} />
      <WordsSection user={loaded.user} policy={loaded.policy} update={save} />
      <AllowlistSection user={loaded.user} policy={loaded.policy} update={save} />
      <BackupSection user={loaded.user} replace={(s) => save(() => s)} />
      <PrivacySection resetSettings={resetSettings} deleteAllData={deleteAllData} />
    </main>
  );
}
