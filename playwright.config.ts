import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  // Separate results per output folder, so two runs in one checkout do not overwrite each other's traces.
  outputDir: `test-results${process.env.DEBIAS_OUT_DIR ? `-${process.env.DEBIAS_OUT_DIR.replace(/\W/g, '')}` : ''}`,
  use: { trace: 'retain-on-failure' },
});
