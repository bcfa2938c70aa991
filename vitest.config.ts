import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const WORST_CASES = 'tests/unit/anonymise/worst-cases.test.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // The CLI tests run the built command: build it when its sources changed.
    globalSetup: ['tests/unit/cli/build-cli.setup.ts'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'], exclude: [WORST_CASES], pool: 'threads' },
      },
      // The worst cases time themselves with process.cpuUsage(), which in a worker thread counts every
      // thread of the process, other test files' too: in a process of its own it counts only its own work.
      // --expose-gc: each timed run starts after a collection, so the garbage of the cases before it
      // is not charged to whichever run happens to trigger a full collection. A young generation of 64 MB
      // lets a 200 KB case's short-lived garbage die young: with the default, some of it outlives two
      // scavenges and its full collections made one linear case time 9 times its 50 KB run on a CI machine.
      { extends: true, test: { name: 'worst-cases', include: [WORST_CASES], pool: 'forks', execArgv: ['--expose-gc', '--max-semi-space-size=64'] } },
    ],
  },
});
