// Validates wordlists/*.json and writes lib/engine/compiled-rules.json with every phrase's
// inflected forms (compromise conjugates verbs and pluralises nouns here, at build time, so the
// content script does not carry the parser), and lib/engine/compiled-concepts.json with the
// concept fields' phrases expanded (so the engine does not expand them each time it loads). Run
// by `npm run wordlists`, `build` and `zip`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileWordlists, WordlistError } from '../lib/wordlists/compile';
import { compileConcepts } from '../lib/wordlists/compile-concepts';
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

export const compileConceptsFromDisk = () => compileConcepts(read('concepts.json'), inflect);

export const COMPILED_PATH = path.join(root, 'lib/engine/compiled-rules.json');
export const COMPILED_CONCEPTS_PATH = path.join(root, 'lib/engine/compiled-concepts.json');

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    const ruleset = compileFromDisk();
    const concepts = compileConceptsFromDisk();
    writeFileSync(COMPILED_PATH, `${JSON.stringify(ruleset)}\n`);
    writeFileSync(COMPILED_CONCEPTS_PATH, `${JSON.stringify(concepts)}\n`);
    const phrases = ruleset.rules.reduce((n, r) => n + r.phrases.length, 0);
    console.log(`Compiled ${ruleset.rules.length} rules (${phrases} phrases with inflections) to lib/engine/compiled-rules.json`);
    const forms = Object.values(concepts).reduce((n, field) => n + field.length, 0);
    console.log(`Compiled ${Object.keys(concepts).length} concept fields (${forms} phrases) to lib/engine/compiled-concepts.json`);
  } catch (e) {
    console.error(e instanceof WordlistError ? e.message : e);
    process.exit(1);
  }
}
