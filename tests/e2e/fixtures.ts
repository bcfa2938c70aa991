import { type BrowserContext, test as base, expect } from '@playwright/test';
import { extensionId, launchWithExtension } from './launch';
import { startPageServer } from './server';

interface Fixtures {
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
  // biome-ignore lint/correctness/noEmptyPattern: as above.
  blocked: async ({}, use) => {
    await use([]);
  },
  context: async ({ pagesOrigin, blocked }, use) => {
    const context = await launchWithExtension({ headless: process.env.HEADED !== '1', pagesOrigin, blocked });
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
