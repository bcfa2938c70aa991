import type { DocumentLayout } from './document-layout';
import { nameLexicon } from './name-lexicon';
import { type NameRun, readNameRun } from './name-run';
import type { Word } from './scan-words';

const LABELLED =
  /(?:^|[|•\t]|\s{2,})\s*(?:referee|reference|contact(?:\s+name)?|line\s+manager|manager|supervisor|clinical\s+supervisor|educational\s+supervisor|mentor|practice\s+manager|lead\s+(?:gp|nurse|pharmacist)|senior\s+partner|signed|signature|nominated\s+by|prepared\s+by|trainer|matron|verified\s+by|countersigned\s+by|head\s+of\s+\w+|name)\s*\d*\s*[:\-–]\s*/gim;
/** "our practice nurse, Shanthi Rajan,", "with the care coordinator Ben Carter": a name after a role. */
const AFTER_ROLE =
  /\b(?:our|my|the|with|by|and|to)\s+(?:[a-z][a-z-]*\s+){0,3}(?:nurse|manager|pharmacist|coordinator|co-ordinator|GP|lead|worker|physio|physiotherapist|HCA|prescriber|consultant|director|partner|supervisor|trainer|colleague|mentor|navigator|coach|receptionist|technician|associate|therapist|dietitian|paramedic|optometrist|dentist|principal|doctor|practitioner|administrator|secretary|matron|sister|registrar|clinician|visitor|midwife|champion|assistant)s?,?[ \t]+(?=\p{Lu})/gu;
const RELATION = /\b(?:my|our)\s+(?:partner|husband|wife|fianc[ée]e?|son|daughter|colleague|mentor|supervisor|manager|friend|brother|sister|mother|father|mum|dad)\s*,?[ \t]+(?=\p{Lu})/gu;
const REFEREE_PREFIX = /^\s*(?:[•*\-–]\s*|\d+[.)]\s*|(?:referee|reference)\s*\d*\s*[:\-–.]?\s*)*/i;

/**
 * Names of people other than (or as well as) the candidate, found by rule, before every
 * mention is matched:
 *  - title + capitalised words: "Dr Amina Okafor", "Mrs J. Smith", "Dr Patel";
 *  - a common given name + a capitalised word: "Grace Mensah", "Will Thompson";
 *  - a labelled name: "Referee: …", "Line manager: …";
 *  - the first name on each line of a References section.
 * A given name that is also a word ("Will", "Grace", "May") counts only before a surname.
 */
export function findNameSeeds(layout: DocumentLayout, words: Word[]): NameRun[] {
  const { givenNames } = nameLexicon;
  const seeds: NameRun[] = [];

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.kind === 'title' && word.joinsNext) {
      const run = readNameRun(words, i, { minParts: 1, max: 4 });
      if (run) seeds.push(run);
      continue;
    }
    if (word.kind !== 'cap' || !givenNames.has(word.text) || !word.joinsNext) continue;
    const previous = words[i - 1];
    if (previous?.joinsNext && /^(?:St|Saint|Mount|Port|Fort|Lake|Cape|Queen|King|Prince|Princess|Royal|Great|Little|North|South|East|West|Upper|Lower|Old|New)$/.test(previous.text)) continue;
    // Part of a longer run already taken: "Mary Ellen Jones" is read once from "Mary".
    if (previous?.joinsNext && seeds.at(-1) && (seeds.at(-1)?.end ?? 0) >= word.start) continue;
    const run = readNameRun(words, i, { minParts: 2, max: 4 });
    if (run) seeds.push(run);
  }

  const { text } = layout;
  for (const m of text.matchAll(LABELLED)) {
    const at = m.index + m[0].length;
    const index = words.findIndex((w) => w.start >= at);
    if (index < 0 || (words[index]?.start ?? 0) > at + 2) continue;
    const run = readNameRun(words, index, { minParts: 2, max: 4 });
    if (run) seeds.push(run);
  }

  for (const m of text.matchAll(AFTER_ROLE)) {
    const at = m.index + m[0].length;
    const index = words.findIndex((w) => w.start >= at);
    if (index < 0 || words[index]?.start !== at) continue;
    const run = readNameRun(words, index, { minParts: 2, max: 3 });
    // Only a name that ends its clause: "…nurse, Shanthi Rajan, on…", not "…nurse Clinical Lead…".
    if (run && /^(?:[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:and|on|to|in|with|who|we|I)\b)/.test(text.slice(run.end, run.end + 6))) seeds.push(run);
  }

  // "my partner, Daniel,", "my colleague Priya": one given name after a personal relationship.
  for (const m of text.matchAll(RELATION)) {
    const at = m.index + m[0].length;
    const word = words.find((w) => w.start === at);
    if (word?.kind !== 'cap' || !givenNames.has(word.text) || nameLexicon.wordLike.has(word.text)) continue;
    const run = readNameRun(words, words.indexOf(word), { minParts: 2, max: 3 });
    seeds.push(run ?? { parts: [word.text], start: word.start, end: word.end });
  }

  for (const section of layout.sections) {
    if (section.kind !== 'references') continue;
    for (const line of layout.lines) {
      if (line.start < section.bodyStart || line.start >= section.end) continue;
      const prefix = REFEREE_PREFIX.exec(line.text)?.[0].length ?? 0;
      const index = words.findIndex((w) => w.start >= line.start + prefix && w.start < line.end);
      if (index < 0 || (words[index]?.start ?? 0) !== line.start + prefix) continue;
      const run = readNameRun(words, index, { minParts: 2, max: 4 });
      if (run) seeds.push(run);
    }
  }
  return seeds;
}
