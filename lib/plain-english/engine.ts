import type { Doc } from '../engine/document';
import type { Finding, Readability } from '../engine/finding';
import { isRuleActive, type Matcher } from '../engine/matcher';
import { buildFinding } from '../engine/message';
import type { CompiledRule } from '../engine/ruleset';
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
      // "Relaxed" keeps only the clearest problems, and hard reading is not one of them.
      strictness: r.strictness ?? 2,
      phrases: [],
      patterns: [],
    },
  ]),
);

export interface PlainEnglishInput {
  doc: Doc;
  settings: Settings;
  /** Tokens inside an allowlisted phrase (the user's "Ignore everywhere" included): never flagged. */
  allowed: Uint8Array;
  matcher: Matcher;
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
export function plainEnglish({ doc, settings, allowed, matcher }: PlainEnglishInput): {
  /** Findings on words: formal words, passive duties, stacked abbreviations. */
  atWords: Finding[];
  /** Findings on whole sentences: too long. */
  sentences: Finding[];
  readability: Readability | null;
} {
  if (doc.kind === 'question') return { atWords: [], sentences: [], readability: null };
  const active = new Set<PlainHit['ruleId']>();
  for (const rule of RULES.values()) if (isRuleActive(rule, settings)) active.add(rule.id as PlainHit['ruleId']);
  const { hits, readability } = checkPlainEnglish(doc, { understood: matcher.understood, known: matcher.acronyms, rules: active });
  const atWords: Finding[] = [];
  const sentences: Finding[] = [];
  for (const hit of hits) {
    const from = doc.tokenAt(hit.start);
    const to = Math.max(from + 1, doc.tokenAt(hit.end));
    let inside = true;
    for (let k = from; k < to && inside; k++) inside = allowed[k] === 1;
    if (inside) continue;
    const finding = buildFinding(RULES.get(hit.ruleId)!, doc.text, hit.start, hit.end, hit.vars);
    // Each plain word is a replacement to choose from ("help" or "run" for "facilitate").
    if (hit.alternatives) finding.suggestions = hit.alternatives.map((plain) => ({ kind: 'replace', text: caseOf(plain, finding.text) }));
    if (hit.source) finding.source = PLAIN_ENGLISH.sources[hit.source]!;
    (hit.ruleId === 'long-sentence' || hit.ruleId === 'very-long-sentence' ? sentences : atWords).push(finding);
  }
  return { atWords, sentences, readability };
}
