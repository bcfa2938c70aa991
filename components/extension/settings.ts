import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '@/lib/settings/schema';

const KEY = 'settings';

export interface LoadedSettings {
  settings: Settings;
  /** Set when what was stored could not be read; the defaults are used meanwhile. */
  problem: string | null;
}

/** Reads the user's settings. Broken stored settings never stop the checker: it falls back to the defaults and says so. */
export async function loadSettings(): Promise<LoadedSettings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return { settings: parsed.data, problem: null };
  return {
    settings: DEFAULT_SETTINGS,
    problem: 'Your saved De-bias settings could not be read, so the standard settings are being used. Open the settings page to fix or reset them.',
  };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settingsSchema.parse(settings) });
}

/** Calls `listener` whenever the settings change in any tab or page. Returns the unsubscribe. */
export function watchSettings(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' || area === 'managed') && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
