import { findNhsNumbers } from './find-nhs-numbers';
import { findNiNumbers } from './find-ni-numbers';
import { findPhones } from './find-phones';
import { findRegistrationNumbers } from './find-registration-numbers';
import { isValidNhsNumber } from './is-valid-nhs-number';
import { matchAll } from './match-all';
import type { Span } from './span';

/** A digit beside a letter a scan reads for one: capital or small O for 0, small l or capital I for 1. */
const MISREAD_BESIDE_DIGIT = /\d[OolI]|[OolI]\d/;
/** A run of digits and those letters; read only when it is a whole word with a digit and a letter in it ("O77OO", "5l2", "4l"). */
const MISREAD_RUN = /[\dOolI]+/g;
/** A word's character: a run beside one is part of a longer word ("Te1"), which is left. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A register's capitals opening the word before a run: "PH9823l", "RA1O4572" are a registration number misread. */
const REGISTER_CAPITALS = /(?<![\p{L}\p{N}])[A-Z]{1,4}$/u;
/** An NMC PIN with such a letter among its digits, inside the word its own letters make: "12Al345E", "O9B1234C". */
const NMC_MISREAD = /(?<![\w-])[\dOolI]{2}[A-Z] ?[\dOolI]{4}[A-Z](?![\w-])/g;
const AS_DIGIT: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };
const asDigit = (c: string): string => AS_DIGIT[c]!;

/**
 * Numbers a scan's text recognition misread, with a letter O or a small l among their digits: "O77OO 9OO 5l2", an NHS number
 * "4O1 O23 2137", an NI number "JT 4l 29 83 C", a registration number after its register's capitals "PA4l2O9". Each run of digits and those letters alone is read with the letters as
 * digits (the same length, so every offset holds), and a phone, an NHS number with its check digit or an NI number found in
 * that reading goes where it takes in a misread letter. Ordinary words hold other letters and are never read so.
 */
export function findOcrNumbers(text: string): Span[] {
  if (!MISREAD_BESIDE_DIGIT.test(text)) return [];
  const edits: [number, string][] = [];
  for (const m of matchAll(text, MISREAD_RUN)) {
    const end = m.index + m[0].length;
    if (!/\d/.test(m[0]) || !/[OolI]/.test(m[0]) || WORD_CHAR.test(text.charAt(end))) continue;
    if (WORD_CHAR.test(text.charAt(m.index - 1)) && !REGISTER_CAPITALS.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    edits.push([m.index, m[0].replace(/[OolI]/g, asDigit)]);
  }
  for (const m of matchAll(text, NMC_MISREAD)) {
    const letterAt = m[0].length - 1;
    const digits = [...m[0]].map((c, i) => (i === 2 || i === letterAt || c === ' ' ? c : c.replace(/[OolI]/, asDigit))).join('');
    if (digits !== m[0] && (m[0].match(/\d/g) ?? []).length >= 4) edits.push([m.index, digits]);
  }
  if (edits.length === 0) return [];
  edits.sort((a, b) => a[0] - b[0]);
  const misread: [number, number][] = [];
  let read = '';
  let from = 0;
  for (const [start, digits] of edits) {
    if (start < from) continue;
    read += text.slice(from, start) + digits;
    from = start + digits.length;
    misread.push([start, from]);
  }
  read += text.slice(from);
  const takesMisread = (span: Span) => misread.some(([start, end]) => span.start < end && start < span.end);
  const nhs = findNhsNumbers(read).filter((span) => span.type !== 'nhs-number' || isValidNhsNumber(read.slice(span.start, span.end)));
  return [...findPhones(read), ...nhs, ...findNiNumbers(read), ...findRegistrationNumbers(read)].filter(takesMisread);
}
