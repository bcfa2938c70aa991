import { matchAll } from './match-all';
import { makeSpan } from './make-span';
import { isGenderedTitle, nameLexicon } from './name-lexicon';
import type { Span } from './span';

/** Initials in a bracket straight after a name: "Rhiannon Prys-Jones (RPJ)". */
const BRACKET_AFTER = /^[ \t]{0,3}\((\p{Lu}[\p{Lu}\p{Ll}]{1,4})\)/u;
/** Initials opening a line before "=" or ":" and the name, as a log's key gives them: "GfD = Gwenllian ferch Dafydd". */
const KEY_BEFORE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}\p{Ll}]{1,4})[ \t]*[=:][ \t]*$/u;
/** A name's own initials in a bracket that the name's span already took: "Dil Bahadur GURUNG (DB)". */
const OWN_BRACKET = /[ \t]\((\p{Lu}[\p{Lu}\p{Ll}]{1,4})\)$/u;
/** A comment's mark in Word's tracked text before its author's name: "Comment [MB1]: Miriam Birnbaum". */
const COMMENT_BEFORE = /\[(\p{Lu}{2,4})\d{1,2}\]:[ \t]*$/u;
/** Any comment's mark, its author's initials and a number: "[MB3]". */
const COMMENT_MARK = /\[(\p{Lu}{2,4})\d{1,2}\]/gu;
/** A word of a name, its hyphenated pieces apart: each piece gives an initial ("Prys-Jones" gives P and J). */
const PIECE = /[\p{L}\p{M}'’]+/gu;

/** How far back a key before a name ("GfD = ") and on a bracket after it ("(RPJ)") are read. */
const DEFINED_BEFORE = 16;
const DEFINED_AFTER = 12;

/**
 * Whether initials fill their cell or line, as one signs a log's column ("03/10 | Airway | OT") or a field ("Signed: OT"): a
 * line's start, a bar, a tab or a colon before them, and a line's end, a bar or a tab after, blanks aside.
 */
function signs(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  let j = end;
  while (j < text.length && text[j] === ' ') j++;
  return (i === 0 || '\n|\t:'.includes(text[i - 1]!)) && (j === text.length || '\n\r|\t'.includes(text[j]!));
}

/** The initials a name's words give, titles aside: "Gwenllian ferch Dafydd" gives "GfD", compared in capitals. */
function initialsOf(name: string): string {
  let initials = '';
  for (const m of matchAll(name, PIECE)) {
    const piece = m[0];
    if (isGenderedTitle(piece) || nameLexicon.professionalTitles.has(piece)) continue;
    initials += piece.charAt(0);
  }
  return initials.toUpperCase();
}

/**
 * Initials the text defines for someone it names, in a bracket after the name or as a key before it ("Rhiannon Prys-Jones
 * (RPJ)", "GfD = Gwenllian ferch Dafydd"), and every other place those initials stand alone as a word, as a log's sign-off
 * column or a comment gives them: they are that person's. Two letters, or initials used before the definition, only where the
 * person signs (`signs`). Only initials that spell the name's words in order, two capitals
 * at least, and no initialism a list knows ("NHS", "ICU"). So are the marks of a comment in Word's tracked text whose
 * author the first one names ("Comment [MB1]: Miriam Birnbaum" and a later "[MB3]").
 */
export function definedInitials(text: string, names: readonly Span[]): Span[] {
  // Each person's initials, their span and where the definition stands.
  const defined = new Map<string, { span: Span; at: number }>();
  const commented = new Map<string, Span>();
  for (const span of names) {
    let name = text.slice(span.start, span.end);
    const own = OWN_BRACKET.exec(name);
    if (own) name = name.slice(0, own.index);
    const after = BRACKET_AFTER.exec(text.slice(span.end, span.end + DEFINED_AFTER));
    const before = text.slice(Math.max(0, span.start - DEFINED_BEFORE), span.start);
    const initials = initialsOf(name);
    const key = KEY_BEFORE.exec(before);
    const places: [string | undefined, number][] = [
      [own?.[1], span.start + (own?.index ?? 0) + 2],
      [after?.[1], span.end + (after?.[0].indexOf('(') ?? 0) + 1],
      [key?.[1], span.start - before.length + (key?.index ?? 0) + (key?.[0].indexOf(key[1]!) ?? 0)],
    ];
    for (const [found, at] of places) {
      if (!found || defined.has(found) || found.replace(/\P{Lu}/gu, '').length < 2 || nameLexicon.notNames.has(found)) continue;
      // All the name's initials, or its given names' ("Dil Bahadur GURUNG (DB)").
      if (initials.startsWith(found.toUpperCase())) defined.set(found, { span, at });
    }
    const comment = COMMENT_BEFORE.exec(before)?.[1];
    if (comment && initials === comment) commented.set(comment, span);
  }
  const spans: Span[] = [];
  for (const [initials, { span, at }] of defined) {
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'gu');
    const uses = [...matchAll(text, word)];
    // Two letters are as often a profession's, a test's or a grade's ("OT", "CT", "PT"), and initials written before the name
    // defines them were something else first: those go only where the person signs and at the definition, never in running text.
    const everywhere = initials.length >= 3 && !uses.some((m) => m.index < Math.min(at, span.start));
    for (const m of uses) {
      if (everywhere || m.index === at || signs(text, m.index, m.index + initials.length)) spans.push(makeSpan('name', m.index, m.index + initials.length, { person: span.person }));
    }
  }
  if (commented.size) {
    for (const m of matchAll(text, COMMENT_MARK)) {
      const span = commented.get(m[1]!);
      if (span) spans.push(makeSpan('name', m.index + 1, m.index + m[0].length - 1, { person: span.person }));
    }
  }
  return spans;
}
