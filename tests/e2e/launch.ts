import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { isLocal, localPathFor, SITE_URL } from './site-map';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, process.env.DEBIAS_OUT_DIR ?? '.output', 'chrome-mv3');
/** The test build that may script the on-demand check's fixture page (see wxt.config.ts). */
export const SCRIPTING_EXTENSION_DIR = path.join(ROOT, '.output-scripting', 'chrome-mv3');

/** The browser: CHROMIUM_PATH, then Debian's Chromium. */
export function chromiumPath(): string | null {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

export const NO_CHROMIUM =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.';

export interface LaunchOptions {
  headless: boolean;
  /** Origin of the local fixture server that plays the real sites. */
  pagesOrigin: string;
  /** Every request that would have left the machine is recorded here, and blocked. */
  blocked: string[];
  userDataDir?: string;
  extraArgs?: string[];
  /** Default: the build in EXTENSION_DIR. */
  extensionDir?: string;
  /** Leave open the welcome page De-bias opens when it is installed (closed by default, so tests start with one tab). */
  keepWelcome?: boolean;
}

/**
 * Starts Chromium with the built extension. Requests to NHS Jobs, Gmail and Outlook are answered
 * by the local fixture server, so the content scripts run on their real match patterns; anything
 * else that is not local is blocked and recorded.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built in ${extensionDir}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath,
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--metrics-recording-only',
      '--disable-features=OptimizationHints,MediaRouter,Translate',
      '--disable-dev-shm-usage',
      ...(options.extraArgs ?? []),
    ],
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocal(url) && !SITE_URL.test(url)) options.blocked.push(url);
  });
  await context.route(
    (url) => !isLocal(url.href),
    async (route) => {
      const local = localPathFor(route.request().url());
      if (!local) {
        await route.abort('blockedbyclient'); // recorded by the request listener above
        return;
      }
      const response = await route.fetch({ url: options.pagesOrigin + local });
      await route.fulfill({ response });
    },
  );
  if (!options.keepWelcome && !options.userDataDir) await (await welcomePage(context)).close();
  return context;
}

/** The welcome page De-bias opens in a new tab when it is first installed (in a fresh profile). */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  // Polled: a new tab's first URL may be about:blank until it navigates. Installing can take a while on a busy machine.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('De-bias did not open its welcome page on install.');
}

/** The extension's service worker, waited for if Playwright has not seen it start yet. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The extension's id, from its service worker. */
export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorker(context)).url()).host;
}
