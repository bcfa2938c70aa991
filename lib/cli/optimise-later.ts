// Imported first by scan-file.ts, so it takes effect before the engine's code first runs, on the
// main thread and in each worker thread (V8's flags are the process's).
//
// V8 compiles a function to fast machine code once it has used up a budget of work, guided by what
// it has seen so far. The engine's rules and handlers have many branches that the first few files
// never take, so with V8's default budget many were compiled, met a branch they had not seen, were
// thrown away and compiled again: on 300 adverts, V8's other threads (compiling, mostly) used twice
// the processor time of the thread checking them. With four times the budget, each function is compiled later, once, with what it
// needs. The whole command on 300 adverts (one thread, load 17-18, paired runs): processor time
// 2.9-4.0 s before, 1.9-2.1 s after; on 14,842 adverts (two threads) it was within 3 %. Measured on
// Node 20 only: on another version the flag may mean something else, or be unknown (V8 then prints
// an error), so it is left alone there.
import { setFlagsFromString } from 'node:v8';

const V8_DEFAULT_BUDGET = 132 * 1024;
if (process.versions.node.startsWith('20.')) setFlagsFromString(`--interrupt-budget=${4 * V8_DEFAULT_BUDGET}`);
