import { useCallback, useEffect, useState } from 'react';
import { applyPolicy } from '@/lib/settings/policy';
import type { Settings } from '@/lib/settings/schema';
import { type LoadedSettings, loadSettings, saveSettings, watchSettings } from './storage/settings';

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
      const user = change(loaded.user);
      // Show the change at once; storage confirms it (and tells every open tab) a moment later.
      setLoaded({ ...loaded, user, settings: applyPolicy(user, loaded.policy).settings, problem: null });
      await saveSettings(user);
    },
    [loaded],
  );
  return [loaded, update];
}
