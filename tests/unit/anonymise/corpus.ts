import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import demonymData from '../../../lib/anonymise/data/demonyms.json';
import notNameData from '../../../lib/anonymise/data/not-names.json';
import { type AnonymiseOptionsInput, type AnonymisedDocument, anonymise } from '../../../lib/anonymise/index';

/** The corpus format (tests/corpus/CORPUS-CVS.md): tests/corpus/cvs and tests/corpus/cvs-held-out. */
export const IDENTIFIER_TYPES = [
  'email',
  'phone',
  'postcode',
  'address',
  'url',
  'handle',
  'nhs-number',
  'ni-number',
  'registration-number',
  'date-of-birth',
  'age',
  'gender',
  'title',
  'nationality',
  'ethnicity',
  'religion',
  'family',
  'immigration-status',
  'place-of-birth',
  'health',
  'sexual-orientation',
  'trade-union',
  'other',
] as const;
export const annotationSchema = z.strictObject({
  note: z.string().optional(),
  names: z.array(z.string().min(1)),
  identifiers: z.array(z.object({ type: z.enum(IDENTIFIER_TYPES), text: z.string().min(1) })),
  keep: z.array(z.string().min(1)),
});
export type Annotation = z.infer<typeof annotationSchema>;

/** The first corpus (tests/fixtures/cvs), read into the same shape. */
const fixtureSchema = z.strictObject({
  names: z.array(z.string().min(1)),
  emails: z.array(z.string().min(1)),
  phones: z.array(z.string().min(1)),
  postcodes: z.array(z.string().min(1)),
  /** NHS, NI and registration numbers. */
  identifiers: z.array(z.string().min(1)),
  /** Addresses, URLs, dates of birth, religion, family, immigration status… */
  sensitive: z.array(z.string().min(1)).default([]),
  keep: z.array(z.string().min(1)),
});

export function readAnnotation(json: unknown): Annotation {
  const current = annotationSchema.safeParse(json);
  if (current.success) return current.data;
  const old = fixtureSchema.parse(json);
  return {
    names: old.names,
    identifiers: [
      ...old.emails.map((text) => ({ type: 'email' as const, text })),
      ...old.phones.map((text) => ({ type: 'phone' as const, text })),
      ...old.postcodes.map((text) => ({ type: 'postcode' as const, text })),
      ...old.identifiers.map((text) => ({ type: 'other' as const, text })),
      ...old.sensitive.map((text) => ({ type: 'other' as const, text })),
    ],
    keep: old.keep,
  };
}

export interface TypeFigures {
  total: number;
  leaked: number;
}

export interface CorpusFigures {
  documents: number;
  /** Annotated name occurrences whose every word was redacted. */
  namesFound: number;
  namesTotal: number;
  nameRecall: number;
  /** Identifier occurrences per type, and how many left a word in the output. */
  byType: Record<string, TypeFigures>;
  /** "file: type text" for every identifier occurrence not wholly removed. */
  leaks: string[];
  /** "file: name" for each name occurrence that survived, even in part. */
  namesMissed: string[];
  keepTotal: number;
  keepKept: number;
  keepRate: number;
  /** "file: term" for each keep term no longer in the output. */
  keepMissing: string[];
  /** Share of the other words (content words outside annotated items) that the anonymiser removed or rewrote. */
  otherWordsRemovedRate: number;
  /** Words removed that no annotation covers: "file: word". */
  otherWordsRemoved: string[];
}

/** The words of an identifier: letters and digits. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
/** The words of the text counted as "other words": letters only (years in education are removed on purpose). */
const TEXT_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const TITLES = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Prof', 'Professor', 'Sister']);
/**
 * Words of an annotated item that never count as leaked, whatever the annotation spans, because
 * they carry no personal detail themselves: English function words (pronouns, determiners,
 * prepositions, conjunctions, auxiliary and modal verbs, negation) and the label words that name
 * a field or frame a statement ("Marital status: [MARITAL STATUS]", "I was born in [PLACE OF
 * ORIGIN]", "aged [AGE]"). An annotation may span a whole clause ("I have two children and a
 * supportive husband"); the content words in it must still all go. Compared in lower case.
 */
const FUNCTION_WORDS = new Set(
  [
    // pronouns and determiners
    'i', "i'm", 'im', "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'you', 'your', 'it', 'its', 'they', 'them', 'their',
    'he', 'him', 'his', 'she', 'her', 'hers', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'a', 'an', 'the', 'some', 'any', 'each', 'every',
    // prepositions
    'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'of', 'about', 'as', 'into', 'onto', 'through', 'after', 'before', 'since', 'until', 'during', 'under', 'over', 'between', 'within', 'without', 'near', 'up',
    // conjunctions
    'and', 'or', 'but', 'so', 'because', 'while', 'although', 'though', 'if', 'when', 'where', 'nor', 'yet', 'than',
    // auxiliary and modal verbs, negation
    'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', "don't", "doesn't", "didn't",
    'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'not', 'no',
    // label words: the name of a field or the frame of a statement, never the detail
    'status', 'name', 'gender', 'sex', 'title', 'religion', 'belief', 'nationality', 'ethnicity', 'ethnic', 'origin', 'marital', 'civil', 'age', 'aged', 'born', 'date', 'birth', 'place', 'address', 'sexual', 'orientation', 'height', 'weight', 'pronouns',
    // frame words of where someone lives or comes from, as "born" is: "I live with [FAMILY]", "raised in [PLACE OF ORIGIN]", "a proud [PLACE OF ORIGIN]"
    'live', 'lives', 'lived', 'living', 'grew', 'raised', 'bred', 'brought', 'there', 'here', 'originally', 'proud',
    // the register or platform that labels a number or a handle, or the way to use a number, which a panel may need
    // and which names no one: "GMC [REGISTRATION NUMBER]", "licence no. [REGISTRATION NUMBER]", "Teams: [URL]",
    // "[PHONE] (text or WhatsApp)"
    'gmc', 'nmc', 'gphc', 'gdc', 'hcpc', 'goc', 'niscc', 'sssc', 'ccp', 'swe', 'nrpsi', 'sia', 'ahcs', 'rccp', 'chi', 'licence', 'license', 'registration', 'reg', 'number', 'reference', 'pin',
    'teams', 'instagram', 'skype', 'zoom', 'line', 'whatsapp', 'signal', 'viber', 'wechat', 'telegram', 'facebook', 'messenger', 'text', 'sms', 'call', 'mobile', 'tel', 'phone',
  ],
);
const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word.toLowerCase().replace(/’/g, "'"));
/**
 * Beside a registration number, the register's letters in capitals ("CORU", "COREN-MG", "AAPT") and "member" or "membership"
 * label it, as "GMC" does: a panel may need the register, which names no one; the number is the detail.
 */
const REGISTER_LETTERS = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
const isRegisterLabel = (word: string) => REGISTER_LETTERS.test(word) || /^member(?:ship)?$/i.test(word);
/** One or two capitals standing before a number's digits: a code's own letters ("D 18342", "ZR 4182266"), which only a word may label. */
const CODE_LETTERS = /^\p{Lu}{1,2}$/u;
/** Two capitals that name a field, not a code's letters: "ID 40213", "NI: …". */
const FIELD_LETTERS = new Set(['ID', 'NI', 'NO']);
/** The kinds of identifier whose detail is a number or a code: the words before it are the field's label. */
const NUMBER_KINDS = new Set(['other', 'registration-number', 'nhs-number', 'ni-number']);
/** Words that tell where a number comes from, never a label: "Egyptian national ID", "Passport (Peru)". */
const ORIGIN_WORDS = new Set([...demonymData.demonyms, ...demonymData.regional, ...notNameData.countries, ...notNameData.groups.places].map((word) => word.toLowerCase()));
/**
 * Where the label of a number ends: an identifier of a number's kind that is up to four words and then the number's groups
 * alone ("Staff no. 30187745", "Sort code: 07-04-36", "ORCID 0000-…", "Update Service ID: C7U9045521") names its field with
 * those words, as "GMC" or "registration number" do, and they name no one; the number is the detail, with any of the code's
 * own letters before its digits ("GOC D 18342": "D" is the register's prefix, no label). A word of where the
 * number comes from ("Egyptian national ID") is the detail too, so no label is read there. 0 when there is none.
 */
function numberLabelEnd(kind: string, value: string): number {
  if (!NUMBER_KINDS.has(kind)) return 0;
  const words = [...value.matchAll(WORD)];
  const digits = words.findIndex((w) => /\p{N}/u.test(w[0]));
  // A label of a few words, then nothing but the number's groups: "I left school at 11 when…" is no field.
  if (digits < 1 || digits > 4 || !words.slice(digits).every((w) => /\p{N}/u.test(w[0]))) return 0;
  // The code's own letters before its digits are the number's, not its label: "D 18342", "BRP ZR 4182266", "RN/J 22871".
  let first = digits;
  while (first > 0 && CODE_LETTERS.test(words[first - 1]![0]) && !FIELD_LETTERS.has(words[first - 1]![0])) first--;
  if (first < 1) return 0;
  if (words.slice(0, first).some((w) => ORIGIN_WORDS.has(w[0].toLowerCase()))) return 0;
  const last = words[first - 1]!;
  return last.index + last[0].length;
}
/** "DOB", "D.O.B." and "d.o.b": the label "date of birth" abbreviated, never the detail (its letters are not words). */
const DOB_LABEL = /\bd\.?o\.?b\b\.?/giu;
const inDobLabel = (value: string, index: number) => [...value.matchAll(DOB_LABEL)].some((m) => m.index <= index && index < m.index + m[0].length);
/** Pronouns are rewritten, not removed: not counted as other words removed. */
const PRONOUNS = /^(?:he|she|him|his|her|hers|himself|herself|he's|she's)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where each redaction sat in the original text (the result records placeholder offsets). */
function originalRanges(doc: AnonymisedDocument): [number, number][] {
  let shift = 0;
  return doc.redactions.map((r) => {
    const start = r.start - shift;
    shift += r.end - r.start - r.original.length;
    return [start, start + r.original.length];
  });
}

interface Occurrence {
  kind: string;
  value: string;
  start: number;
  end: number;
}

/** Occurrences of each item (whole words, case-sensitive), longest first, never overlapping. */
function occurrences(text: string, items: { kind: string; value: string }[]): Occurrence[] {
  const taken: Occurrence[] = [];
  for (const item of [...items].sort((a, b) => b.value.length - a.value.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(item.value)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some((t) => t.start < end && start < t.end)) taken.push({ ...item, start, end });
    }
  }
  return taken;
}

/** The `.txt` documents of a folder, with their annotations. */
export function corpusDocuments(dir: string): { file: string; text: string; annotation: Annotation }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(join(dir, file), 'utf8'),
      annotation: readAnnotation(JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8'))),
    }));
}

/**
 * Runs the anonymiser over documents and measures, against their annotations: name recall (every
 * word of each name occurrence redacted; titles may stay), identifier leaks per type (an occurrence
 * leaks when any of its words is left, function and label words such as "I am", "born in" or "status" aside), keep terms kept,
 * and the share of other words removed.
 * Uses the library defaults (`options`), so the optional types (education, employers…) are kept.
 */
export function evaluate(documents: { file: string; text: string; annotation: Annotation }[], options: AnonymiseOptionsInput = {}): CorpusFigures {
  const figures: CorpusFigures = {
    documents: documents.length,
    namesFound: 0,
    namesTotal: 0,
    nameRecall: 1,
    byType: {},
    leaks: [],
    namesMissed: [],
    keepTotal: 0,
    keepKept: 0,
    keepRate: 1,
    keepMissing: [],
    otherWordsRemovedRate: 0,
    otherWordsRemoved: [],
  };
  let otherWords = 0;
  for (const { file, text, annotation } of documents) {
    const doc = anonymise(text, options);
    const ranges = originalRanges(doc);
    const covered = (start: number, end: number) => ranges.some(([s, e]) => s <= start && end <= e);
    const items = [...annotation.names.map((value) => ({ kind: 'name', value })), ...annotation.identifiers.map((i) => ({ kind: i.type, value: i.text }))];
    const found = occurrences(text, items);
    for (const item of items) {
      if (!text.includes(item.value)) throw new Error(`${file}: annotated ${item.kind} "${item.value}" is not in the text`);
    }
    // A gendered title belongs to the name after it ("Mrs Joanne Pritchard", "mr s. jeyakumar" in lower case): it is not an "other word".
    for (const occurrence of found) {
      const title = occurrence.kind === 'name' ? /(?<!\p{L})(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Mm]x)\.? $/u.exec(text.slice(Math.max(0, occurrence.start - 6), occurrence.start)) : null;
      if (title) occurrence.start -= title[0].length;
    }
    for (const occurrence of found) {
      const value = text.slice(occurrence.start, occurrence.end);
      const labelEnd = numberLabelEnd(occurrence.kind, value);
      const words = [...value.matchAll(WORD)].filter((w) =>
        occurrence.kind === 'name'
          ? !TITLES.has(w[0].charAt(0).toUpperCase() + w[0].slice(1))
          : !isFunctionWord(w[0]) && !inDobLabel(value, w.index) && !(occurrence.kind === 'registration-number' && isRegisterLabel(w[0])) && w.index >= labelEnd,
      );
      const left = words.filter((w) => !covered(occurrence.start + w.index, occurrence.start + w.index + w[0].length)).map((w) => w[0]);
      const removed = left.length === 0;
      if (occurrence.kind === 'name') {
        figures.namesTotal++;
        if (removed) figures.namesFound++;
        else figures.namesMissed.push(`${file}: ${occurrence.value} (at ${occurrence.start})`);
        continue;
      }
      const type = figures.byType[occurrence.kind] ?? { total: 0, leaked: 0 };
      figures.byType[occurrence.kind] = type;
      type.total++;
      if (!removed) {
        type.leaked++;
        figures.leaks.push(`${file}: ${occurrence.kind} "${occurrence.value}" (at ${occurrence.start}; left: ${left.join(' ')})`);
      }
    }
    for (const m of text.matchAll(TEXT_WORD)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end) || PRONOUNS.test(m[0]) || isFunctionWord(m[0])) continue;
      otherWords++;
      if (ranges.some(([s, e]) => s < end && start < e)) figures.otherWordsRemoved.push(`${file}: ${m[0]}`);
    }
    for (const term of annotation.keep) {
      if (!text.includes(term)) throw new Error(`${file}: keep term "${term}" is not in the text`);
      figures.keepTotal++;
      if (doc.text.includes(term)) figures.keepKept++;
      else figures.keepMissing.push(`${file}: ${term}`);
    }
  }
  figures.nameRecall = figures.namesTotal ? figures.namesFound / figures.namesTotal : 1;
  figures.keepRate = figures.keepTotal ? figures.keepKept / figures.keepTotal : 1;
  figures.otherWordsRemovedRate = otherWords ? figures.otherWordsRemoved.length / otherWords : 0;
  return figures;
}

/** The slices the eval reports and the targets test holds: the first corpus and the new tuned corpus. */
export const TUNED_SLICES = { fixtures: 'tests/fixtures/cvs', tuned: 'tests/corpus/cvs' } as const;
export const HELD_OUT_SLICE = 'tests/corpus/cvs-held-out';
