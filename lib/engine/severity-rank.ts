import type { Severity } from './finding';

/**
 * How serious each severity is, least first: the engine keeps the more severe of two findings on the
 * same words, and `debias scan --fail-on` compares by it. Its own module, without zod, so the
 * CLI's main thread can read it without loading the engine.
 */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
