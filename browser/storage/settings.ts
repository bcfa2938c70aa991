import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { applyPolicy, type Locks, type ManagedPolicy, NO_LOCKS, parsePolicy } from '@/lib/settings/policy';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '@/lib/settings/schema';

// Extension pages and content scripts may not evaluate strings as code (MV3 CSP): zod must not try.
z.config({ jitless: true });

/**
 * The user's own settings. What is stored is checked with the schema on every read: another
 * version of De-bias, or another program, may have written anything there.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings');

export interface LoadedSettings {
  /** What the checker runs with: the user's settings with the organisation's policy applied. */
  settings: Settings;
  /** The user's own settings, as the options page edits them. */
  user: Settings;
  policy: ManagedPolicy | null;
  locks: Locks;
  /** Set when stored settings or the policy could not be read; the checker carries on without them. */
  problem: string | null;
}

/**
 * The organisation's policy is the whole managed storage area (keys in managed_schema.json), read
 * and watched as one. Firefox throws when no policy is installed.
 */
async function readPolicy(): Promise<{ policy: ManagedPolicy | null; problem: string | null }> {
  try {
    return parsePolicy(await browser.storage.managed.get(null));
  } catch {
    return { policy: null, problem: null };
  }
}

/** The policy read once per page; cleared when the browser reports that it changed. */
let policyRead: ReturnType<typeof readPolicy> | null = null;
const lateListeners = new Set<() => void>();
/** Set when the policy came after a checker had started without it: a checker that starts watching later must still hear of it. */
let arrivedLate = false;
/** How long a checker waits for the policy before it starts (Chromium can take seconds after start-up). */
const POLICY_WAIT_MS = 200;

/** The policy if the browser has it to hand; otherwise none for now, and the watchers hear when it comes. */
async function currentPolicy(): Promise<{ policy: ManagedPolicy | null; problem: string | null }> {
  policyRead ??= readPolicy();
  const read = policyRead;
  const waited = await Promise.race([read, new Promise<null>((resolve) => setTimeout(() => resolve(null), POLICY_WAIT_MS))]);
  if (waited) return waited;
  void read.then((late) => {
    if (!late.policy && !late.problem) return;
    arrivedLate = true;
    for (const listener of lateListeners) listener();
  });
  return { policy: null, problem: null };
}

/** Reads the settings. Broken stored settings never stop the checker: it uses the defaults and says so. */
export async function loadSettings(): Promise<LoadedSettings> {
  const stored = await settingsItem.getValue();
  const parsed = stored === null ? null : settingsSchema.safeParse(stored);
  const user = parsed?.success ? parsed.data : DEFAULT_SETTINGS;
  const own =
    parsed && !parsed.success
      ? 'Your saved De-bias settings could not be read, so the standard settings are being used. Open the De-bias settings page to reset them.'
      : null;
  const { policy, problem } = await currentPolicy();
  const applied = applyPolicy(user, policy);
  return { settings: applied.settings, user, policy, locks: policy ? applied.locks : NO_LOCKS, problem: [own, problem].filter(Boolean).join(' ') || null };
}

/** The raw stored value, for the options page to offer as a download when it cannot be read. */
export async function readStoredSettings(): Promise<unknown> {
  return settingsItem.getValue();
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

export async function resetSettings(): Promise<void> {
  await settingsItem.removeValue();
}

/** Calls `listener` whenever the user's settings or the organisation's policy change. Returns the unsubscribe. */
export function watchSettings(listener: () => void): () => void {
  const unwatch = settingsItem.watch(listener);
  const onManaged = (_changes: unknown, area: string) => {
    if (area !== 'managed') return;
    policyRead = null;
    listener();
  };
  browser.storage.onChanged.addListener(onManaged);
  lateListeners.add(listener);
  if (arrivedLate) queueMicrotask(listener);
  return () => {
    unwatch();
    browser.storage.onChanged.removeListener(onManaged);
    lateListeners.delete(listener);
  };
}
