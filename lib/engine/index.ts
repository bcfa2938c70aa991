import { type AnalyseOptions, analyseWith } from './analyse';
import compiled from './compiled-rules.json';
import type { Report } from './finding';
import type { Ruleset } from './ruleset';

/** The shipped rules, compiled from wordlists/ by `npm run wordlists`. */
export const RULESET = compiled as unknown as Ruleset;

/** Analyses a text with the shipped rules and the given settings. */
export function analyse(text: string, options: AnalyseOptions): Report {
  return analyseWith(RULESET, text, options);
}

export type { AnalyseOptions, TextKind } from './analyse';
export type { Section, SectionRole } from './sections';
export * from './finding';
