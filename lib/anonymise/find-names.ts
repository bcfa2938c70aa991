import { alternation } from './alternation';
import type { DocumentLayout } from './document-layout';
import type { CandidateName } from './find-candidate-name';
import { findNameSeeds } from './find-name-seeds';
import { makeSpan } from './make-span';
import { nameLexicon } from './name-lexicon';
import type { NameRun } from './name-run';
import type { Word } from './scan-words';
import type { Span } from './span';

interface Person {
  parts: Set<string>;
  surname: string | null;
}

const GAP = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:(?:de|da|das|do|dos|di|du|del|della|van|von|der|den|ter|le|la|bin|binti|bint|ibn|al|el|ap|ab|[A-Z]\.?)[ \t]+)*)$/;
/** Chukwuemeka (Emeka) Obi, Chukwuemeka "Emeka" Obi. */
const NICKNAME_GAP = /^[ \t]+[("“][ \t]*$|^[ \t]*[)"”][ \t]+$/;
const LEADING_INITIALS = /(?:(?<![\p{L}\p{M}])\p{Lu}\.?[ \t]+)+$/u;
const GENDERED_TITLE = /(?<![\p{L}\p{M}])(?:Mr|Mrs|Ms|Miss|Mx|Master|Mstr|Madam|Sir|Dame|Lady|Lord)\.?[ \t]+$/u;
const VERB_AFTER =
  /^(?:['’]s\b|[ \t]+(?:is|was|has|had|will|would|can|could|did|does|also|always|then|now|joined|leads|led|works|worked|runs|ran|manages|managed|supports|supported|brings|brought|completed|qualified|trained|started|became|holds|held|enjoys|loves|speaks|lives|moved|met|led|ran|took|gave|won|saw|made|set|went|came|began|wrote|built|taught|spoke|kept|knew|told|[a-z]+(?:es|ed))\b)/;
const MONTHS = /^(?:April|May|June|July|August|APRIL|MAY|JUNE|JULY|AUGUST)$/;
const SENTENCE_START = /(?:^|[.!?:•\-–—*]\s*|\n\s*)$/;

function addPerson(persons: Person[], parts: string[]): void {
  const surname = parts.length > 1 ? (parts.at(-1) ?? null) : null;
  const given = parts.length > 1 ? parts[0] : undefined;
  // Same surname and no clash of given names: "Dr Helen Marsh" and "Dr Marsh". Kwame and Kofi Boateng stay two people.
  const sameSurname = (p: Person) =>
    p.surname === surname && (!given || p.parts.has(given) || ![...p.parts].some((part) => part !== surname && nameLexicon.givenNames.has(part)));
  const match =
    persons.find((p) => surname && (sameSurname(p) || (p.parts.has(surname) && p.parts.has(parts[0] ?? '')))) ??
    persons.find((p) => parts.length === 1 && p.parts.has(parts[0] ?? '')) ??
    persons.find((p) => !p.surname && p.parts.size === 1 && surname && p.parts.has(surname));
  if (match) {
    for (const part of parts) match.parts.add(part);
    if (!match.surname && surname) match.surname = surname;
    return;
  }
  persons.push({ parts: new Set(parts), surname });
}

/** "Bello-Hassan" also matches as "Bello" and "Hassan"; capitals are matched too ("OKAFOR"). */
function variants(part: string): string[] {
  const { notNames } = nameLexicon;
  const result = [part, part.toUpperCase()];
  if (part.includes('-')) {
    for (const piece of part.split('-')) if (piece.length >= 3 && !notNames.has(piece)) result.push(piece, piece.toUpperCase());
  }
  return result;
}

/**
 * Every mention of every person: the candidate (person 0) and the people found by
 * `findNameSeeds`. One alternation regex of all their name parts is built per document and run
 * once; neighbouring parts merge into one mention ("Amina J. Okafor"), with a leading initial
 * and a gendered title ("Mrs J. Smith"). Professional titles stay outside the span ("Dr [NAME 1]").
 */
export function findNames(layout: DocumentLayout, words: Word[], candidate: CandidateName | null): Span[] {
  const { text } = layout;
  const { wordLike, organisationSuffixes } = nameLexicon;
  // Person 0 is always the candidate, even when their name was not found (then it has no parts).
  const candidateParts = (candidate?.parts ?? []).map((p) => p.replace(/’/g, "'"));
  const persons: Person[] = [{ parts: new Set(candidateParts), surname: candidateParts.length > 1 ? (candidateParts.at(-1) ?? null) : null }];
  const seeds: NameRun[] = findNameSeeds(layout, words);
  for (const seed of seeds) addPerson(persons, seed.parts.map((p) => p.replace(/’/g, "'")));

  const owner = new Map<string, number[]>();
  persons.forEach((person, index) => {
    for (const part of person.parts) {
      for (const variant of variants(part)) {
        const list = owner.get(variant) ?? [];
        if (!list.includes(index)) list.push(index);
        owner.set(variant, list);
      }
    }
  });
  if (!owner.size) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}'’@.-])(?:${alternation([...owner.keys()])})(?![\\p{L}\\p{M}]|-\\p{L}|['’](?![sS]\\b)\\p{L})`, 'gu');

  // Merge neighbouring parts into mentions.
  const mentions: { start: number; end: number; parts: string[] }[] = [];
  for (const m of text.matchAll(pattern)) {
    const last = mentions.at(-1);
    const part = m[0].replace(/’/g, "'");
    const gap = text.slice(last?.end ?? 0, m.index);
    // Across a line break only inside a wrapped paragraph (a long line), as in PDF text.
    const wrapped = !gap.includes('\n') || (last ? last.end - (text.lastIndexOf('\n', last.end - 1) + 1) >= 60 : false);
    if (last && wrapped && (GAP.test(gap) || NICKNAME_GAP.test(gap))) {
      last.end = m.index + m[0].length;
      last.parts.push(part);
    } else mentions.push({ start: m.index, end: m.index + m[0].length, parts: [part] });
  }

  const spans: Span[] = [];
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    const after = /^[ \t]+([\p{L}]+)/u.exec(text.slice(mention.end, mention.end + 30))?.[1];
    const single = mention.parts.length === 1;
    // "Brown Street", "Okafor Medical Centre": a place named after someone.
    if (after && organisationSuffixes.has(after) && !GENDERED_TITLE.test(before) && !/(?:Dr|Prof|Professor)\.?[ \t]+$/.test(before)) continue;
    // "Wester Ross", "Port Talbot": one name part after a capitalised word that is no name is a place.
    if (single && /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+$/u.test(before)) {
      const previous = /(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+$/u.exec(before)?.[1] ?? '';
      if (!nameLexicon.givenNames.has(previous) && !nameLexicon.professionalTitles.has(previous) && !nameLexicon.genderedTitles.has(previous) && !owner.has(previous)) continue;
    }
    // A word-like given name on its own at the start of a sentence is probably the word.
    const onlyPart = mention.parts[0] ?? '';
    // Unless a verb follows: "Grace runs the clinic" is Grace; "Grace under pressure" is not.
    const isWordLike = wordLike.has(onlyPart) || wordLike.has(onlyPart.charAt(0) + onlyPart.slice(1).toLowerCase());
    const isMonth = MONTHS.test(onlyPart);
    if (single && isWordLike && SENTENCE_START.test(before) && (isMonth || !VERB_AFTER.test(text.slice(mention.end, mention.end + 30)))) continue;
    let start = mention.start;
    let end = mention.end;
    // Close a nickname's bracket or quote: "Chukwuemeka (Emeka)".
    const opened = text.slice(start, end);
    if (/[("“]/.test(opened) && !/[)"”]/.test(opened.slice(opened.search(/[("“]/) + 1)) && /^[)"”]/.test(text.slice(end, end + 1))) end++;
    const initials = LEADING_INITIALS.exec(before);
    if (initials) start -= initials[0].length;
    const title = GENDERED_TITLE.exec(text.slice(Math.max(0, start - 12), start));
    if (title) start -= title[0].length;
    spans.push(makeSpan('name', start, end, { person: personOf(mention.parts, persons, owner) }));
  }
  return spans;
}

/** The person whose parts best match a mention: a shared surname counts double; ties go to the candidate. */
function personOf(parts: string[], persons: Person[], owner: Map<string, number[]>): number {
  const scores = new Map<number, number>();
  for (const part of parts) {
    for (const index of owner.get(part) ?? []) {
      const person = persons[index];
      const weight = person?.surname && (person.surname === part || person.surname.toUpperCase() === part) ? 2 : 1;
      scores.set(index, (scores.get(index) ?? 0) + weight);
    }
  }
  let best = 0;
  let bestScore = -1;
  for (const [index, score] of scores) {
    if (score > bestScore || (score === bestScore && index < best)) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}
