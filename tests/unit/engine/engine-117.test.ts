import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// engine-117 (round 40: the gaps fresh39-* showed, and the study slice's false alarms): fresh wordings
// of each reading mended, with their offsets, and near sentences that must stay quiet. None of these
// sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each<[string, TextKind, string[]]>(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('time without limit asked of "someone who"', () => {
  check([
    ['We need someone who works hard and will stay late to finish the list.', 'email', ['unbounded-availability@40:stay late']],
    // Late working agreed in advance, and no one asked for.
    ['Someone who stays late is paid overtime, agreed in advance.', 'email', []],
    ['The pharmacy stays late on Thursdays.', 'email', []],
  ]);
});

describe('full-time demanded', () => {
  check([
    ['- Has to be full-time; we cannot split the post.', 'email', ['full-time-only@2:Has to be full-time']],
    ['She would need to work all five days, plus alternate Sundays.', 'email', ['full-time-only@10:need to work all five days']],
    // A full-time equivalent, a choice given, a course's length.
    ['The post must be full-time equivalent across two sites.', 'advert', []],
    ['You must be full-time or part-time staff of the trust to apply.', 'advert', []],
    ['You must attend the full five days of the induction course.', 'advert', []],
  ]);
});

describe('a lifetime of experience asked for', () => {
  check([
    ['The post would suit a pharmacist with decades of experience behind them.', 'advert', ['age-extensive-experience@38:decades of experience behind them']],
    // Said of the team, not asked of the person.
    ['Our volunteers bring a lifetime of experience to the shop.', 'advert', []],
  ]);
});

describe('the same club as a named colleague', () => {
  check([
    ['Candidate 3 went to the same gym as Priya and will fit the team.', 'email', ['affinity@12:went to the same gym as Priya', 'culture-fit@51:fit the team']],
    ['Applicant B belongs to the same golf club as Mr Hart.', 'email', ['affinity@12:belongs to the same golf club as Mr Hart']],
    // A tie declared and set aside, and a patient's.
    ['Candidate 3 goes to the same gym as Priya, so Priya has declared it and will not score her.', 'email', []],
    ['The patient goes to the same church as Mrs Hart.', 'email', []],
  ]);
});

describe('an origin group, then "they" generalising in the next clause', () => {
  check([
    [
      '- Be wary of Filipino nurses; they tend to leave after a year.',
      'email',
      ['origin-stereotyped@13:Filipino nurses; they tend to leave'],
    ],
    // What the employer gives the group, and a group named earlier than the clause before.
    ['We welcome Filipino nurses; they always get a buddy for the first month.', 'email', []],
    ['We recruited Filipino nurses last spring; they tend to start on nights.', 'email', []],
  ]);
});

describe('a first language or an accent judged in feedback', () => {
  check([
    ['The panel also noted that English isn\'t your first language.', 'email', ["first-language-noted@26:English isn't your first language"]],
    [
      'We hired two international pharmacists and customers found them difficult to understand.',
      'email',
      ['accent-understood@43:customers found them difficult to understand'],
    ],
    // Advice to an applicant who may need a test, and leaflets patients cannot follow.
    ['If English isn\'t your first language, please bring your language test results.', 'email', []],
    ['Patients found them hard to understand, so we rewrote the leaflets.', 'email', []],
  ]);
});

describe('the reader\'s age held against them in feedback', () => {
  check([
    ['At 61, with a long career in retail, you might struggle with the rota.', 'email', ['age-noted@0:At 61, with a long career in retail, you might struggle with the rota']],
    ['At 59 you may find it hard to keep up with the new system.', 'email', ['age-noted@0:At 59 you may find it hard to keep up with the new system']],
    // A scheme's age of entry, with no judgement.
    ['At 18, with a level 2 certificate, you can join the staff bank.', 'email', []],
  ]);
});

describe('fearless framing of the hire', () => {
  check([
    ['We need a porter who is never afraid to get their hands dirty.', 'advert', ['masculine-fearless@24:never afraid to get their hands dirty']],
    ['We need a porter who is never afraid to get stuck in.', 'advert', ['masculine-fearless@24:never afraid to get stuck in']],
    // Patients', and the fear taken away.
    ['Our patients are not afraid to get stuck in at the allotment.', 'advert', []],
    ['You do not need to be afraid to get stuck in: we train everyone.', 'advert', []],
  ]);
});

describe('a slot in a timetable is not culture fit', () => {
  check([
    ['The post includes a monthly slot in the carers\' café, which we run with the council.', 'advert', []],
    ['We want someone who will slot in with the ward.', 'advert', ['culture-fit@25:slot in']],
  ]);
});
