import { type BrowserContext, test as base, expect } from '@playwright/test';
import { EXTENSION_DIR, extensionId, launchWithExtension } from './launch';
import { startPageServer } from './server';

interface Fixtures {
  /** The built extension to load (a spec may use another build). */
  extensionDir: string;
  context: BrowserContext;
  extensionId: string;
  /** Requests that tried to leave the machine during the test: must stay empty. */
  blocked: string[];
}

interface WorkerFixtures {
  pagesOrigin: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  pagesOrigin: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument.
    async ({}, use) => {
      const { origin, server } = await startPageServer();
      await use(origin);
      server.close();
    },
    { scope: 'worker' },
  ],
  extensionDir: [EXTENSION_DIR, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  blocked: async ({}, use) => {
    await use([]);
  },
  context: async ({ pagesOrigin, blocked, extensionDir }, use) => {
    const context = await launchWithExtension({ headless: process.env.HEADED !== '1', pagesOrigin, blocked, extensionDir });
    await use(context);
    await context.close();
    // The privacy promise: nothing the extension or the pages did may reach the network.
    expect(blocked, 'requests that tried to leave the machine').toEqual([]);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };
