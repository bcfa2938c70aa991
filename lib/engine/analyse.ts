import { plainEnglish } from '../plain-english/engine';
import type { Settings, SettingsInput } from '../settings/schema';
import { statementFor } from '../statements/ids';
import { settingsSchema } from '../settings/schema';
import { type NormalisedText, normaliseText } from '../text/normalise';
import { isListedToAvoid } from './avoid-label';
import { contextAllows } from './context';
import { Doc, type TextKind } from './document';
import type { DocumentFinding, Finding, GenderCoding, GenderVerdict, Report } from './finding';
import { holdsFormQuestions, isFormQuestion } from './form-question';
import { HANDLER_REGISTRY } from './handlers';
import type { DocumentHandler, SpanHandler } from './handlers/types';
import { buildMatcher, type Matcher, matchPattern, mayMatch } from './matcher';
import { buildFinding, fillMessage } from './message';
import { mayFollow, type TrieNode } from './phrase-trie';
import type { CompiledRule, Ruleset } from './ruleset';
import { findPersonSpec, type Section } from './sections';
import { SEVERITY_RANK } from './severity-rank';
import { tokenize } from './tokenize';
import { inWebAddress } from './web-address';

export type { TextKind };

export interface AnalyseOptions {
  /** What the text is: adverts get document checks, emails and interview questions do not. */
  context: TextKind;
  /** Settings as stored (validated here); defaults apply when left out. */
  settings?: SettingsInput;
  /** Known sections (NHS Jobs pages give them); otherwise the person specification is found in the text. */
  sections?: Section[];
  /**
   * Missing-statement checks need a whole advert: texts shorter than this skip them. Default 60 words
   * (a sentence or two is not an advert; a short advert of 80 words still gets them).
   */
  minWordsForStatements?: number;
}

interface Match {
  rule: number;
  start: number;
  end: number;
  /** The match's tokens [from, to), when known (phrase matches); -1 when they are to be found from the offsets. */
  from: number;
  to: number;
  vars: Record<string, string> | undefined;
  variant: string | undefined;
}

const MIN_WORDS_FOR_STATEMENTS = 60;

/** The settings when none are given, parsed once: the CLI checks thousands of texts with them. */
let defaults: Settings | undefined;
/**
 * Settings given, parsed once per value (their JSON, as storage keeps them): a page is checked one
 * paragraph per call with the same settings, and validating them took a third of a one-line check.
 * The same value gives the same object, which also finds its matcher without serialising it again.
 */
const parsed = new Map<string, Settings>();
function settingsOf(given: SettingsInput | undefined): Settings {
  if (given === undefined) {
    defaults ??= settingsSchema.parse({});
    return defaults;
  }
  const key = JSON.stringify(given);
  let settings = parsed.get(key);
  if (!settings) {
    settings = settingsSchema.parse(given);
    if (parsed.size > 20) parsed.clear();
    parsed.set(key, settings);
  }
  return settings;
}

const matcherCache = new WeakMap<Ruleset, Map<string, Matcher>>();
/** The last matcher by settings object, so the default settings (one object) skip serialising. */
let last: { ruleset: Ruleset; settings: Settings; matcher: Matcher } | undefined;

function matcherFor(ruleset: Ruleset, settings: Settings): Matcher {
  if (last?.ruleset === ruleset && last.settings === settings) return last.matcher;
  const matcher = matcherByValue(ruleset, settings);
  last = { ruleset, settings, matcher };
  return matcher;
}

function matcherByValue(ruleset: Ruleset, settings: Settings): Matcher {
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

/** A rule whose logic is code, with its handler. */
interface Handled<H> {
  index: number;
  rule: CompiledRule;
  handler: H;
}

/**
 * Each matcher's handlers, found in the registry by name once, not once per text: a registry of
 * some fifty names read by a different name each time is a slow lookup for V8, and each text read
 * it twice per handler.
 */
const resolved = new WeakMap<Matcher, { spans: Handled<SpanHandler>[]; checks: Handled<DocumentHandler>[] }>();
function handlersOf(matcher: Matcher): { spans: Handled<SpanHandler>[]; checks: Handled<DocumentHandler>[] } {
  let known = resolved.get(matcher);
  if (!known) {
    const spans: Handled<SpanHandler>[] = [];
    const checks: Handled<DocumentHandler>[] = [];
    for (const index of matcher.handled) {
      const rule = matcher.rules[index]!;
      const handler = HANDLER_REGISTRY[rule.handler!];
      if (handler.kind === 'span') spans.push({ index, rule, handler });
    }
    for (const index of matcher.documentChecks) {
      const rule = matcher.rules[index]!;
      const handler = HANDLER_REGISTRY[rule.handler!];
      if (handler.kind === 'document') checks.push({ index, rule, handler });
    }
    known = { spans, checks };
    resolved.set(matcher, known);
  }
  return known;
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

/**
 * Every match of a phrase rule, and the tokens inside allowlisted phrases, in one pass over the words.
 * The trie's first words are looked up once per distinct word of the text; a walk goes on while the
 * next word continues a phrase in the same sentence. One loop with no callback: it runs for every word.
 */
function matchPhrases(doc: Doc, matcher: Matcher, raw: Match[]): Uint8Array {
  const { tokens, text } = doc;
  const n = tokens.length;
  const allowed = new Uint8Array(n);
  const { words, norm, base, numbers } = doc.wordIds();
  const firsts = matcher.firstNodes;
  // The root's child for each distinct word (null: no phrase starts with it), filled on first sight
  // from what the thread knows of the word (Matcher.firstNodes).
  const first: (TrieNode | null | undefined)[] = new Array(words.length);
  for (let i = 0; i < n; i++) {
    const a = norm[i]!;
    let node = first[a];
    if (node === undefined) node = first[a] = firsts.get(numbers[a]!, words[a]!);
    if (node === null) {
      const b = base[i]!;
      if (b === a) continue;
      node = first[b];
      if (node === undefined) node = first[b] = firsts.get(numbers[b]!, words[b]!);
      if (node === null) continue;
    }
    const start = tokens[i]!.start;
    for (let j = i; ; ) {
      if (node.rules || node.allow || node.allowExact) {
        const stop = tokens[j]!.end;
        if (node.allow || node.allowExact?.includes(text.slice(start, stop))) allowed.fill(1, i, j + 1);
        const found = node.rules;
        if (found) for (let r = 0; r < found.length; r++) raw.push({ rule: found[r]!, start, end: stop, from: i, to: j + 1, vars: undefined, variant: undefined });
      }
      // The next word, passed over by its number where the node's bits say it cannot follow.
      if ((node.low | node.high) === 0 || ++j >= n) break;
      const na = norm[j]!;
      const nb = base[j]!;
      if (!mayFollow(node, numbers[na]!) && (nb === na || !mayFollow(node, numbers[nb]!))) break;
      const t = tokens[j]!;
      const next: TrieNode | undefined = node.next.get(t.norm) ?? (t.base !== t.norm ? node.next.get(t.base) : undefined);
      // A phrase never runs across a sentence break.
      if (!next || t.sentence !== tokens[j - 1]!.sentence) break;
      node = next;
    }
  }
  return allowed;
}

/** The offset in the normalised text of an original offset: the first unit that starts at or after it. */
function toNormalised(norm: NormalisedText, offset: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.toOriginal(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Analyses one text against the rules. The text is normalised first (lib/text/normalise.ts:
 * invisible characters removed, look-alike letters folded, so "ener\u00adgetic" and "yоung" with a
 * Cyrillic о are read as words), and findings point back at the original characters. Then: phrase
 * rules and the allowlist in one pass over the words, pattern rules, and the rules whose logic is
 * code (HANDLER_REGISTRY); each match is judged in its context (context.ts: quotation, names and
 * titles, who the words describe, the rule's own senses), overlaps are settled, and adverts get the
 * document checks. Pure: no DOM, no storage.
 */
export function analyseWith(ruleset: Ruleset, original: string, options: AnalyseOptions): Report {
  const norm = normaliseText(original);
  // The options as given unless there are sections to move into the normalised text (most calls):
  // no copy of them per text.
  const report = analyseNormalised(
    ruleset,
    norm.text,
    norm.identity || !options.sections
      ? options
      : { ...options, sections: options.sections.map((s) => ({ ...s, start: toNormalised(norm, s.start), end: toNormalised(norm, s.end) })) },
  );
  if (norm.identity) return report;
  for (const f of report.findings) {
    const [start, end] = norm.toOriginalSpan(f.start, f.end);
    f.start = start;
    f.end = end;
    f.text = original.slice(start, end);
  }
  for (const s of report.readability?.longestSections ?? []) [s.start, s.end] = norm.toOriginalSpan(s.start, s.end);
  return report;
}

function analyseNormalised(ruleset: Ruleset, text: string, options: AnalyseOptions): Report {
  const settings = settingsOf(options.settings);
  const matcher = matcherFor(ruleset, settings);
  const sections = options.sections ?? (options.context === 'advert' ? findPersonSpec(text) : []);
  const doc = new Doc(text, tokenize(text), options.context, sections, ruleset.phraseSets);
  const { tokens } = doc;
  const rules = matcher.rules;
  const runs = matcher.runsIn[options.context];
  // The rules for questions asked read an advert only where it asks a form's questions (runs 2), so an
  // advert without one pays nothing for them.
  const forms = options.context === 'advert' && holdsFormQuestions(text);
  const patterns = forms ? matcher.advertWithForms : matcher.patternsIn[options.context];
  const input = { doc, matcher, minWordsForStatements: options.minWordsForStatements ?? MIN_WORDS_FOR_STATEMENTS };

  // 1. Candidate matches: phrases, patterns, handlers.
  const raw: Match[] = [];
  const allowed = matchPhrases(doc, matcher, raw);
  // `held` is one array shared by every text (Doc.listsHeld): read it in this loop only, before any other text is checked.
  const held = doc.listsHeld(matcher.listsByWord, matcher.listCount);
  // Index loops, here and below: these run for every text, mostly before V8 has optimised them,
  // where a for...of costs an iterator and a result object read per step.
  for (let q = 0; q < patterns.length; q++) {
    const p = patterns[q]!;
    if (!mayMatch(matcher, p, held)) continue;
    const pattern = matcher.patterns[p]!;
    const found = matchPattern(doc, pattern);
    for (let f = 0; f < found.length; f++) raw.push({ rule: pattern.rule, start: found[f]![0], end: found[f]![1], from: -1, to: -1, vars: undefined, variant: undefined });
  }
  const { spans, checks } = handlersOf(matcher);
  for (let i = 0; i < spans.length; i++) {
    const { index, rule, handler } = spans[i]!;
    if (runs[index] === 0 || (runs[index] === 2 && !forms)) continue;
    if (handler.triggers && !doc.holdsAny(handler.triggers)) continue;
    // An index loop: `for...of` over what a call to one of many handlers returns is read through the
    // iterator protocol, as V8 cannot tell it is an array.
    const hits = handler.find({ doc, matcher, minWordsForStatements: input.minWordsForStatements, rule });
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      raw.push({ rule: index, start: hit.start, end: hit.end, from: -1, to: -1, vars: hit.vars, variant: hit.variant });
    }
  }

  // 2. Context: the kind of text, quotation, the allowlist, then each rule's conditions.
  const kept: Match[] = [];
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r]!;
    if (runs[m.rule] === 0 || (runs[m.rule] === 2 && !(forms && isFormQuestion(text, m.start)))) continue;
    const from = m.from >= 0 ? m.from : doc.tokenAt(m.start);
    const to = m.to >= 0 ? m.to : Math.max(from + 1, doc.tokenAt(m.end));
    const first = tokens[from];
    if (!first || first.quoted || isMentioned(doc, from) || inWebAddress(text, first.start) || isListedToAvoid(doc, to - 1)) continue;
    // Inside an allowlisted phrase ("support worker"), not merely touching one ("male support worker").
    let inside = true;
    for (let k = from; k < to && inside; k++) inside = allowed[k] === 1;
    if (inside) continue;
    if (!contextAllows({ doc, rule: rules[m.rule]!, start: m.start, end: m.end, from, to })) continue;
    kept.push(m);
  }

  // 3. Gender coding counts every coded word; feminine-coded words are underlined only when asked.
  const coding: GenderCoding = { masculine: [], feminine: [], verdict: 'empty' };
  const shown = kept.filter((m) => {
    const gender = rules[m.rule]!.gender;
    if (gender) coding[gender].push(text.slice(m.start, m.end).toLowerCase());
    return gender !== 'feminine' || settings.underlineFeminineCoded;
  });
  coding.verdict = verdict(coding.masculine.length, coding.feminine.length);

  // 4. Overlaps: a characteristic judged (handlers/person-judged.ts) reads a whole clause, so it yields
  // to any finding of its category on the same words, whose message names the words more exactly.
  yieldReadings(shown, rules, doc);
  // Then, at one place, the longest match of a category wins (so "young team" beats "young"),
  // and of two on the same words, the more severe (the advertised job's title over the same title as a note).
  const rank = (m: Match) => SEVERITY_RANK[rules[m.rule]!.severity];
  shown.sort((a, b) => a.start - b.start || b.end - a.end || rank(b) - rank(a));
  const findings: Finding[] = [];
  const lastEndByCategory = new Map<string, number>();
  for (const m of shown) {
    const rule = rules[m.rule]!;
    if ((lastEndByCategory.get(rule.category) ?? -1) > m.start) continue;
    lastEndByCategory.set(rule.category, m.end);
    findings.push(buildFinding(rule, text, m.start, m.end, m.vars, m.variant));
  }

  // 5. Plain English and the reading age (lib/plain-english), over the same words. A finding on a
  // whole sentence (one over 35 words) hides no underline inside it.
  const plain = plainEnglish({ doc, settings, allowed, matcher });
  const byStart = (a: Finding, b: Finding) => a.start - b.start || b.end - a.end;
  const atWords = [...findings, ...plain.atWords].sort(byStart);
  const underlined = notUnder(
    notUnder(atWords, (f) => f.severity === 'info', (f) => f.severity !== 'info'),
    (f) => f.category === 'plain-english',
    (f) => f.category !== 'plain-english',
  );
  if (plain.sentences.length > 0) {
    underlined.push(...plain.sentences);
    underlined.sort(byStart);
  }

  // 6. The document as a whole (adverts only).
  const document: DocumentFinding[] = [];
  let personSpec: Report['personSpec'] = null;
  if (options.context === 'advert') {
    const essential = sections.filter((s) => s.role === 'essential').length;
    const desirable = sections.filter((s) => s.role === 'desirable').length;
    if (essential + desirable > 0) personSpec = { essential, desirable };
    for (let i = 0; i < checks.length; i++) {
      const { rule, handler } = checks[i]!;
      const vars = handler.check({ doc, matcher, minWordsForStatements: input.minWordsForStatements, rule });
      if (vars) {
        const statement = statementFor(rule.id);
        document.push({
          ruleId: rule.id,
          category: rule.category,
          severity: rule.severity,
          message: fillMessage(rule.message, vars),
          source: rule.source,
          ...(statement && { statement }),
        });
      }
    }
  }
  return { words: tokens.length, findings: underlined, document, genderCoding: coding, personSpec, readability: plain.readability };
}

/** Nouns that, with "for", name wording rather than use it: "can read as code for young". */
const MENTIONING = new Set(['code', 'shorthand', 'euphemism', 'euphemisms']);

/** Whether the words at token k are mentioned, not used: straight after "code for", "shorthand for". */
function isMentioned(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  return k >= 2 && tokens[k - 1]!.norm === 'for' && MENTIONING.has(tokens[k - 2]!.norm) && tokens[k - 2]!.sentence === tokens[k]!.sentence;
}

/**
 * Rules that read a characteristic in its clause or a demand made of it: they flag what no more exact
 * rule of their category did, or of the other categories named. A faith judged is an exclusionary
 * requirement, as the rules on religious dress and prayer breaks and the notes on a faith asked about
 * or noted (faith-asked, faith-noted) are; it also yields to race-nationality's rules. Living locally
 * and being from the area are read in both categories. A group turned away ("no recent graduates")
 * yields to the rule that flags the group's own words.
 */
const CLAUSE_READINGS = new Map<string, readonly string[]>([
  ['age-judged', []],
  ['origin-judged', []],
  ['health-judged', []],
  ['faith-judged', ['race-nationality']],
  ['orientation-judged', []],
  ['physique-demanded', []],
  ['looks-demanded', []],
  ['residence-demanded', ['race-nationality']],
  ['birthplace-demanded', ['exclusionary-requirement']],
  ['faith-demanded', ['race-nationality']],
  ['age-group-excluded', []],
  ['circumstance-excluded', []],
  ['people-excluded', []],
  ['time-demanded', []],
  ['physical-extent', []],
  // Socialising demanded yields to a drinking culture named on the same words (tone.json).
  ['social-life-expected', ['tone']],
  // A warning-off yields to the exacter tone rules on its words ("can't take a joke") and to a health bar.
  ['warned-off', ['disability']],
  // A school favoured yields to the school named as a kind of person ("a grammar school sort", tone.json).
  ['background-favoured', ['tone']],
]);

/** Whether `list` (other findings by start, with the furthest end so far) holds one overlapping m. */
function overlapsAny(list: { starts: number[]; furthest: number[] } | undefined, m: Match): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.starts[mid]! < m.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && list.furthest[lo - 1]! > m.start;
}

/**
 * Readings that also yield to a finding of the rules named anywhere in their clause: a time
 * demanded (handlers/time-demanded.ts) is underlined once per clause, where a phrase of unbounded
 * availability already names it ("come in on your day off whenever the manager asks"); a clause
 * after a comma is a demand of its own ("cover the rota whenever the ward needs it, including at
 * short notice").
 */
const CLAUSE_YIELDS = new Map<string, readonly string[]>([['time-demanded', ['unbounded-availability', 'availability-24-7']]]);
/** The rules some reading of CLAUSE_YIELDS yields to. */
const YIELDED_TO: ReadonlySet<string> = new Set([...CLAUSE_YIELDS.values()].flat());

/** The clause of a match's first word. */
const clauseOfMatch = (doc: Doc, m: Match) => doc.tokens[Math.min(doc.tokenAt(m.start), doc.tokens.length - 1)]!.clause;

/**
 * Takes out of `shown` each clause reading that overlaps another finding of its category (sorted
 * lookups, so linear in findings), and each reading of CLAUSE_YIELDS whose clause holds a finding
 * of the rules it names.
 */
function yieldReadings(shown: Match[], rules: Matcher['rules'], doc: Doc): void {
  if (!shown.some((m) => CLAUSE_READINGS.has(rules[m.rule]!.id))) return;
  // Per category, the other findings by start, with the furthest end among the first i.
  const byCategory = new Map<string, { starts: number[]; furthest: number[] }>();
  for (const m of [...shown].sort((a, b) => a.start - b.start)) {
    if (CLAUSE_READINGS.has(rules[m.rule]!.id)) continue;
    const category = rules[m.rule]!.category;
    let list = byCategory.get(category);
    if (!list) {
      list = { starts: [], furthest: [] };
      byCategory.set(category, list);
    }
    list.starts.push(m.start);
    list.furthest.push(Math.max(m.end, list.furthest.at(-1) ?? -1));
  }
  const covered = (m: Match, also: readonly string[]) =>
    overlapsAny(byCategory.get(rules[m.rule]!.category), m) || also.some((c) => overlapsAny(byCategory.get(c), m));
  // The clauses that hold a finding a reading of CLAUSE_YIELDS yields to, by the rule it yields to.
  const heldIn = new Set<string>();
  for (const m of shown) if (YIELDED_TO.has(rules[m.rule]!.id)) heldIn.add(`${rules[m.rule]!.id} ${clauseOfMatch(doc, m)}`);
  const kept = shown.filter((m) => {
    const id = rules[m.rule]!.id;
    const also = CLAUSE_READINGS.get(id);
    if (also && covered(m, also)) return false;
    const over = CLAUSE_YIELDS.get(id);
    if (!over || heldIn.size === 0) return true;
    const clause = clauseOfMatch(doc, m);
    return !over.some((other) => heldIn.has(`${other} ${clause}`));
  });
  shown.length = 0;
  shown.push(...kept);
}

/**
 * One underline per word: a finding that `yields` on words that already carry one that `outranks`
 * it is dropped, so the card the user opens there is the one that matters. A note yields to a
 * warning ("GCSEs" with no equivalent named is not also an unexplained abbreviation), and plain
 * English yields to the bias and jargon checks (three abbreviations each noted as unexplained are
 * not also "stacked"). `findings` is sorted by start.
 */
function notUnder(findings: Finding[], yields: (f: Finding) => boolean, outranks: (f: Finding) => boolean): Finding[] {
  const higher = findings.filter(outranks);
  if (higher.length === 0) return findings;
  // furthest[i]: the furthest end among higher[0..i], which start in order.
  const furthest: number[] = [];
  for (const f of higher) furthest.push(Math.max(f.end, furthest.at(-1) ?? -1));
  return findings.filter((f) => {
    if (!yields(f) || outranks(f)) return true;
    // How many higher findings start before this one ends; it is under one if any of them ends after it starts.
    let lo = 0;
    let hi = higher.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (higher[mid]!.start < f.end) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || furthest[lo - 1]! <= f.start;
  });
}
