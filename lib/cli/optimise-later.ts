// Imported first by scan-file.ts, so it takes effect before the engine's code first runs, in
// whichever thread loads it first.
//
// V8 compiles a function to fast machine code once it has used up a budget of work, guided by what
// it has seen so far. The engine's rules and handlers have many branches that the first few files
// never take, so with V8's default budget many were compiled, met a branch they had not seen, were
// thrown away and compiled again: on 300 adverts, V8's other threads (compiling, mostly) used twice
// the processor time of the thread checking them. With a larger budget, each function is compiled
// later, once, with what it needs. The whole command on 300 adverts, one thread, paired runs:
// four times the default budget took 1.9-2.1 s of processor time where the default took 2.9-4.0 s
// (load 17-18); eight times, 1.65 s where four times took 2.00 s (medians of 8, load 16-19; twelve
// times, 1.73 s). On 3,000 adverts, where warming up is a smaller part, eight times was no better
// (7.9 s against 7.4 s, medians of 3, load 16-20), and on 14,842 four times was within 3 % of the
// default. So eight times, in every thread: V8's flags are the process's, and V8 takes the engine's
// code cache (see load-engine.ts) only under the flags it was made with, so with four times in
// worker threads they compiled the engine from source, each of them. (Those multiples are of 132 KB,
// V8's documented default; Node 20's V8 reports 66 KB, so the budget is sixteen times its own.)
// The price is that little of the engine is optimised in a short run: on 300 adverts on one thread,
// 32 functions were, against 93 with 66 KB (154 compilations, 40 of them thrown away). Lower
// budgets spared the main thread about a tenth (66-132 KB: 0.92 s of processor time against 1.02 s)
// but cost the whole process 35-60 % more (1.80-2.07 s against 1.31 s; medians of 8, load 11-12).
// Nothing else tried lowered the whole: budgets up to 2 MB, --always-sparkplug, --maglev,
// --min-semi-space-size, a larger --bytecode-size-allowance-per-tick (and --single-threaded-gc,
// set while running, stops V8); nor, in round 41 (300 adverts, medians of 5, load 5-6, each with
// its code cache made under it: 1.09 s of processor time without), --no-lazy-feedback-allocation
// (1.15 s), --no-concurrent-recompilation (1.10 s), --semi-space-growth-factor=4 (1.10 s), or
// --no-regexp-tier-up or a later regexp tier-up (1.08-1.11 s). Round 42, by instructions counted
// (cachegrind, all threads, engine alone on 300 adverts, each flag with its own code cache; runs of
// one command vary by 3 %): 8.52 billion with this budget, 8.41 with
// --max-inlined-bytecode-size-cumulative=300, 8.28 with --no-turbo-inlining (and processor time
// within the noise, medians of 9), not taken since it may slow long runs' optimised code; 30
// adverts: --no-regexp-tier-up 0.8 % fewer. --no-opt kept the total and moved work to the main
// thread; --no-sparkplug cost 15 %; --concurrent-sparkplug set while running stops Node 20.
// Measured on Node 20 only: on another version the flag may mean something else, or be unknown
// (V8 then prints an error), so it is left alone there. The budget is put back while a worker
// thread starts (see engine-budget.ts).
import { raiseBudget } from './engine-budget';

raiseBudget();
