// `npm run eval`: precision and recall of the advert and email checker on the annotated corpus
// (tests/corpus/adverts: the tuned slice; tests/corpus/study: idiomatic text by writers who never saw
// the rules, which rules are being fitted to and which is held where it stands rather than to the
// issue's floors; tests/corpus/held-out: the slice nobody tunes on), in the
// format of tests/corpus/CORPUS-ADVERTS.md. A finding is right when it overlaps a span a reviewer expects; a
// finding on a trap (and on no expected span) is a false alarm the corpus names; any other finding
// is unjudged and listed so it can be read and annotated. Held-out figures are printed in aggregate
// only, unless --show-held-out is given. --tuned skips the held-out slice (the study slice is tuning
// material, so it is printed in full with the tuned one); --corpus DIR reads another
// corpus folder (with adverts/ and held-out/ in it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { analyse, CATEGORIES, type Finding } from '../../lib/engine';
import { lineColumnMap } from '../../lib/engine/position';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CORPUS = path.join(ROOT, 'tests/corpus');
/** The slices, by folder under tests/corpus: the held-out one is never read while tuning. */
export const SLICES = { tuned: 'adverts', study: 'study', 'held-out': 'held-out' } as const;
export type Slice = keyof typeof SLICES;

const DOCUMENT_RULES = [
  'no-reasonable-adjustments-statement',
  'no-flexible-working-statement',
  'no-equality-statement',
  'no-salary',
  'too-many-essential-criteria',
  'essential-reads-as-preference',
] as const;

const spanSchema = z.object({ text: z.string().min(1), occurrence: z.int().min(1).default(1), why: z.string().optional() });
export const annotationSchema = z.object({
  kind: z.enum(['advert', 'email']),
  setting: z.enum(['acute', 'mental-health', 'community', 'ambulance', 'gp', 'dental', 'pharmacy', 'optometry', 'pcn', 'other']),
  note: z.string(),
  expect: z.array(spanSchema.extend({ category: z.enum(CATEGORIES.filter((c) => c !== 'structure') as [string, ...string[]]) })),
  traps: z.array(
    spanSchema.extend({
      kind: z.enum(['title', 'name', 'organisation', 'statute', 'patient-group', 'sense', 'acronym-explained', 'fair-route', 'quotation', 'negation', 'other']),
    }),
  ),
  document: z.array(z.enum(DOCUMENT_RULES)),
});
export type Annotation = z.infer<typeof annotationSchema>;

interface Span {
  start: number;
  end: number;
  text: string;
  label: string;
}

export interface DocumentResult {
  id: string;
  kind: 'advert' | 'email';
  setting: string;
  text: string;
  findings: Finding[];
  document: string[];
  expected: (Span & { category: string; found: Finding[] })[];
  traps: (Span & { flaggedBy: Finding[] })[];
  /** Each finding: the expected span it hits (with or without the right category), a trap, or nothing. */
  judged: { finding: Finding; expected: boolean; rightCategory: boolean; trap: string | null }[];
  expectedDocument: string[];
}

/** Where the occurrence-th copy of `text` is, or an error naming the annotation to fix. */
function locate(text: string, needle: string, occurrence: number, where: string): [number, number] {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${where}: "${needle}" occurrence ${occurrence} is not in the text`);
  }
  return [at, at + needle.length];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Reads one document and its annotation, and runs the checker on it as `debias scan` does for a .txt file. */
export function evaluateDocument(dir: string, id: string): DocumentResult {
  const text = readFileSync(path.join(dir, `${id}.txt`), 'utf8');
  const where = path.join(path.basename(dir), `${id}.json`);
  const parsed = annotationSchema.safeParse(JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')));
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const a = parsed.data;
  // Plain English is judged apart (scripts/eval/plain-english.ts): the corpus is not annotated for it.
  const report = analyse(text, { context: a.kind, settings: { categories: { 'plain-english': false } } });
  const expected = a.expect.map((e) => {
    const [start, end] = locate(text, e.text, e.occurrence, where);
    return { start, end, text: e.text, label: e.why ?? '', category: e.category, found: [] as Finding[] };
  });
  const traps = a.traps.map((t) => {
    const [start, end] = locate(text, t.text, t.occurrence, where);
    return { start, end, text: t.text, label: t.kind, flaggedBy: [] as Finding[] };
  });
  const judged = report.findings.map((finding) => {
    const hits = expected.filter((e) => overlaps(e, finding));
    for (const e of hits) e.found.push(finding);
    const trap = hits.length === 0 ? traps.find((t) => overlaps(t, finding)) : undefined;
    trap?.flaggedBy.push(finding);
    return {
      finding,
      expected: hits.length > 0,
      rightCategory: hits.some((e) => e.category === finding.category),
      trap: trap ? trap.label : null,
    };
  });
  return {
    id,
    kind: a.kind,
    setting: a.setting,
    text,
    findings: report.findings,
    document: report.document.map((d) => d.ruleId),
    expected,
    traps,
    judged,
    expectedDocument: a.document,
  };
}

/** Every document of a slice, in file-name order; an empty list when the folder does not exist. */
export function evaluateSlice(slice: Slice, root = CORPUS): DocumentResult[] {
  const dir = path.join(root, SLICES[slice]);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort()
    .map((id) => evaluateDocument(dir, id));
}

export interface Score {
  right: number;
  total: number;
}
const ratio = (s: Score) => (s.total === 0 ? 1 : s.right / s.total);
const add = (map: Map<string, { p: Score; r: Score; rc: Score }>, key: string) => {
  const v = map.get(key) ?? { p: { right: 0, total: 0 }, r: { right: 0, total: 0 }, rc: { right: 0, total: 0 } };
  map.set(key, v);
  return v;
};

export interface Figures {
  documents: number;
  precision: Score;
  precisionRightCategory: Score;
  recall: Score;
  recallRightCategory: Score;
  trapsFlagged: Score;
  unjudged: number;
  documentPrecision: Score;
  documentRecall: Score;
  /** Per category and per rule: precision (p), recall (r) and recall with the right category (rc). */
  byCategory: Map<string, { p: Score; r: Score; rc: Score }>;
  byRule: Map<string, { p: Score; r: Score; rc: Score }>;
  byDocumentRule: Map<string, { p: Score; r: Score; rc: Score }>;
}

/** Precision and recall over a slice, overall, per category and per rule. */
export function figures(results: DocumentResult[]): Figures {
  const f: Figures = {
    documents: results.length,
    precision: { right: 0, total: 0 },
    precisionRightCategory: { right: 0, total: 0 },
    recall: { right: 0, total: 0 },
    recallRightCategory: { right: 0, total: 0 },
    trapsFlagged: { right: 0, total: 0 },
    unjudged: 0,
    documentPrecision: { right: 0, total: 0 },
    documentRecall: { right: 0, total: 0 },
    byCategory: new Map(),
    byRule: new Map(),
    byDocumentRule: new Map(),
  };
  for (const doc of results) {
    for (const j of doc.judged) {
      f.precision.total++;
      f.precisionRightCategory.total++;
      if (j.expected) f.precision.right++;
      if (j.rightCategory) f.precisionRightCategory.right++;
      if (!j.expected && !j.trap) f.unjudged++;
      const c = add(f.byCategory, j.finding.category).p;
      const r = add(f.byRule, j.finding.ruleId).p;
      c.total++;
      r.total++;
      if (j.expected) {
        c.right++;
        r.right++;
      }
    }
    for (const e of doc.expected) {
      f.recall.total++;
      f.recallRightCategory.total++;
      const found = e.found.length > 0;
      const rightCategory = e.found.some((x) => x.category === e.category);
      if (found) f.recall.right++;
      if (rightCategory) f.recallRightCategory.right++;
      const c = add(f.byCategory, e.category);
      c.r.total++;
      c.rc.total++;
      if (found) c.r.right++;
      if (rightCategory) c.rc.right++;
      for (const ruleId of new Set(e.found.map((x) => x.ruleId))) add(f.byRule, ruleId).r.right++;
    }
    for (const t of doc.traps) {
      f.trapsFlagged.total++;
      if (t.flaggedBy.length > 0) f.trapsFlagged.right++;
    }
    if (doc.kind !== 'advert') continue;
    for (const rule of DOCUMENT_RULES) {
      const produced = doc.document.includes(rule);
      const wanted = doc.expectedDocument.includes(rule);
      const d = add(f.byDocumentRule, rule);
      if (produced) {
        f.documentPrecision.total++;
        d.p.total++;
      }
      if (wanted) {
        f.documentRecall.total++;
        d.r.total++;
      }
      if (produced && wanted) {
        f.documentPrecision.right++;
        f.documentRecall.right++;
        d.p.right++;
        d.r.right++;
      }
    }
  }
  return f;
}

const pct = (s: Score) => `${(ratio(s) * 100).toFixed(1).padStart(5)} % (${s.right}/${s.total})`;

function printFigures(name: string, f: Figures, detail: boolean): void {
  console.log(`\n== ${name}: ${f.documents} documents ==`);
  console.log(`Inline findings: precision ${pct(f.precision)}, with the right category ${pct(f.precisionRightCategory)}`);
  console.log(`Expected spans:  recall    ${pct(f.recall)}, with the right category ${pct(f.recallRightCategory)}`);
  console.log(`Traps flagged:   ${f.trapsFlagged.right} of ${f.trapsFlagged.total}; unjudged findings: ${f.unjudged}`);
  console.log(`Document findings: precision ${pct(f.documentPrecision)}, recall ${pct(f.documentRecall)}`);
  console.log('\nPer category (precision of findings in it; recall of expected spans in it, any category and right category):');
  for (const c of CATEGORIES.filter((x) => x !== 'structure')) {
    const v = f.byCategory.get(c);
    if (v) console.log(`  ${c.padEnd(26)} P ${pct(v.p)}   R ${pct(v.r)}   R(cat) ${pct(v.rc)}`);
  }
  if (!detail) return;
  console.log('\nPer rule (precision; expected spans it found):');
  for (const [rule, v] of [...f.byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${rule.padEnd(36)} P ${pct(v.p)}   found ${v.r.right}`);
  }
  console.log('\nDocument findings per rule:');
  for (const [rule, v] of f.byDocumentRule) console.log(`  ${rule.padEnd(36)} P ${pct(v.p)}   R ${pct(v.r)}`);
}

/** Where a span is, as "line:column", and the line it sits in, for reading the lists below. */
function place(doc: DocumentResult, start: number): string {
  const { line, column } = lineColumnMap(doc.text)(start);
  return `${doc.id}:${line}:${column}`;
}
const excerpt = (text: string, start: number, end: number) =>
  `…${text.slice(Math.max(0, start - 50), start)}[${text.slice(start, end)}]${text.slice(end, end + 50)}…`.replace(/\s+/g, ' ');

function printLists(results: DocumentResult[]): void {
  console.log('\nTraps flagged:');
  for (const doc of results) {
    for (const t of doc.traps) {
      for (const f of t.flaggedBy) console.log(`  ${place(doc, f.start)} ${f.ruleId} "${f.text}" on ${t.label} trap "${t.text}"`);
    }
  }
  console.log('\nMissed (expected, not found):');
  for (const doc of results) {
    for (const e of doc.expected) {
      if (e.found.length === 0) console.log(`  ${place(doc, e.start)} ${e.category} ${excerpt(doc.text, e.start, e.end)}`);
    }
  }
  console.log('\nUnjudged findings (neither expected nor a trap: read them, then annotate the corpus or fix the rule):');
  for (const doc of results) {
    for (const j of doc.judged) {
      if (!j.expected && !j.trap) console.log(`  ${place(doc, j.finding.start)} ${j.finding.ruleId} ${excerpt(doc.text, j.finding.start, j.finding.end)}`);
    }
  }
  console.log('\nDocument findings that differ from the annotation:');
  for (const doc of results) {
    if (doc.kind !== 'advert') continue;
    const extra = doc.document.filter((d) => !doc.expectedDocument.includes(d));
    const missing = doc.expectedDocument.filter((d) => !doc.document.includes(d));
    if (extra.length + missing.length > 0) console.log(`  ${doc.id}: extra [${extra.join(', ')}] missing [${missing.join(', ')}]`);
  }
}

function main(argv: string[]): void {
  const showHeldOut = argv.includes('--show-held-out');
  const onlyTuned = argv.includes('--tuned');
  const at = argv.indexOf('--corpus');
  const root = at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]!) : CORPUS;
  console.log('Adverts and emails: the checker against the annotated corpus (tests/corpus, format in tests/corpus/CORPUS-ADVERTS.md).');
  console.log('A finding is right when it overlaps an expected span; "right category" also needs the same category.');
  const tuned = evaluateSlice('tuned', root);
  printFigures('Tuned slice (tests/corpus/adverts)', figures(tuned), true);
  printLists(tuned);
  const study = evaluateSlice('study', root);
  if (study.length > 0) {
    printFigures('Study slice (tests/corpus/study)', figures(study), true);
    printLists(study);
  }
  if (onlyTuned) return;
  const heldOut = evaluateSlice('held-out', root);
  if (heldOut.length === 0) {
    console.log('\nHeld-out slice: none found (tests/corpus/held-out).');
    return;
  }
  printFigures('Held-out slice (tests/corpus/held-out)', figures(heldOut), showHeldOut);
  if (showHeldOut) printLists(heldOut);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main(process.argv.slice(2));
