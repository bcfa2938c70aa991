import { hasContext } from './has-context';
import { makeSpan } from './make-span';
import type { Span } from './span';

const CANDIDATE = /(?<![\w-])[A-Z0-9]{2,}(?:[ -][A-Z0-9]{2,}){0,4}(?![\w-])/g;
const CONTEXT =
  /\b(?:DBS|disclosure|certificate (?:no|number)|smartcard|smart card|passport|driving licen[cs]e (?:no|number)|licen[cs]e number|ORCID|staff (?:no|number|id)|employee (?:no|number|id)|payroll|ESR (?:no|number)|BRP|share code|UAN|national (?:ID|identity|insurance card)|ID (?:no|number|card)|identity (?:card|number|no)|PhilSys|PSN|Aadhaar|Aadhar|PESEL|CNIC|NIC|NIN|PPSN?|Ghana Card|SSS|UMID|TIN|permit (?:no|number)|visa (?:no|number)|residence card|I\/?C(?: (?:no|number))?|NRIC|MyKad|Kad Pengenalan|KTP|HKID|NRC|NID|Emirates ID|Iqama|CPR|voter ID)\b|\bID\s*[:#]/i;
const ORCID = /\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/g;

/**
 * Other personal identifiers: DBS certificate, Smartcard, passport, driving licence, staff,
 * ORCID and BRP numbers. Taken only next to a context word (ORCID iDs by format), with at least
 * six characters and four digits, so that a date or a grade is never mistaken for one.
 */
export function findIdNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const value = m[0];
    if (value.replace(/[ -]/g, '').length < 6 || !/\d{4}/.test(value) || /^(?:19|20)\d{2}$/.test(value)) continue;
    if (hasContext(text, m.index, m.index + value.length, CONTEXT, 35, 0)) spans.push(makeSpan('id-number', m.index, m.index + value.length));
  }
  for (const m of text.matchAll(ORCID)) spans.push(makeSpan('id-number', m.index, m.index + m[0].length));
  return spans;
}
