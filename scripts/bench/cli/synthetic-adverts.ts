// Synthetic adverts for the CLI bench, written at bench time (no megabytes in git): paragraphs of
// the realistic adverts in tests/fixtures/adverts/ and tests/corpus/ (when present), shuffled by a
// seeded generator, so each advert is different and every run writes the same corpus.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCES = ['tests/fixtures/adverts', 'tests/corpus/adverts'];
/** The NHS-Jobs-sized corpus of the bench: as many adverts and words as NHS Jobs had. */
export const NHS_JOBS_ADVERTS = 14_842;
export const NHS_JOBS_WORDS = 5_600_000;
const TITLES = ['Practice Nurse', 'Receptionist', 'Dental Nurse', 'Clinical Pharmacist', 'Practice Manager', 'Healthcare Assistant', 'Optometrist', 'Salaried GP'];

/** A small, fast, seeded generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function paragraphs(): string[] {
  const found: string[] = [];
  for (const dir of SOURCES.map((d) => path.join(ROOT, d)).filter(existsSync)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      found.push(...readFileSync(path.join(dir, file), 'utf8').split(/\n{2,}/).filter((p) => wordCount(p) >= 5));
    }
  }
  return found;
}

/** Writes `count` adverts averaging `wordsEach` words into `dir`; returns their paths and total words. */
export function writeSyntheticAdverts(dir: string, count: number, wordsEach: number): { files: string[]; words: number } {
  mkdirSync(dir, { recursive: true });
  const pool = paragraphs();
  const random = seeded(count);
  const files: string[] = [];
  let words = 0;
  for (let i = 0; i < count; i++) {
    const target = wordsEach * (0.6 + random() * 0.8);
    const parts = [`${TITLES[i % TITLES.length]} (ref ${1000 + i})`];
    let n = 3;
    while (n < target) {
      const p = pool[Math.floor(random() * pool.length)]!;
      parts.push(p);
      n += wordCount(p);
    }
    const file = path.join(dir, `advert-${String(i + 1).padStart(5, '0')}.txt`);
    writeFileSync(file, `${parts.join('\n\n')}\n`);
    files.push(file);
    words += n;
  }
  return { files, words };
}
