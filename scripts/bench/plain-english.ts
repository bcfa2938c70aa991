// Plain English and readability on their own (issue 15), run by `npm run bench` (scripts/bench.ts)
// or `npx tsx scripts/bench/plain-english.ts`. This process is fresh, so the first analysis of each
// size is cold (the code is not yet compiled). The warm figure is the median of repeated runs, as an
// editor re-checks a draft; the engine's own figure includes it once wired in. Its size is in the
// content scripts' figures.
import path from 'node:path';
import { RULESET } from '../../lib/engine';
import { Doc } from '../../lib/engine/document';
import { tokenize } from '../../lib/engine/tokenize';
import { checkPlainEnglish } from '../../lib/plain-english';
import { advertOfWords } from './engine';

const ROOT = path.resolve(import.meta.dirname, '../..');
const options = { understood: new Set(RULESET.acronyms.understood), known: RULESET.acronyms.acronyms };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

console.log('\nPlain English and readability (tokens given; the engine tokenizes once for both):');
for (const words of [1000, 10000]) {
  const text = advertOfWords(ROOT, words);
  const doc = new Doc(text, tokenize(text), 'advert', []);
  let t = performance.now();
  const { readability } = checkPlainEnglish(doc, options);
  const cold = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    t = performance.now();
    checkPlainEnglish(doc, options);
    times.push(performance.now() - t);
  }
  console.log(
    `  ${words.toLocaleString('en-GB').padStart(6)} words: first run ${cold.toFixed(2)} ms, then ${median(times).toFixed(2)} ms (reading age ${readability?.readingAge})`,
  );
}

