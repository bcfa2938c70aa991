import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 35, the study slice's misses in its weakest categories (exclusionary requirements,
// disability, race and nationality, tone) by family: each family in words of our own, with the
// near sentences a reviewer would leave alone (a reason or support given, patients, a job's pattern).

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a posture demanded for a whole shift or with no break (disability)', () => {
  it.each<[string, TextKind, [string, string, number][]]>([
    ['We need a porter who can walk the corridors for the whole day.', 'advert', [['physical-extent', 'walk the corridors for the whole day', 25]]],
    ["I'd want someone who can kneel at the skirting boards with no breaks.", 'email', [['physical-extent', 'want someone who can kneel at the skirting boards with no breaks', 4]]],
    // "down" completes a bend or a crouch; it is another sense after "stand" or "push".
    ['We want someone who can bend down to the bottom drawers all day.', 'email', [['physical-extent', 'want someone who can bend down to the bottom drawers all day', 3]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, TextKind]>([
    // A full shift worked is the job's length, not a posture demanded. (A stance held for a full shift,
    // "must be able to stand at the till for a full shift", is a known gap, not pinned either way.)
    ['Able to work a full shift on the ward.', 'advert'],
    // What the job is like, said honestly, with seating and breaks.
    ["You'll be standing for most of a full shift, with a stool at the bench and rest breaks.", 'advert'],
    // Patients, and a posture described rather than demanded.
    ['Patients who can stand for a full day are ready for discharge.', 'advert'],
    ['Staff are on their feet for the full day on the rehab gym.', 'advert'],
    // "Stand down", "push down": other senses.
    ['The on-call team can stand down for a full day after a night shift.', 'advert'],
    ['You must be able to push down on the chest with no breaks for two minutes in a resuscitation.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('time asked with no bound (exclusionary)', () => {
  it.each<[string, TextKind, [string, string, number][]]>([
    // Urgent work is the job stated, but not on the person's own leave.
    [
      'The lead will be expected to be reachable by phone for urgent advice at all times, including during annual leave.',
      'advert',
      [['time-demanded', 'at all times', 69]],
    ],
    // A rota that calls whenever it needs is no turn of the person's.
    ['- Cover extra clinics whenever the rota needs you', 'advert', [['time-demanded', 'Cover extra clinics whenever the rota needs', 2]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, TextKind]>([
    // Urgent work at any hour within a set on-call duty, and a rota's pattern.
    ['You will be contactable for urgent advice at all times while on call.', 'advert'],
    ['You will need to work days, nights and weekends as the rota requires.', 'advert'],
    // Colleagues' leave covered is the job.
    ['You may cover urgent referrals during their annual leave.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('only the toughest wanted (tone)', () => {
  it.each<[string, TextKind, [string, string, number][]]>([
    ['The ward is relentless: only the hardiest last.', 'advert', [['pressure-thrive', 'only the hardiest last', 24]]],
    ['Only the most resilient should apply for this post.', 'advert', [['pressure-thrive', 'Only the most resilient should apply', 0]]],
    ['Honestly, only high performers need apply.', 'advert', [['pressure-thrive', 'only high performers need apply', 10]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, TextKind]>([
    // Things that last, and a busy service described with the support it gives.
    ['Only the toughest gloves last a full list in theatre.', 'advert'],
    ['The unit is busy; only the most resilient need apply, and every starter has a named supervisor and protected debriefs.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});
