import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// engine-115 (issue 11, the 33rd audit on real NHS adverts): false alarms found on real estates,
// therapy, optometry and finance adverts, mended by sense, with near sentences that must stay
// flagged. None of these sentences is in a real advert or in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('"a local" before a noun that is no person names a place of work, not someone local', () => {
  it.each<[string, TextKind, string[]]>([
    ['We are recruiting a part-time Dietitian based at a Local Stroke Rehabilitation Team in Wakefield.', 'advert', []],
    ['The clinic will move to a local leisure centre next spring.', 'advert', []],
    // A person who is local, as a noun or before a noun for a person, stays flagged.
    ['We would rather appoint a local applicant.', 'advert', ['origin-judged@16:appoint a local']],
    ['We would prefer a local for this post.', 'advert', ['origin-judged@9:prefer a local', 'residence-demanded@9:prefer a local']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('"objective" beside "subjective" is a kind of test, not a trait', () => {
  it.each<[string, TextKind, string[]]>([
    ['- Perform objective and subjective visual acuity checks on children.', 'advert', []],
    ['- Carry out subjective or objective balance tests in clinic.', 'advert', []],
    ['You must remain objective when dealing with formal complaints.', 'advert', ['masculine-objective@16:objective']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('"challenging" said of a stretch of time for the sector, not of the job', () => {
  it.each<[string, TextKind, string[]]>([
    ['Although it is a challenging period for primary care, there has never been a better moment to join us.', 'advert', []],
    ['It is a challenging time for community pharmacy, and we are growing.', 'advert', []],
    ['This is a challenging post for a dispenser who thrives on pressure.', 'advert', ['masculine-challenging@10:challenging']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('"dynamic" said of the post through adjectives joined to it, not of a person', () => {
  it.each<[string, TextKind, string[]]>([
    ['We can offer a dynamic and varied outreach role across three clinics.', 'advert', []],
    ['This is a dynamic, fast-moving administrative post.', 'advert', []],
    // Said of a person, or of the team, it stays flagged.
    ['We want a dynamic and caring receptionist for this post.', 'advert', ['age-dynamic@10:dynamic']],
    ['You will join a small dynamic team.', 'advert', ['age-dynamic@22:dynamic']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
