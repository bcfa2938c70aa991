import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // The CLI tests run the built command: build it when its sources changed.
    globalSetup: ['tests/unit/cli/build-cli.setup.ts'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    pool: 'threads',
    maxWorkers: 2,
  },
});
