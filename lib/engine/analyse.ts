import type { Settings, SettingsInput } from '../settings/schema';
import { settingsSchema } from '../settings/schema';
import { TextContext, contextAllows } from './context';
import type { DocumentFinding, Finding, GenderCoding, GenderVerdict, Report } from './finding';
import { findUnexpandedAcronyms } from './handlers/acronyms';
import { findGenericPronouns } from './handlers/generic-pronoun';
import { checkStructure } from './handlers/structure';
import { buildMatcher, type Matcher } from './matcher';
import { buildFinding, fillMessage } from './message';
import { walkFrom } from './phrase-trie';
import type { Ruleset } from './ruleset';
import { findPersonSpec, type Section } from './sections';
import { tokenize } from './tokenize';

export type TextKind = 'advert' | 'email' | 'question';

export interface AnalyseOptions {
  /** What the text is: adverts get document checks, emails and interview questions do not. */
  context: TextKind;
  /** Settings as stored (validated here); defaults apply when left out. */
  settings?: SettingsInput;
  /** Known sections (NHS Jobs pages give them); otherwise the person specification is found in the text. */
  sections?: Section[];
  /** Missing-statement checks need a whole advert: texts shorter than this skip them. Default 120 words. */
  minWordsForStatements?: number;
}

interface Match {
  rule: number;
  start: number;
  end: number;
  vars?: Record<string, string>;
}

const matcherCache = new WeakMap<Ruleset, Map<string, Matcher>>();

function matcherFor(ruleset: Ruleset, settings: Settings): Matcher {
  let byKey = matcherCache.get(ruleset);
  if (!byKey) {
    byKey = new Map();
    matcherCache.set(ruleset, byKey);
  }
  const key = JSON.stringify(settings);
  let matcher = byKey.get(key);
  if (!matcher) {
    matcher = buildMatcher(ruleset, settings);
    if (byKey.size > 20) byKey.clear();
    byKey.set(key, matcher);
  }
  return matcher;
}

/** Index of the first token ending after `offset` (tokens are sorted). */
function tokenAt(ctx: TextContext, offset: number): number {
  const tokens = ctx.tok.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function verdict(masculine: number, feminine: number): GenderVerdict {
  if (masculine + feminine === 0) return 'empty';
  const score = feminine - masculine;
  if (score > 3) return 'strongly-feminine';
  if (score > 0) return 'feminine';
  if (score < -3) return 'strongly-masculine';
  if (score < 0) return 'masculine';
  return 'neutral';
}

function genderCoding(findings: Finding[], matcher: Matcher): GenderCoding {
  const byId = new Map(matcher.rules.map((r) => [r.id, r]));
  const masculine: string[] = [];
  const feminine: string[] = [];
  for (const f of findings) {
    const gender = byId.get(f.ruleId)?.gender;
    if (gender === 'masculine') masculine.push(f.text.toLowerCase());
    else if (gender === 'feminine') feminine.push(f.text.toLowerCase());
  }
  return { masculine, feminine, verdict: verdict(masculine.length, feminine.length) };
}

/**
 * Analyses one text against the rules: one pass over the words for every phrase rule and the
 * allowlist, the regular-expression rules, then the code handlers. Pure: no DOM, no storage.
 */
export function analyseWith(ruleset: Ruleset, text: string, options: AnalyseOptions): Report {
  const settings = settingsSchema.parse(options.settings ?? {});
  const matcher = matcherFor(ruleset, settings);
  const tok = tokenize(text);
  const ctx = new TextContext(text, tok);
  const { tokens } = tok;
  const rules = matcher.rules;

  // 1. One pass over the words: phrase matches and allowlisted stretches.
  const raw: Match[] = [];
  const allowed: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    walkFrom(matcher.trie, tokens, i, (end, node) => {
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      if (node.allow) allowed.push([start, stop]);
      if (node.allowExact?.includes(text.slice(start, stop))) allowed.push([start, stop]);
      if (node.rules) for (const rule of node.rules) raw.push({ rule, start, end: stop });
    });
  }
  // 2. Rules that need a regular expression (numbers of years, age ranges).
  for (const { rule, regex } of matcher.patterns) {
    const contexts = rules[rule]!.contexts;
    if (contexts && !contexts.includes(options.context)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      raw.push({ rule, start: m.index, end: m.index + m[0].length });
    }
  }
  // 3. Rules whose logic is code.
  const pronoun = matcher.handlers.get('generic-pronoun');
  if (pronoun) {
    const index = rules.indexOf(pronoun);
    for (const [start, end] of findGenericPronouns(ctx)) raw.push({ rule: index, start, end });
  }
  const acronym = matcher.handlers.get('acronym');
  if (acronym) {
    const index = rules.indexOf(acronym);
    for (const use of findUnexpandedAcronyms(text, matcher.acronyms, matcher.understood)) {
      raw.push({ rule: index, start: use.start, end: use.end, vars: { expansion: use.expansion } });
    }
  }

  // 4. Context: quotations, allowlist, the kind of text, each rule's own conditions.
  const isAllowed = (start: number, end: number) => allowed.some(([a, b]) => start < b && end > a);
  const kept: Match[] = [];
  for (const m of raw) {
    const rule = rules[m.rule]!;
    if (rule.contexts && !rule.contexts.includes(options.context)) continue;
    const from = tokenAt(ctx, m.start);
    const to = Math.max(from + 1, tokenAt(ctx, m.end));
    const first = tokens[from];
    if (!first || first.quoted) continue;
    if (isAllowed(m.start, m.end)) continue;
    if (rule.context?.caseSensitive && !rule.phrases.includes(text.slice(m.start, m.end))) continue;
    if (!contextAllows(ctx, rule.context, from, to)) continue;
    kept.push(m);
  }

  // 5. Overlaps: at one place, the longest match of a category wins (so "young team" beats "young").
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  const lastEndByCategory = new Map<string, number>();
  for (const m of kept) {
    const rule = rules[m.rule]!;
    if ((lastEndByCategory.get(rule.category) ?? -1) > m.start) continue;
    lastEndByCategory.set(rule.category, m.end);
    findings.push(buildFinding(rule, text, m.start, m.end, m.vars));
  }

  // 6. The document as a whole (adverts only).
  const words = tokens.length;
  const document: DocumentFinding[] = [];
  let personSpec: Report['personSpec'] = null;
  if (options.context === 'advert') {
    const sections = options.sections ?? findPersonSpec(text);
    const essential = sections.filter((s) => s.role === 'essential').length;
    const desirable = sections.filter((s) => s.role === 'desirable').length;
    if (essential + desirable > 0) personSpec = { essential, desirable };
    for (const result of checkStructure(text, words, sections, options.minWordsForStatements ?? 120)) {
      const rule = matcher.handlers.get(result.handler);
      if (!rule) continue;
      document.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        message: fillMessage(rule.message, result.vars),
        source: rule.source,
      });
    }
  }
  return { words, findings, document, genderCoding: genderCoding(findings, matcher), personSpec };
}
