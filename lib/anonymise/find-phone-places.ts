import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import type { Span } from './span';

/** A bracket straight after a phone number: "+92 300 555 0148 (Pakistan, WhatsApp)". */
const BRACKET_AFTER = /^[ \t]*\(([^()\n]{2,40})\)/;
/** A bracket closing the label before a phone number on its line: "Tel (Sylhet, family): +880 …". */
const BRACKET_BEFORE = /\(([^()\n]{2,40})\)[ \t]*:?[ \t]*$/;
/** One part of such a bracket. */
const PART = /[^,/;]+/g;
/** A relative whose number it is: "(Brazil, family)", "(husband)". A partner tells marital status, anyone else family. */
const PARTNER = /^(?:husband|wife|partner|spouse)$/i;
const KIN = /^(?:family|mum|mother|dad|father|parents|son|daughter|brother|sister)$/i;
/** How much of the line before a number is read for its label. */
const LABEL_READ = 40;

/**
 * A country or a town named beside a phone number, in its bracket: where the number reaches tells where the writer's family or
 * home is ("+92 300 555 0148 (Pakistan, WhatsApp)", "Tel (Sylhet, family): +880 …"). Only the place goes: "(mobile,
 * WhatsApp)" and "(work)" stay. A relative named as whose number it is goes too ("(Brazil, family)", "(husband)").
 */
export function findPhonePlaces(text: string, phones: Span[]): Span[] {
  const spans: Span[] = [];
  for (const phone of phones) {
    const after = BRACKET_AFTER.exec(text.slice(phone.end, phone.end + 48));
    if (after) placesIn(after[1]!, phone.end + after[0].indexOf('(') + 1, spans);
    const line = text.slice(Math.max(0, phone.start - LABEL_READ), phone.start);
    const label = line.slice(line.lastIndexOf('\n') + 1);
    const before = BRACKET_BEFORE.exec(label);
    if (before) placesIn(before[1]!, phone.start - label.length + before.index + 1, spans);
  }
  return spans;
}

/** Each part of a bracket's inside (at offset `at`) that is a country or a place the lists know, or a relative. */
function placesIn(inside: string, at: number, spans: Span[]): void {
  for (const part of matchAll(inside, PART)) {
    const place = part[0].trim();
    if (place === '') continue;
    const start = at + part.index + part[0].indexOf(place);
    const kin = PARTNER.test(place) ? 'marital-status' : KIN.test(place) ? 'dependants' : null;
    if (kin) spans.push(makeSpan(kin, start, start + place.length));
    else if (nameLexicon.countries.has(place) || place.split(/[ \t]+/).every((word) => nameLexicon.notNameGroups.places.has(word))) spans.push(makeSpan('origin', start, start + place.length));
  }
}
