import type { Token } from '../engine/tokenize';
import type { Sentence } from './layout';
import { type FormStarts, findPlainWords } from './words';

/** A plain-English problem at one place. `vars` fill the rule's message. */
export interface PlainHit {
  /** The rule in wordlists/plain-english.json. */
  ruleId: 'plain-words' | 'long-sentence' | 'very-long-sentence' | 'passive-duty' | 'stacked-acronyms';
  start: number;
  end: number;
  vars: Record<string, string>;
  /** Plain words to put in its place, best first, and the key of the source listing them (plain-words only). */
  alternatives?: string[];
  source?: string;
}

/** GOV.UK's limit, and where most readers lose the thread. */
export const LONG_SENTENCE = 25;
export const VERY_LONG_SENTENCE = 35;

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words before "be" that belong to the same verb ("will be sent", "are to be kept"). */
const AUXILIARY = new Set(['will', 'must', 'should', 'shall', 'can', 'may', 'might', 'could', 'would', 'to', 'need', 'needs']);
/** Past participles that do not end in -ed. */
const IRREGULAR = new Set([
  'done', 'made', 'given', 'taken', 'kept', 'sent', 'held', 'run', 'seen', 'met', 'set', 'put', 'led', 'brought', 'bought',
  'built', 'chosen', 'written', 'taught', 'told', 'undertaken', 'known', 'shown', 'drawn', 'found', 'left', 'read', 'spent',
  'begun', 'driven', 'overseen', 'sought', 'dealt', 'heard', 'sold', 'fed', 'withdrawn', 'forgotten', 'thought', 'won',
]);
/** Participles that after "be" describe a state, not an action someone does ("the practice is based in Leeds"). */
const STATE = new Set([
  'based', 'located', 'situated', 'qualified', 'registered', 'experienced', 'skilled', 'interested', 'committed', 'motivated',
  'dedicated', 'organised', 'organized', 'detailed', 'talented', 'involved', 'used', 'varied', 'mixed', 'advanced', 'fixed',
  'split', 'spread', 'established', 'aimed', 'designed', 'intended', 'needed', 'related', 'limited', 'pleased', 'delighted',
  'excited', 'concerned', 'entitled', 'allowed', 'supposed', 'licensed', 'accredited', 'rated', 'known', 'closed', 'shared',
  'valued', 'proud', 'linked', 'connected', 'attached', 'co-located', 'embedded', 'funded', 'contracted',
]);
/** "X is expected to do Y": the doer is X; "8 sessions a week are expected": a condition of the job, not a task. */
const RAISING = new Set(['expected', 'required', 'asked', 'encouraged', 'invited', 'needed']);
/** Subjects that name the doer: the reader or the employer. */
const PEOPLE = new Set(['you', 'we', 'i', 'your', 'our']);

const isParticiple = (norm: string) => IRREGULAR.has(norm) || (norm.length > 4 && norm.endsWith('ed'));

/** How far into a duty its main verb can be: "Patient records are to be kept" (the subject is the task). */
const MAIN_VERB_WITHIN = 6;
/**
 * Words that open a clause inside the sentence: a passive after them is not the duty's own verb. The
 * verbs of making sure take a clause with or without "that" ("Ensure records are kept", "making sure
 * consent has been given"): the duty is the ensuring, and its doer is the reader.
 */
const CLAUSE_OPENERS = new Set([
  'who', 'which', 'that', 'it', 'they', 'there', 'where', 'when', 'if', 'so',
  'ensure', 'ensures', 'ensuring', 'sure', 'confirm', 'confirms', 'confirming', 'verify', 'verifies', 'verifying',
]);

/** How far a sentence's line is read for a bullet before it or more prose after it. */
const LINE_WINDOW = 300;

/**
 * Whether a sentence is a line of its own (a list item, with a bullet or without): nothing but a
 * bullet before it on its line and nothing but punctuation after it. A sentence inside a paragraph
 * ("The unit has 24 beds. The latest technology is used ...") is not.
 */
function standsAlone(text: string, s: Sentence): boolean {
  for (let i = s.start - 1; i >= 0 && i >= s.start - LINE_WINDOW; i--) {
    const c = text.charAt(i);
    if (c === '\n') break;
    if (!/[\s\-–•*·>\d.)]/.test(c)) return false;
  }
  for (let i = s.end; i < text.length && i < s.end + LINE_WINDOW; i++) {
    const c = text.charAt(i);
    if (c === '\n') return true;
    if (!/[\s.;:!?,)]/.test(c)) return false;
  }
  return true;
}

/**
 * A passive verb with no doer in a duty: "records are to be kept", "referrals must be sent". A plain
 * "is"/"are" passive inside a paragraph describes the service ("The latest technology is used to
 * support care"); as a line of its own it is a duty ("- Fridge temperatures are recorded daily").
 */
function findPassiveDuty(text: string, tokens: Token[], s: Sentence): [number, number] | null {
  for (let k = s.first; k < Math.min(s.last, s.first + MAIN_VERB_WITHIN); k++) {
    if (CLAUSE_OPENERS.has(tokens[k]!.norm)) return null;
    if (!BE.has(tokens[k]!.norm)) continue;
    let p = k + 1;
    if (p < s.last && (tokens[p]!.norm.endsWith('ly') || tokens[p]!.norm === 'not' || tokens[p]!.norm === 'then')) p++;
    const participle = tokens[p];
    if (!participle || p >= s.last || !isParticiple(participle.norm) || STATE.has(participle.norm)) continue;
    if (RAISING.has(participle.norm)) continue;
    let named = false;
    for (let j = s.first; j < k && !named; j++) named = PEOPLE.has(tokens[j]!.norm);
    for (let j = p + 1; j < s.last && !named; j++) named = tokens[j]!.norm === 'by';
    if (named) continue;
    let from = k;
    while (from > s.first && AUXILIARY.has(tokens[from - 1]!.norm)) from--;
    if (from > s.first && (tokens[from - 1]!.norm === 'are' || tokens[from - 1]!.norm === 'is') && tokens[from]!.norm === 'to') from--;
    if (from === k && !standsAlone(text, s)) return null;
    return [tokens[from]!.start, participle.end];
  }
  return null;
}

/** Three or more abbreviations within this many words, or two side by side, are a stack. */
const STACK_WINDOW = 8;

/** Side by side: only spaces, a slash or an ampersand between them ("PCN ARRS", "MDT/SMT"), not "IR(ME)R". */
function sideBySide(text: string, a: Token, b: Token): boolean {
  return /^[\s/&]+$/.test(text.slice(a.end, b.start));
}

/**
 * How many different abbreviations at[i..j] holds, a plural as its singular: one repeated in a list of
 * names ("Wiltshire PCT, Mendip PCT and South Gloucestershire PCT") is one to learn, not a stack.
 */
function distinctAbbreviations(text: string, tokens: Token[], at: readonly number[], i: number, j: number): number {
  const seen = new Set<string>();
  for (let n = i; n <= j; n++) {
    const t = tokens[at[n]!]!;
    const word = text.slice(t.start, t.end);
    seen.add(word.endsWith('s') ? word.slice(0, word.endsWith("'s") || word.endsWith('’s') ? -2 : -1) : word);
  }
  return seen.size;
}

/** Abbreviations close together: "PCN ARRS team", "the ICB, LMC and CQC". `abbreviations` are token indexes. */
function findStackedAcronyms(text: string, tokens: Token[], s: Sentence, abbreviations: ReadonlySet<number>): PlainHit | null {
  const at: number[] = [];
  for (let k = s.first; k < s.last; k++) if (abbreviations.has(k)) at.push(k);
  for (let i = 0; i + 1 < at.length; i++) {
    let j = i + 1;
    while (j + 1 < at.length && at[j + 1]! - at[i]! < STACK_WINDOW) j++;
    const adjacent = at[i + 1]! - at[i]! === 1 && sideBySide(text, tokens[at[i]!]!, tokens[at[i + 1]!]!);
    if ((j - i + 1 >= 3 && distinctAbbreviations(text, tokens, at, i, j) >= 3) || adjacent) {
      const cluster = at.slice(i, adjacent && j - i + 1 < 3 ? i + 2 : j + 1);
      const first = tokens[cluster[0]!]!;
      const last = tokens[cluster[cluster.length - 1]!]!;
      const names = cluster.map((k) => `“${text.slice(tokens[k]!.start, tokens[k]!.end)}”`);
      return {
        ruleId: 'stacked-acronyms',
        start: first.start,
        end: last.end,
        vars: { count: String(cluster.length), acronyms: names.join(', ') },
      };
    }
  }
  return null;
}

export interface CheckOptions {
  /** Tokens that are abbreviations an applicant may not know, as the acronym rule finds them (not NHS, GP, UK). */
  abbreviations: ReadonlySet<number>;
  /** The tokens that may start a formal word's form (words.ts formStartsIn). */
  formStarts: FormStarts;
  /** The rules switched on (all when left out): a sentence whose first problem is switched off is checked for the next. */
  rules?: ReadonlySet<PlainHit['ruleId']>;
}

/** The length rule a sentence of this many words breaks, if any. */
function lengthRule(words: number, on: (id: PlainHit['ruleId']) => boolean): PlainHit['ruleId'] | null {
  if (words > VERY_LONG_SENTENCE && on('very-long-sentence')) return 'very-long-sentence';
  if (words > LONG_SENTENCE && on('long-sentence')) return 'long-sentence';
  return null;
}

/**
 * The plain-English checks, sentence by sentence, keeping at most one finding per sentence: a long
 * sentence first (the fix for it often fixes the rest), then a passive duty, a formal word, and
 * stacked abbreviations.
 */
export function checkSentences(text: string, tokens: Token[], sentences: Sentence[], options: CheckOptions): PlainHit[] {
  const on = (id: PlainHit['ruleId']) => !options.rules || options.rules.has(id);
  const hits: PlainHit[] = [];
  for (const s of sentences) {
    if (s.heading || tokens[s.first]!.quoted) continue;
    const length = lengthRule(s.words, on);
    if (length) {
      hits.push({ ruleId: length, start: s.start, end: s.end, vars: { words: String(s.words) } });
      continue;
    }
    const passive = s.duty && on('passive-duty') ? findPassiveDuty(text, tokens, s) : null;
    if (passive) {
      hits.push({ ruleId: 'passive-duty', start: passive[0], end: passive[1], vars: {} });
      continue;
    }
    const word = on('plain-words') ? findPlainWords(tokens, s.first, s.last, options.formStarts) : null;
    if (word) {
      hits.push({ ruleId: 'plain-words', ...word });
      continue;
    }
    const stack = on('stacked-acronyms') ? findStackedAcronyms(text, tokens, s, options.abbreviations) : null;
    if (stack) hits.push(stack);
  }
  return hits;
}
