import { type DocumentLayout, sectionAt } from './document-layout';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import type { Span } from './span';

/** A bracket straight after a phone number: "+92 300 555 0148 (Pakistan, WhatsApp)". */
const BRACKET_AFTER = /^[ \t]*\(([^()\n]{2,40})\)/;
/** A bracket closing the label before a phone number on its line: "Tel (Sylhet, family): +880 …". */
const BRACKET_BEFORE = /\(([^()\n]{2,40})\)[ \t]*(?::[ \t]*)?$/;
/** One part of such a bracket, split at a comma, a slash, a semicolon or a dash: "(India – until August)". */
const PART = /[^,/;–—]+/g;
/** A relative whose number it is: "(Brazil, family)", "(husband)". A partner tells marital status, anyone else family. */
const PARTNER = /^(?:husband|wife|partner|spouse)(?:['’]s)?(?![\p{L}-])/iu;
/** The rest of the relatives, with their plurals and possessives: "(children's mobile)", "(Son's school)". */
const KIN = /^(?:family|mum|mother|dad|father|parents?|sons?|daughters?|child(?:ren)?|kids?)(?:['’]s?)?(?![\p{L}-])/iu;
/** A brother or sister only in lower case: capitalised, "Sister" is a nurse's title ("(Sister, Ward 12)"). */
const SIBLING = /^(?:brother|sister)s?(?:['’]s?)?(?![\p{L}-])/u;
/** How much of the line before a number is read for its label. */
const LABEL_READ = 40;
/** The UK's own nations among the countries: "(UK)" beside a phone says where it is, not where the writer is from. */
const HOME_COUNTRIES = new Set([...nameLexicon.countries].filter((country) => nameLexicon.notNameGroups.places.has(country) && !nameLexicon.notNameGroups.placesAbroad.has(country)));

/**
 * A place abroad beside one of the writer's phone numbers, in its bracket: where the number reaches tells where the writer's
 * family or home is ("+92 300 555 0148 (Pakistan, WhatsApp)", "Tel (Sylhet, family): +880 …"). A UK town is only where the
 * phone is ("(work, Leeds)"), and a referee's number tells nothing of the writer. Only the place goes: "(mobile, WhatsApp)"
 * and "(work)" stay. A relative named as whose number it is goes too ("(Brazil, family)", "(husband)").
 */
export function findPhonePlaces(layout: DocumentLayout, phones: Span[]): Span[] {
  const { text } = layout;
  const spans: Span[] = [];
  for (const phone of phones) {
    if (sectionAt(layout, phone.start)?.kind === 'references') continue;
    const after = BRACKET_AFTER.exec(text.slice(phone.end, phone.end + 48));
    if (after) placesIn(after[1]!, phone.end + after[0].indexOf('(') + 1, spans);
    const line = text.slice(Math.max(0, phone.start - LABEL_READ), phone.start);
    const label = line.slice(line.lastIndexOf('\n') + 1);
    const before = BRACKET_BEFORE.exec(label);
    if (before) placesIn(before[1]!, phone.start - label.length + before.index + 1, spans);
  }
  return spans;
}

/** Each part of a bracket's inside (at offset `at`) that is a place abroad the lists know, or a relative. */
function placesIn(inside: string, at: number, spans: Span[]): void {
  for (const part of matchAll(inside, PART)) {
    const place = part[0].trim();
    if (place === '') continue;
    const start = at + part.index + part[0].indexOf(place);
    const kin = PARTNER.exec(place) ?? KIN.exec(place) ?? SIBLING.exec(place);
    if (kin) spans.push(makeSpan(PARTNER.test(place) ? 'marital-status' : 'dependants', start, start + kin[0].length));
    else if (abroad(place)) spans.push(makeSpan('origin', start, start + place.length));
  }
}

/** A country outside the UK, or a run of place words one of which is abroad ("Sylhet", "Addis Ababa", not "Milton Keynes"). */
function abroad(place: string): boolean {
  if (nameLexicon.countries.has(place)) return !HOME_COUNTRIES.has(place);
  const words = place.split(/[ \t]+/);
  return words.every((word) => nameLexicon.notNameGroups.places.has(word)) && words.some((word) => nameLexicon.notNameGroups.placesAbroad.has(word));
}
