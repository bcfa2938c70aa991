import { matchAll } from './match-all';

/**
 * A reference, or a profile written in the third person, tells the candidate's details as "she"
 * and "her" where a statement says "I" and "my": "She cares for her elderly father", "He is a
 * devout Sikh". The recognisers of personal details read the writer's own words; so such a text is
 * given to them once more with the candidate's pronouns read as the writer's, at the same offsets
 * ("She cares for her father" is read as "I   care  for my  father"), and what they find there is
 * the candidate's.
 */

/** Words that make a text a reference: who writes it and why (not a CV's "References" heading). */
const REFERENCE =
  /\b(?:to whom it may concern|I have known (?:her|him)|I am (?:pleased|happy|delighted|glad) to (?:recommend|support|provide|write|give)|recommend (?:her|him) (?:without|highly|wholeheartedly|for|to)|(?:her|his) (?:line manager|manager|supervisor|clinical supervisor|educational supervisor|practice educator|mentor|preceptor)|(?:a|this) reference for|in my capacity as)\b/i;
/** The pronoun with a capital; it opens a sentence when only blanks stand between it and a full stop, a line break or the start (read in code). */
const CAPITALISED = /\b(?:She|He)\b/g;
/** Blanks read back before the pronoun, at most. */
const MAX_BLANKS = 10;

/** Whether the word at `at` opens a sentence: after blanks, the start, a line break or a full stop. */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < MAX_BLANKS && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || /[.!?\n]/.test(text[i - 1]!);
}
/** The writer as a subject anywhere: a profile in the third person has none. */
const WRITER = /(?<![\p{L}'’])I(?:['’](?:m|ve|d))?(?![\p{L}'’])/u;
/** A reference or a profile says this many sentences of the candidate at least. */
const MIN_OPENINGS = 2;

/** The writer's word for each of the candidate's, of the same length (blanks pad it). */
const AS_WRITER: Record<string, string> = {
  she: 'I  ',
  he: 'I ',
  her: 'my ',
  his: 'my ',
  him: 'me ',
  hers: 'mine',
  herself: 'myself ',
  himself: 'myself ',
  "she's": "I'm  ",
  "he's": "I'm ",
};
/** The verb after "she" or "he", made the writer's at the same length: "has" → "had" (what was had is what matters), "is" → "am". */
const VERB_AS_WRITER: Record<string, string> = { is: 'am', has: 'had', does: 'do ', "isn't": "amn't" };
/** The candidate's pronouns, "she" and "he" with the word after them (their verb). */
const PRONOUNS = {
  she: /\b(?:([Ss]he)([ \t]+)([a-z]+)\b|(?:[Ss]he['’]s|[Ss]he|[Hh]erself|[Hh]ers|[Hh]er)\b)/g,
  he: /\b(?:([Hh]e)([ \t]+)([a-z]+)\b|(?:[Hh]e['’]s|[Hh]e|[Hh]imself|[Hh]is|[Hh]im)\b)/g,
};

/** A present-tense verb made the writer's, at the same length: "is" → "am", "cares" → "care ". */
function verbAsWriter(verb: string): string {
  const irregular = VERB_AS_WRITER[verb];
  if (irregular) return irregular;
  return /^[a-z]{2,}[^s]s$/.test(verb) ? `${verb.slice(0, -1)} ` : verb;
}

/** A possessive or object pronoun as the writer's, in the case it was written in. */
function pronounAsWriter(word: string): string {
  const mine = AS_WRITER[word.toLowerCase().replace('’', "'")]!;
  return /^\p{Lu}/u.test(word) && !mine.startsWith('I') ? mine[0]!.toUpperCase() + mine.slice(1) : mine;
}

/**
 * The text with the candidate's pronouns read as the writer's, or null when it is not written
 * about the candidate in the third person: it must say "She" (or "He") at the start of two
 * sentences at least, and read as a reference or have no "I" at all. Only the pronoun opening most
 * sentences is read so ("she" in a reference about him is someone else).
 */
export function asWriter(text: string): string | null {
  let she = 0;
  let he = 0;
  for (const m of matchAll(text, CAPITALISED)) {
    if (!opensSentence(text, m.index)) continue;
    if (m[0] === 'She') she++;
    else he++;
  }
  if (Math.max(she, he) < MIN_OPENINGS || (!REFERENCE.test(text) && WRITER.test(text))) return null;
  return text.replace(she >= he ? PRONOUNS.she : PRONOUNS.he, (word: string, subject?: string, blank?: string, verb?: string) =>
    subject ? `${pronounAsWriter(subject)}${blank}${verbAsWriter(verb!)}` : pronounAsWriter(word),
  );
}
