import type { Doc } from '../engine/document';
import type { Finding, Readability } from '../engine/finding';
import { isRuleActive } from '../engine/matcher';
import { buildFinding } from '../engine/message';
import type { CompiledRule } from '../engine/ruleset';
import type { Tokenized } from '../engine/tokenize';
import type { Settings } from '../settings/schema';
import type { PlainHit } from './checks';
import { checkPlainEnglish } from './index';
import { PLAIN_ENGLISH } from './words';

/** The plain-English rules as the engine runs its own: category, severity, message and source from the data. */
const RULES: ReadonlyMap<string, CompiledRule> = new Map(
  PLAIN_ENGLISH.rules.map((r) => [
    r.id,
    {
      id: r.id,
      category: 'plain-english',
      severity: r.severity,
      message: r.message,
      suggestions: r.suggestions,
      source: PLAIN_ENGLISH.sources[r.source]!,
      // Standard: "relaxed" keeps only the clearest problems, and hard reading is not one of them.
      strictness: 2,
      phrases: [],
      patterns: [],
    },
  ]),
);

export interface PlainEnglishInput {
  doc: Doc;
  tok: Tokenized;
  settings: Settings;
  /** Tokens inside an allowlisted phrase (the user's "Ignore everywhere" included): never flagged. */
  allowed: Uint8Array;
  understood: ReadonlySet<string>;
}

/** A plain word in the case of the word it replaces: "Utilise" -> "Use". */
function caseOf(plain: string, matched: string): string {
  const first = matched.charAt(0);
  return first !== first.toLowerCase() ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain;
}

/**
 * The plain-English findings and the reading age for one analysis (step 6 of analyse). Adverts and
 * emails only: an interview question is one sentence. The reading age is reported whether or not
 * the category's findings are switched on, as the gender-coding balance is.
 */
export function plainEnglish({ doc, tok, settings, allowed, understood }: PlainEnglishInput): { findings: Finding[]; readability: Readability | null } {
  if (doc.kind === 'question') return { findings: [], readability: null };
  const active = new Set<PlainHit['ruleId']>();
  for (const rule of RULES.values()) if (isRuleActive(rule, settings)) active.add(rule.id as PlainHit['ruleId']);
  const { hits, readability } = checkPlainEnglish(doc.text, tok, { understood, sections: doc.sections, rules: active });
  const findings: Finding[] = [];
  for (const hit of hits) {
    const from = doc.tokenAt(hit.start);
    const to = Math.max(from + 1, doc.tokenAt(hit.end));
    let inside = true;
    for (let k = from; k < to && inside; k++) inside = allowed[k] === 1;
    if (inside) continue;
    const vars = hit.vars.plain ? { ...hit.vars, plain: caseOf(hit.vars.plain, doc.text.slice(hit.start, hit.end)) } : hit.vars;
    findings.push(buildFinding(RULES.get(hit.ruleId)!, doc.text, hit.start, hit.end, vars));
  }
  return { findings, readability };
}
