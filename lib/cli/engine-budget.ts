// V8's interrupt budget, which optimise-later.ts raises for the engine (see there), and puts back
// while a scan worker thread starts.
//
// V8's flags are the process's, and V8 takes compiled code from a cache only under the flags it
// was made with. That holds for Node's own code cache too, of its built-in modules: once the budget
// is raised, every built-in module loaded is compiled from source. A worker thread loads Node's
// built-ins afresh, so each one started under the raised budget took 302 million instructions to
// start, against 124 million under V8's own (an empty worker, callgrind), about 0.05 s of a
// processor. Under the raised budget a worker also takes the engine's code cache, made under it
// (load-engine.ts): so the budget is put back while a worker starts, and the worker raises it again
// (it imports optimise-later.ts) before it loads the engine. The flag is the process's, so the main
// thread runs under the lower budget while workers start: best effort for speed, never for findings.
import { setFlagsFromString } from 'node:v8';

/** The unit of optimise-later.ts's budget: V8's documented default (132 KiB), twice what Node 20 runs with. */
const V8_DOCUMENTED_UNIT = 132 * 1024;
/** V8's own budget in Node 20 (`node --v8-options`): with it, V8 counts the flags as it found them. */
const NODE_20_BUDGET = 66 * 1024;
const ON_NODE_20 = process.versions.node.startsWith('20.');

/** Raises the budget (Node 20 only, where it was measured). */
export function raiseBudget(): void {
  if (ON_NODE_20) setFlagsFromString(`--interrupt-budget=${8 * V8_DOCUMENTED_UNIT}`);
}

/** Puts V8's own budget back, for a worker thread to start under. */
export function restoreBudget(): void {
  if (ON_NODE_20) setFlagsFromString(`--interrupt-budget=${NODE_20_BUDGET}`);
}
