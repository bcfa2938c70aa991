import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusDocuments, evaluate, TUNED_SLICES } from './corpus';

const ROOT = join(import.meta.dirname, '../../..');

/** Identifiers that must never get through, on any slice (issue 12's "0 identifiers leaked"). */
const HARD = ['email', 'phone', 'postcode', 'url', 'handle', 'nhs-number', 'ni-number', 'registration-number', 'date-of-birth'];

/**
 * Floors per slice. Issue 12's targets are 0 leaks of any type, name recall >= 0.98 and keep >=
 * 0.98: the first corpus meets them all; on the new tuned corpus the hard identifiers are at 0 and
 * name recall and keep are met, while the sensitive types (addresses without a postcode, family,
 * faith, health, places of birth…) are held where they are now so they can only improve. The
 * held-out slice (HELD_OUT_SLICE) is added here only at the end, by the lead. (In round 27 the evaluator's label words
 * gained "NRPSI", "SIA", "reference" and "Instagram": a label left beside a removed number or handle is no detail left
 * in. That changed no tuned figure; it lowered the unseen f27 set's count of details left in by 3. In round 28 they
 * gained "AHCS", "RCCP" and "CHI", with the same effect: no tuned figure changed, and the unseen f28 set's count fell by 1. In
 * round 29 a gendered title in lower case before a name ("mr s. jeyakumar") belongs to the name as "Mr" does, and a
 * title in lower case is not a word of the name ("dr. pieter …" keeps its "dr."): tuned name recall 0.9734 became 0.9738
 * and the other words removed 1319 became 1315, from the evaluator alone. Later in round 29 a register's letters in capitals
 * ("CORU", "COREN-MG") and "member" or "membership" beside a registration number are its label too: no tuned or held-out
 * figure changed; the unseen f29 set's must-never count fell from 14 to 9 from the evaluator alone. In round 35 one or two
 * capitals right before a number's digits are the code's own letters, not its label ("D 18342", "ZR 4182266"): no tuned,
 * held-out or f35 figure changed; the tuned floor of other details is set to where the code stands, 824. At the start of
 * round 36 the 21 `f35-*` joined the tuned slice, with names from lists we do not hold: name recall 0.9826, 859 other details;
 * round 36's name forms, identifiers and nationality fields (anonymiser-65) brought them to 0.9874 and 851. At the start of
 * round 37 the 21 `f36-*` joined: name recall 0.9868, 901 other details; round 37's contact-line districts, relatives' labels, identifiers
 * and ages (anonymiser-68) brought them to 0.9871 and 877. At the start of round 38 the 21 `f37-*` joined: name recall 0.9858,
 * 917 other details, with a Hungarian date of birth (year first, "1987. május 19.") read in full first so that none gets through;
 * round 38's spouses in a bracket's label or after "wife to", a French marital status, an age band and a surname after the
 * initials of the given names ("JP Mbuyi") (anonymiser-71) brought them to 0.9861 and 913, and the real CVs' readings
 * (anonymiser-72) to 912. At the start of round 39 the 21 `f38-*` joined: name recall 0.9840, 939 other details;
 * round 39's name forms, OCR letters and forwarded e-mails (anonymiser-74), real staff stories (anonymiser-75), what the
 * unseen `f39-*` showed (anonymiser-76) and the review's mends brought them to 0.9858 and 927. At the start of round 40
 * the 21 `f39-*` joined: name recall 0.9855, 998 other details; round 40's pet names, a heading name with its "Known as:",
 * lower-case "i" and "im" (anonymiser-77) brought them to 0.9862 and 992. At the start of round 41 the 21 `f40-*`
 * joined: name recall 0.9864, 1066 other details; round 41's family firms, initials headings, lower-case faith and
 * people, free-prose family and home languages (anonymiser-80), what the unseen `f41-*` showed (anonymiser-82) and the
 * review's mends brought them to 0.9868 and 1048. At the start of round 42 the 21 `f41-*` joined: name recall 0.9871,
 * 1104 other details, with other words removed at 1.998 %, just under the ceiling; round 42's NHS numbers in unlabelled
 * year-like groups, capitals statements of nationality and kept "(United Kingdom)" (anonymiser-83), what the unseen `f42-*`
 * showed (anonymiser-84) and the review's mends brought them to 0.9871 and 1100, with 1.972 % removed. At the start of round 43 the 21 `f42-*`
 * joined: name recall 0.9869, 1154 other details, with 1.96 % removed; round 43's first languages in a sentence, the
 * writer's own operation, middle names that are words and Karen titles (anonymiser-86), what the unseen `f43-*` showed
 * (anonymiser-87), a twenty-fourth real audit (anonymiser-88) and the review's mends brought them to 0.9874 and 1141,
 * with 1.92 % removed. At the start of round 44 the 21 `f43-*` joined: name recall 0.9873, 1212 other details, with 1.95 %
 * removed; round 44's capitals headings with a hyphenated surname, nicknames offered as a choice, faith time off and
 * health aids (anonymiser-89), what the unseen `f44-*` showed (anonymiser-90), a twenty-fifth real audit (anonymiser-91)
 * and the review's mends brought them to 0.9880 and 1204, with 1.95 % removed. At the start of round 45 the 21 `f44-*`
 * joined: name recall 0.9879, 1271 other details, with 1.99 % removed; round 45's ordinary words won back (a hyphenated
 * surname's piece before a place, a reason after a condition), peoples opened by a prefix of descent, a footer handle with
 * a diacritic (anonymiser-92), what the unseen `f45-*` showed (anonymiser-93), a twenty-sixth real audit (anonymiser-94)
 * and the review's mends brought them to 0.9884 and 1259, with 1.95 % removed. At the start of round 46 the 21 `f45-*`
 * joined: name recall 0.9881, 1315 other details, with 1.94 % removed; round 46's other names listed after a label, names
 * introduced by "I appear as", orientation after a word of colour or faith, a child's school and a spouse's next posting
 * (anonymiser-95), what the unseen `f46-*` showed (anonymiser-96), a twenty-seventh real audit (anonymiser-97) and the
 * review's mends brought them to 0.9886 and 1307, with 1.93 % removed. At the start of round 47 the 21 `f46-*`
 * joined: name recall 0.9887 (4813/4868), 1339 other details, with 1.9 % removed; round 47's clinic names that carry the
 * candidate's, "Disease" with a capital, more festivals and relatives listed (anonymiser-98), what the unseen `f47-*`
 * showed (anonymiser-100), a twenty-eighth real audit (anonymiser-99) and the review's mends brought them to 0.9889 and
 * 1334, with 1.9 % removed. At the start of round 48 the 21 `f47-*` joined: name recall 0.9891 (4909/4963), 1423 other
 * details, with 1.9 % removed; round 48's tuned leaks by reading (a pronoun field, a union's branch and a rep's role, a title and
 * an initial before a place's name), a twenty-ninth real audit (anonymiser-102), what the unseen `f48-*` showed
 * (anonymiser-103) and the review's mends brought them to 0.9891 and 1414, with 1.9 % removed. At the start of round 49
 * the 21 `f48-*` joined: name recall 0.9889 (5014/5070), 1490 other details, with 1.9 % removed; round 49's flags, faith
 * practices after "As a … who", career breaks' reasons, author lists and places abroad beside a phone (anonymiser-104), a
 * thirtieth real audit (anonymiser-105), what the unseen `f49-*` showed (anonymiser-106) and the review's mends brought them
 * to 0.9889 and 1485, with 1.9 % removed. At the start of round 50 the 21 `f49-*` joined: name recall 0.9889
 * (5118/5175), 1590 other details, with 1.9 % removed; round 50's conditions told with their aids, children's ages after
 * their names (anonymiser-107), a thirty-first real audit (anonymiser-108), what the unseen `f50-*` showed
 * (anonymiser-109), a table's columns headed by a detail (the lead) and the review's mends brought them to 0.9889 and
 * 1570, with 1.9 % removed. At the start of round 51 the 21 `f50-*` joined: name recall 0.9888 (5231/5290), 1721 other
 * details, with 1.9 % removed.)
 */
const FLOORS: Record<keyof typeof TUNED_SLICES, { nameRecall: number; otherLeaks: number }> = {
  fixtures: { nameRecall: 0.98, otherLeaks: 0 },
  tuned: { nameRecall: 0.9888, otherLeaks: 1721 },
};

describe.each(Object.entries(TUNED_SLICES) as [keyof typeof TUNED_SLICES, string][])('the %s corpus (%s)', (slice, dir) => {
  const documents = corpusDocuments(join(ROOT, dir));
  const figures = evaluate(documents);
  const floor = FLOORS[slice];

  test('has documents, each with a valid annotation', () => {
    expect(documents.length).toBeGreaterThanOrEqual(30);
  });

  test('no e-mail, phone, postcode, link, handle, NHS, NI or registration number or date of birth is left in', () => {
    expect(figures.leaks.filter((leak) => HARD.some((type) => leak.includes(`: ${type} "`)))).toEqual([]);
  });

  test(`other personal details left in: at most ${floor.otherLeaks}`, () => {
    expect(figures.leaks.filter((leak) => !HARD.some((type) => leak.includes(`: ${type} "`))).length).toBeLessThanOrEqual(floor.otherLeaks);
  });

  test(`name recall is at least ${floor.nameRecall}`, () => {
    expect(figures.nameRecall, figures.namesMissed.join('\n')).toBeGreaterThanOrEqual(floor.nameRecall);
  });

  test('at least 98% of the terms a panel needs are kept', () => {
    expect(figures.keepRate, figures.keepMissing.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  test('no more than 2% of the other words are removed', () => {
    expect(figures.otherWordsRemovedRate).toBeLessThanOrEqual(0.02);
  });
});
