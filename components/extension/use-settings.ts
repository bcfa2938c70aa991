import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { type LoadedSettings, loadSettings, saveSettings, watchSettings } from './settings';

/** The settings for a React page: loaded, kept current when another page changes them, saved on every change. */
export function useSettings(): [LoadedSettings | null, (change: (user: Settings) => Settings) => Promise<void>] {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    const refresh = () => void loadSettings().then(setLoaded);
    refresh();
    return watchSettings(refresh);
  }, []);
  const update = useCallback(
    async (change: (user: Settings) => Settings) => {
      if (!loaded) return;
      await saveSettings(change(loaded.user));
      setLoaded(await loadSettings());
    },
    [loaded],
  );
  return [loaded, update];
}
