import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { matchSpans } from './match-spans';
import type { Span } from './span';
import { charTest, leadingLength, trailingLength } from './trim-chars';
import { WRITER_IS } from './writer-is';

/**
 * "As a Black woman", "I am a young man", "I was only a little girl", "as a British Bangladeshi woman", "I am a quiet,
 * hard-working and ever smiling girl": the writer's gender after up to six words that describe them, and only the word
 * that says it. A preposition, an article, a number or a possessive starts someone else: "as a carer for an elderly man",
 * "as a support worker helping one disabled man", "looking after one elderly gentleman" ("ever smiling" still describes).
 */
/** Also a word built on "woman" or "man" that names no post ("As a sportswoman", "being a businessman"; a chairman is a role, which stays). */
const AS_A = new RegExp(
  String.raw`\b${WRITER_IS}\s+(?:(?:only|just|still|merely)[ \t]+)?an?\s+(?:(?:\p{Lu}[\p{L}-]*|(?!(?:for|of|to|with|from|by|in|on|at|after|about|towards?|alongside|one|two|an?|the|my|our|his|her|their|who|whose|that|as)[ \t,])\p{Ll}[\p{Ll}-]*(?:[ \t]*,)?)[ \t]+){0,6}((?:sports|business|horse)?(?:woman|man)|female|male|lady|gentleman|girl|boy)\b(?![ \t]+(?:guide|guides|scout|scouts|brigade|band|group|racer))`,
  'gu',
);
/** "I was the only male nurse", "as one of the few women": the writer set apart by their sex, and only the word that says it. */
const ONLY_ONE = new RegExp(String.raw`\b${WRITER_IS}[ \t]+(?:one[ \t]+of[ \t]+)?(?:the|an?)[ \t]+(?:only|first|sole|few)[ \t]+(male|female|man|woman|men|women)\b`, 'g');
/** "I am non-binary", "as a trans woman", "being intersex": a gender identity the writer states, and the man or woman it describes, maybe
 * after up to two words of who the writer is ("as a disabled trans woman", "As a Black British trans man"). */
const IDENTITY =
  /\b(?:[Aa]s|I am|I'm|I’m|[Bb]eing)[ \t]+(?:an?[ \t]+)?(?:(?:openly|proudly|out|young|older|disabled|deaf|black|white|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+){0,2}((?:trans|transgender|non-binary|nonbinary|genderqueer|genderfluid|gender-fluid|agender|intersex)(?:[ \t]+(?:man|woman|person))?)\b/g;
/** "and came out at work in 2019", "I came out as trans": coming out, where and when; as gay or bisexual it tells orientation (group 2). */
const CAME_OUT = /\b(?:I|and)[ \t]+(came[ \t]+out(?![ \t]+of\b)(?:[ \t]+as[ \t]+(?:trans|non-binary|nonbinary|(gay|lesbian|bisexual|bi|queer|pansexual|asexual))\b)?(?:[ \t]+(?:at[ \t]+work|to[ \t]+(?:my[ \t]+)?(?:colleagues|family|team)))?(?:[ \t]+in[ \t]+\d{4})?)/g;
/** "my transition", "I transitioned in 2015", a Gender Recognition Certificate. */
const TRANSITION = /\b(?:my[ \t]+(?:gender[ \t]+)?transition\b|I[ \t]+transitioned(?:[ \t]+in[ \t]+\d{4})?(?=[ \t]*[.,;]|[ \t]+(?:and|in)\b)|[Gg]ender[ \t]+[Rr]ecognition[ \t]+[Cc]ertificate)/g;
/**
 * A set of pronouns: a subject and its object ("she/her", "he/him/his"), or a subject with "they" ("she/they", "they/he"); a
 * subject with the other sex's ("he/she") says no one's gender.
 */
const PRONOUN_SET = String.raw`(?:(?:she|he|they|ze|xe)\/(?:her|him|them|hir|zir|xem)(?:\/(?:hers|his|theirs))?|(?:she|he)\/they|they\/(?:she|he))`;
/** The same pronouns in the writer's other language, in brackets after them: "she/her (ella)", "he/him (il)". */
const GLOSS = String.raw`(?:[ \t]+\(\p{Ll}{2,12}\))?`;
/** "Pronouns: they/them", "my pronouns are she/they", "I use he/him": the pronouns (a label stays, as "Gender:" does). */
const PRONOUNS = new RegExp(String.raw`\b(?:[Pp]ronouns|[Mm]y[ \t]+pronouns[ \t]+are|I[ \t]+(?:use|go[ \t]+by))[ \t]*(?:[:\-–][ \t]*)?\(?(${PRONOUN_SET}\b${GLOSS})`, 'gu');
/**
 * Pronouns that fill a field of their own, as a name's line or a header sets them after a comma, a bar or a dot: "Sam Patel,
 * she/her", "Band 6 | he/him", "she/they" alone on a line (spaces only between the mark and the set, so no two parts of
 * the expression can take the same tab). A set in running prose is someone else's ("ask whether they use he/him").
 */
const FIELD_PRONOUNS = new RegExp(String.raw`(?<=(?:^|[\t|•·,])[ ]{0,8})${PRONOUN_SET}${GLOSS}(?=[ ]{0,8}(?:[\t|•·\r\n]|$))`, 'gimu');
/** The blanks and field marks between two pronoun sets in a row of options ("she/her, he/him, they/them", "| she/her | he/him"). */
const FIELD_GAP = charTest(' \t|•·,;');
const SET_OPENS = new RegExp(`^${PRONOUN_SET}`, 'iu');
const SET_ENDS = new RegExp(`${PRONOUN_SET}$`, 'iu');

/** Whether another pronoun set sits in the field before or after: a list of options on a form, no one's own pronouns. */
function besideAnotherSet(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 40), start);
  return SET_OPENS.test(after.slice(leadingLength(after, FIELD_GAP))) || SET_ENDS.test(before.slice(0, before.length - trailingLength(before, FIELD_GAP)));
}
/** Pronouns in brackets, as a name or a signature carries them without a label: "Kwame Mensah (he/him)". */
const BRACKETED_PRONOUNS = new RegExp(String.raw`(?<=\()${PRONOUN_SET}(?=\))`, 'gi');
/** Staff networks for gender identity: "Trans and Non-Binary Staff Network". */
const NETWORK = /\b(?:Trans|Transgender|Non-Binary|Nonbinary|Gender[ \t]+Identity)(?:[ \t]+(?:and|&|\+)[ \t]+(?:Non-Binary|Nonbinary|Trans|Gender[ \t]+Diverse))?[ \t]+(?:Staff[ \t]+)?(?:Network|Forum|Group|Alliance)\b/g;
/** A gendered title in brackets after a name, in English or another language that is no English word: "TRAN VAN MINH (Mr)", "AYE AYE THEIN (DAW)". */
const BRACKETED_TITLE = /\((?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS|MISS|Daw|DAW|Smt|SMT|Shri|Sra|Srta|Herr|Frau|Mme|Mlle|Pani)\.?\)/g;

/**
 * A sex alone on a line or in a cell of personal details, as a form or a job site's export prints it: "Female", "| Male |",
 * "Мужчина", "Masculino", "Homme", "Kobieta".
 */
const SEX_CELL =
  /(?<=(?:^|[\t|•·])[ \t]{0,8})(?:Male|Female|MALE|FEMALE|Мужчина|Женщина|Чоловік|Жінка|Masculino|Femenino|Feminino|Homme|Femme|Männlich|Weiblich|Mężczyzna|Kobieta|Erkek|Kadın|Laki-laki|Perempuan)(?=[ \t]{0,8}(?:[\t|•·\n]|$))/gmu;

/** A gendered title alone in a cell or on a line, as a form's title column leaves it: "Title<tab>Ms", "| Mrs |". */
const TITLE_CELL = /(?<=(?:^|[\t|])[ \t]{0,8})(?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS|MISS)\.?(?=[ \t]{0,8}(?:[\t|\n]|$))/gm;

/** Both sexes on one line are categories ("Wards worked:<tab>Male<tab>Female"), not the writer's. */
const MALE_CELL = /\b(?:Male|MALE)\b|Мужчина|Чоловік|Masculino|Homme|Männlich|Mężczyzna|Erkek|Laki-laki/u;
const FEMALE_CELL = /\b(?:Female|FEMALE)\b|Женщина|Жінка|Femenino|Feminino|Femme|Weiblich|Kobieta|Kadın|Perempuan/u;
/** A label alone in the cell before ("Wards worked:<tab>") says what the cells are; only a sex's label makes them the writer's. */
const SEX_LABEL = /\b(?:sex|gender)\b|пол|стать|sexo|sexe|geschlecht|płeć|cinsiyet|kelamin/iu;

/** Whether a sex alone in a cell is the writer's: not one of a list of categories on its line. */
function writersSex(text: string, start: number): boolean {
  // A form's line is short: reading at most 200 characters either side keeps a long run of cells linear.
  const from = lineStart(text, start, 200);
  const after = text.slice(start, start + 200);
  const line = text.slice(from, start) + after.slice(0, after.includes('\n') ? after.indexOf('\n') : after.length);
  if (MALE_CELL.test(line) && FEMALE_CELL.test(line)) return false;
  const cellBefore = text.slice(from, start).split(/[\t|•·]/).map((cell) => cell.trim()).filter(Boolean).at(-1) ?? '';
  return !cellBefore.endsWith(':') || SEX_LABEL.test(cellBefore);
}

/** Gender and gender identity the writer states about themselves, and a gendered title standing apart from the name. */
export function findGender(text: string): Span[] {
  const spans = matchSpans(text, 'gender', [TRANSITION, NETWORK, BRACKETED_PRONOUNS], [AS_A, ONLY_ONE, IDENTITY, PRONOUNS]);
  for (const m of matchAll(text, FIELD_PRONOUNS)) if (!besideAnotherSet(text, m.index, m.index + m[0].length)) spans.push(makeSpan('gender', m.index, m.index + m[0].length));
  for (const m of matchAll(text, SEX_CELL)) if (writersSex(text, m.index)) spans.push(makeSpan('gender', m.index, m.index + m[0].length));
  for (const m of matchAll(text, CAME_OUT)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(makeSpan(m[2] ? 'sexual-orientation' : 'gender', start, m.index + m[0].length));
  }
  for (const m of matchAll(text, BRACKETED_TITLE)) spans.push(makeSpan('title', m.index + 1, m.index + m[0].length - 1));
  for (const m of matchAll(text, TITLE_CELL)) spans.push(makeSpan('title', m.index, m.index + m[0].length));
  return spans;
}
