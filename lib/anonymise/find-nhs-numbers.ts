import { YEARS_FIRST } from './date-pattern';
import { hasContext } from './has-context';
import { isValidNhsNumber } from './is-valid-nhs-number';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';

/**
 * A run of digit groups joined by one space, hyphen or dot, read whole (never from inside a longer
 * run): an NHS number is ten digits however it is grouped ("943 476 5919", "943 4765 919",
 * "94 3476 5919", "943.476.5919"). A dot after a word may come straight before it ("NHS No.6503…").
 */
const DIGIT_GROUPS = /(?<![\w-]|\d[ .-])\d{2,10}(?:[ .-]\d{2,8}){0,4}(?![\w-]|[ .-]\d)/g;
/** The same, wrapped once by the layout after any group ("NHS number 401" / "023 2137", "NHS No 401 023" / "2137"): taken only next to "NHS" on the first line. */
const WRAPPED_GROUPS = /(?<![\w.-]|\d[ .-])\d{2,8}(?:[ .-]\d{2,8}){0,3}[ \t]*\n[ \t]*\d{2,8}(?:[ .-]\d{2,8}){0,3}(?![\w-]|[ .-]\d)/g;
const CONTEXT = /\bNHS\b|national health service|health service|patient number|NHS no|\bCHI\b|community health index|\bH&C\b|\bHCN\b|health and care number/i;
/** A number's own label, not a body's name ("St Helier NHS Hospital 2009-2013 32 beds"): what a span of years needs to be a number. */
const NUMBER_LABEL = /\b(?:NHS|CHI|H&C|HCN)[ \t]*(?:number|num|no\b|#)|patient[ \t]+number|community[ \t]+health[ \t]+index|health[ \t]+and[ \t]+care[ \t]+number/i;
/** That label straight before the number, only marks and blanks between: "NHS number: 1988 1991 03", not "NHS No: 943 476 5919. Academic years 2019 2020 15". */
const LABEL_JUST_BEFORE = new RegExp(`(?:${NUMBER_LABEL.source})[^\\p{L}\\p{N}]{0,6}$`, 'iu');
/**
 * A phone's label just before, in any case, with no NHS context: "m: 0770 090052", "Tél. 01 23 45 67 89", '"phone": "3035550123"', "Mobile: …". Ten digits that pass the
 * check there are a phone number all the same, and take its placeholder.
 */
const PHONE_BEFORE = /(?:(?<![\p{L}\p{N}])(?:t[eé]l|t[eé]l[eé]phone|phone|mobile|mob|cell|cellphone|landline|whatsapp)["']?[ \t]*(?:[:.\-–][ \t]*)?|\b[mt][ \t]?:[ \t]*)["']?$/iu;
/** A country code just before: the number is a phone's ("+63 917 555 0164", "(852) 912 345 6789"). */
const COUNTRY_CODE = /(?:\+|\(|(?<!\d)00)\d{1,3}\)?[ .-]?$/;
/** Groups split by single blanks only, as a number is written; a span of years takes a dash or a slash ("2014-2018"). */
const BLANK_GROUPS = /^\d+(?: \d+)+$/;
/** Nothing but a line's end, a column gap or a field's closing mark after a number: no figure of a sentence ("… 26 bedded"). */
const FIELD_END = /^(?:[ \t]*\.?(?:$|\r?\n|[,;)\]|])|[ \t]{2}|\t)/;

/**
 * Ten-digit NHS numbers, and their Scottish (CHI) and Northern Irish (H&C) counterparts (3-3-4 or grouped any other way, with spaces, hyphens, dots or none). A number that passes the
 * modulus-11 check is redacted anywhere. One that fails is redacted only next to "NHS", "CHI" or "H&C"
 * (a mistyped NHS number still identifies someone); elsewhere it is left alone, because a
 * failing ten-digit number with no context is most likely something else.
 */
export function findNhsNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, DIGIT_GROUPS)) {
    if (m[0].replace(/[ .-]/g, '').length !== 10) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (COUNTRY_CODE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const context = hasContext(text, start, end, CONTEXT);
    // A span of years then a figure ("2014 2018 26 bedded") is no number of anyone's; straight after a number's label it is one all the same.
    // Unlabelled, it is a number when it passes the check, its groups are split by blanks alone and it ends its field
    // ("1988 1991 03" alone on a line).
    const loneNumber = BLANK_GROUPS.test(m[0]) && isValidNhsNumber(m[0]) && FIELD_END.test(text.slice(end, end + 3));
    if (YEARS_FIRST.test(m[0]) && !LABEL_JUST_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !loneNumber) continue;
    if (!isValidNhsNumber(m[0]) && !context) continue;
    spans.push(makeSpan(!context && PHONE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? 'phone' : 'nhs-number', start, end));
  }
  for (const m of matchAll(text, WRAPPED_GROUPS)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length !== 10 || !isValidNhsNumber(digits)) continue;
    // A number's label may run long before its value on a form's line ("NHS number (optional, for Occupational Health):⇥507 536"):
    // the check digit vouches for the number, so the label is read from further back; a bare mention of the NHS only nearby.
    if (hasContext(text, m.index, m.index, NUMBER_LABEL, 80) || (!YEARS_FIRST.test(m[0]) && hasContext(text, m.index, m.index, CONTEXT))) spans.push(makeSpan('nhs-number', m.index, m.index + m[0].length));
  }
  return spans;
}
