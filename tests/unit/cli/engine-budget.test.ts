// V8 takes compiled code from a cache only under the flags it was made with: Node's own cache of its
// built-in modules, made under V8's own flags, is what a scan worker thread starts with. So the
// budget put back must leave V8's flags as they were before it was ever raised. Checked in a fresh
// Node, whose flags nothing else has changed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULE = path.resolve(import.meta.dirname, '../../../lib/cli/engine-budget.ts');

/** Whether code cached before the budget was raised is taken after `steps` (a statement on the module). */
function takenAfter(steps: string): boolean {
  const code = `
    import { Script } from 'node:vm';
    import { raiseBudget, restoreBudget } from ${JSON.stringify(MODULE)};
    const source = 'function add(a, b) { return a + b; } add(1, 2);';
    const cachedData = new Script(source, { filename: 'made.js' }).createCachedData();
    ${steps}
    // Under another name: V8 would take the same script from its own compilation cache.
    process.stdout.write(String(!new Script(source, { filename: 'taken.js', cachedData }).cachedDataRejected));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout === 'true';
}

describe.runIf(process.versions.node.startsWith('20.'))("V8's interrupt budget (engine-budget.ts)", () => {
  it('once raised, V8 no longer takes code cached under its own flags; put back, it does again', () => {
    expect(takenAfter('raiseBudget();')).toBe(false);
    expect(takenAfter('raiseBudget(); restoreBudget();')).toBe(true);
    // Two Node processes loading TypeScript: on a busy machine, past vitest's 5 s.
  }, 30_000);
});
