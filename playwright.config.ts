import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Each test starts Chromium with a fresh profile (and waits for the welcome page it opens on
  // install); on a shared two-core machine that alone can take over 20 s.
  timeout: 60_000,
  // Patience, not strictness: state that arrives late on a busy machine (an analysis, a stored value) is
  // waited for this long before an assertion fails.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  // Separate results per output folder, so two runs in one checkout do not overwrite each other's traces.
  outputDir: `test-results${process.env.DEBIAS_OUT_DIR ? `-${process.env.DEBIAS_OUT_DIR.replace(/\W/g, '')}` : ''}`,
  use: { trace: 'retain-on-failure' },
});
