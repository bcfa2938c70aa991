import type { CompiledContext, CompiledRule, PatternWords, Ruleset } from '../engine/ruleset';
import { hasUnicodeClass, patternRegex, wordsWhereSplit } from '../engine/matcher';
import { phraseWords } from '../engine/tokenize';
import { withCaseClasses } from './case-classes';
import { expandPhrase, type Inflect } from './expand-phrase';
import { requiredWords } from './required-words';
import {
  type AcronymList,
  type Allowlist,
  acronymListSchema,
  allowlistSchema,
  type RuleEntry,
  type Wordlist,
  wordlistSchema,
} from './schema';

/** More forms than this from one rule phrase is a typo in its slots, not an idiom. */
const MAX_FORMS = 96;

export interface WordlistFiles {
  /** File name (for messages) to parsed JSON. */
  lists: Record<string, unknown>;
  acronyms: unknown;
  allowlist: unknown;
}

/** Thrown with every problem found, each saying how to fix it. */
export class WordlistError extends Error {
  constructor(readonly problems: string[]) {
    super(`The wordlists have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

const PHRASE_KEYS = [
  'notAfter', 'notBefore', 'notBeforeHead', 'onlyAfter', 'onlyBefore', 'notInSentenceWith', 'onlyInSentenceWith', 'notInClauseWith',
  'notLaterInSentenceWith', 'notEarlierInSentenceWith', 'notEndingRangeFrom', 'onlyInClauseWith', 'notInDocumentWith', 'notNearWith', 'notOfferedInSentence', 'onlyNearBefore', 'cueNotIn',
] as const;

/** A context list's reference to a shared phrase set of its file: "@sickness-exclusions". */
const SET_REFERENCE = /^@([a-z][a-z0-9-]*)$/;

/** A context list with each "@name" replaced by the phrases of the set of that name; an unknown name is a problem. */
function withSets(list: string[], sets: ReadonlyMap<string, string[]>, where: string, problems: string[]): string[] {
  return list.flatMap((phrase) => {
    const name = SET_REFERENCE.exec(phrase)?.[1];
    if (name === undefined) return [phrase];
    const set = sets.get(name);
    if (!set) problems.push(`${where}: no phrase set "${name}" in any file's phraseSets`);
    return set ?? [];
  });
}

/**
 * Every file's phrase sets by name: a set is written once, in the file whose rules it was read for, and
 * any file's rules may name it ("@after-offer" in the health rules and in a question about convictions).
 */
function phraseSetsOf(lists: [string, Wordlist][], inflect: Inflect, problems: string[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  const owner = new Map<string, string>();
  for (const [file, list] of lists) {
    for (const [name, phrases] of Object.entries(list.phraseSets ?? {})) {
      const other = owner.get(name);
      if (other) problems.push(`phrase set "${name}" is in ${other} and ${file}: names are shared by every file, rename one`);
      owner.set(name, file);
      // A set is written with slots as rule phrases are ("(jokes|comments) about (|her|his)"), and read whole.
      const forms: string[] = [];
      for (const phrase of phrases) {
        try {
          forms.push(...expandPhrase(phrase, inflect, MAX_FORMS));
        } catch (e) {
          problems.push(`${file} phrase set "${name}": ${(e as Error).message}`);
        }
      }
      sets.set(name, [...new Set(forms)]);
    }
  }
  return sets;
}

function splitContext(entry: RuleEntry, sets: ReadonlyMap<string, string[]>, where: string, problems: string[]): CompiledContext | undefined {
  const c = entry.context;
  if (!c) return undefined;
  const out: CompiledContext = {};
  for (const [key, value] of Object.entries(c) as [keyof CompiledContext, unknown][]) {
    if (value === undefined) continue;
    (out as Record<string, unknown>)[key] = (PHRASE_KEYS as readonly string[]).includes(key) ? withSets(value as string[], sets, where, problems).map(phraseWords) : value;
  }
  // The head noun is one word: a longer entry would never match (context.ts reads one word).
  for (const words of out.notBeforeHead ?? []) {
    if (words.length !== 1) problems.push(`${where}: notBeforeHead "${words.join(' ')}" is not one word; name the head noun alone`);
  }
  return out;
}

/** The words a pattern needs (required-words.ts); null for one that does not compile (reported above). */
function safeRequiredWords(source: string): PatternWords | null {
  try {
    return requiredWords(source, patternRegex(source).flags);
  } catch {
    return null;
  }
}

/**
 * Validates every wordlist with its zod schema, checks the rules between files (unique ids,
 * no phrase in two rules, patterns that compile) and expands each phrase into its inflected forms.
 */
export function compileWordlists(files: WordlistFiles, inflect: Inflect): Ruleset {
  const problems: string[] = [];
  const lists: [string, Wordlist][] = [];
  for (const [file, json] of Object.entries(files.lists)) {
    const parsed = wordlistSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    const expected = file.replace(/\.json$/, '');
    if (parsed.data.category !== expected) problems.push(`${file}: category is "${parsed.data.category}"; rename the file or the category to match`);
    lists.push([file, parsed.data]);
  }
  const acronyms = acronymListSchema.safeParse(files.acronyms);
  if (!acronyms.success) problems.push(`nhs-acronyms.json: ${acronyms.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const allowlist = allowlistSchema.safeParse(files.allowlist);
  if (!allowlist.success) problems.push(`nhs-allowlist.json: ${allowlist.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);

  const idFile = new Map<string, string>();
  const phraseOwner = new Map<string, string>();
  const handlers = new Set<string>();
  const rules: CompiledRule[] = [];
  const sets = phraseSetsOf(lists, inflect, problems);
  for (const [file, list] of lists) {
    for (const entry of list.rules) {
      const where = `${file} "${entry.id}"`;
      const other = idFile.get(entry.id);
      if (other) problems.push(`rule id "${entry.id}" is in ${other} and ${file}: ids are unique, rename one`);
      idFile.set(entry.id, file);
      if (entry.handler) {
        if (handlers.has(entry.handler)) problems.push(`${where}: handler "${entry.handler}" is used twice; keep one`);
        handlers.add(entry.handler);
      }
      const patterns: string[] = [];
      for (const source of entry.patterns ?? []) {
        try {
          patternRegex(source);
          patterns.push(hasUnicodeClass(source) ? source : withCaseClasses(source));
        } catch (e) {
          problems.push(`${where}: pattern ${source} does not compile (${(e as Error).message})`);
        }
      }
      const phrases = new Set<string>();
      const expanded: string[] = [];
      for (const raw of entry.phrases ?? []) {
        try {
          expanded.push(...expandPhrase(raw, inflect, MAX_FORMS));
        } catch (e) {
          problems.push(`${where}: ${(e as Error).message}`);
        }
      }
      for (const phrase of expanded) {
        if (/[(){}|<>]/.test(phrase)) problems.push(`${where}: "${phrase}" has an unclosed slot; write (a|b), {poss} or <verb>`);
        if (phrase !== phrase.trim()) problems.push(`${where}: "${phrase}" has spaces at its ends; trim it`);
        if (/[’‘]/.test(phrase)) problems.push(`${where}: "${phrase}" has a curly apostrophe; use a straight one (the engine folds them)`);
        if (!entry.context?.caseSensitive && phrase !== phrase.toLowerCase()) {
          problems.push(`${where}: "${phrase}" has capitals; write it in lower case or set context.caseSensitive`);
        }
        phrases.add(phrase);
        if (entry.inflect !== 'none') for (const form of inflect(phrase, entry.inflect)) phrases.add(form);
      }
      for (const phrase of expanded) {
        // Compared as the tokenizer sees them: "he/she" and "he she" are the same phrase.
        const key = entry.context?.caseSensitive ? phrase : phraseWords(phrase).join(' ');
        const owner = phraseOwner.get(key);
        if (owner && owner !== where) problems.push(`"${phrase}" is in ${owner} and ${where}: keep one`);
        phraseOwner.set(key, where);
      }
      const sorted = [...phrases].sort();
      rules.push({
        id: entry.id,
        category: list.category,
        severity: entry.severity,
        message: entry.message,
        suggestions: entry.suggestions,
        source: entry.source,
        strictness: entry.strictness,
        ...(entry.gender ? { gender: entry.gender } : {}),
        ...(entry.contexts ? { contexts: entry.contexts } : {}),
        ...(entry.context ? { context: splitContext(entry, sets, where, problems) } : {}),
        ...(entry.handler ? { handler: entry.handler } : {}),
        ...(entry.variants ? { variants: entry.variants } : {}),
        phrases: sorted,
        ...wordsWhereSplit(sorted),
        patterns,
        ...(entry.patterns?.length ? { patternWords: entry.patterns.map((source) => safeRequiredWords(source)) } : {}),
      });
    }
  }
  if (problems.length > 0 || !acronyms.success || !allowlist.success) throw new WordlistError(problems);
  rules.sort((a, b) => a.id.localeCompare(b.id));
  const acronymData: AcronymList = acronyms.data;
  const allowData: Allowlist = allowlist.data;
  return {
    rules,
    acronyms: { source: acronymData.source, understood: acronymData.understood, acronyms: acronymData.acronyms },
    allowlist: { phrases: allowData.phrases, caseSensitive: allowData.caseSensitive },
    phraseSets: Object.fromEntries([...sets].map(([name, forms]) => [name, forms.map(phraseWords)])),
  };
}
