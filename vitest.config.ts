import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const WORST_CASES = 'tests/unit/anonymise/worst-cases.test.ts';
const ISOLATED_DIRS = ['anonymise-ui', 'browser', 'components', 'content', 'page', 'options', 'cli'];
const ISOLATED = ISOLATED_DIRS.map((dir) => `tests/unit/${dir}/**/*.test.{ts,tsx}`);
const UNIT = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];

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
      // Most files only call pure functions: without isolation each worker imports the engine, the compiled
      // rules and the name data once for all the files it runs, rather than once per file (most of the
      // suite's time). lib's module state is memoisation keyed by its inputs.
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT,
          exclude: [WORST_CASES, ...ISOLATED],
          pool: 'threads',
          isolate: false,
        },
      },
      // Files that stub globals or timers, fake the browser, or run in a DOM keep a fresh module graph each.
      { extends: true, test: { name: 'unit-isolated', include: ISOLATED, pool: 'threads' } },
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
