// Validates wordlists/*.json and writes lib/engine/compiled-rules.json with every phrase's
// inflected forms (compromise conjugates verbs and pluralises nouns here, at build time, so the
// content script does not carry the parser). Run by `npm run wordlists`, `build` and `zip`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileWordlists, WordlistError } from '../lib/wordlists/compile';
import { inflect } from './inflect';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'wordlists');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
/** Data files that are not rule lists: read by the code that uses them, each with its own schema. */
const NOT_RULE_LISTS = new Set(['concepts.json', 'nhs-acronyms.json', 'nhs-allowlist.json', 'plain-english.json', 'statements.json']);

/** Whether a file in wordlists/ is a rule list (wordlistSchema). */
export const isRuleList = (file: string) => file.endsWith('.json') && !NOT_RULE_LISTS.has(file);

export function compileFromDisk() {
  const lists: Record<string, unknown> = {};
  for (const file of readdirSync(dir).sort()) {
    if (isRuleList(file)) lists[file] = read(file);
  }
  return compileWordlists({ lists, acronyms: read('nhs-acronyms.json'), allowlist: read('nhs-allowlist.json') }, inflect);
}

export const COMPILED_PATH = path.join(root, 'lib/engine/compiled-rules.json');

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    const ruleset = compileFromDisk();
    writeFileSync(COMPILED_PATH, `${JSON.stringify(ruleset)}\n`);
    const phrases = ruleset.rules.reduce((n, r) => n + r.phrases.length, 0);
    console.log(`Compiled ${ruleset.rules.length} rules (${phrases} phrases with inflections) to lib/engine/compiled-rules.json`);
  } catch (e) {
    console.error(e instanceof WordlistError ? e.message : e);
    process.exit(1);
  }
}
