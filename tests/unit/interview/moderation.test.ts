import { describe, expect, test } from 'vitest';
import { describeMarks, disagreementThreshold, moderate, setAgreedMark } from '../../../lib/interview';
import { only, scenario, score } from './fixtures';

describe('describeMarks', () => {
  test.each([
    [[3, 4, 2], { min: 2, max: 4, spread: 2, mean: 3, median: 3 }],
    [[2, 2, 3], { min: 2, max: 3, spread: 1, mean: 2.33, median: 2 }],
    [[4, 0, 3], { min: 0, max: 4, spread: 4, mean: 2.33, median: 3 }],
    [[1, 2, 4, 4], { min: 1, max: 4, spread: 3, mean: 2.75, median: 3 }],
    [[1, 2], { min: 1, max: 2, spread: 1, mean: 1.5, median: 1.5 }],
    [[3], { min: 3, max: 3, spread: 0, mean: 3, median: 3 }],
    [[0, 0, 0, 1, 4], { min: 0, max: 4, spread: 4, mean: 1, median: 0 }],
    [[2, 3, 3], { min: 2, max: 3, spread: 1, mean: 2.67, median: 3 }],
  ])('%j → %j', (marks, stats) => {
    expect(describeMarks(marks)).toEqual(stats);
  });
  test('no marks → null', () => expect(describeMarks([])).toBe(null));
});

describe('disagreementThreshold', () => {
  test.each([
    [0, 4, undefined, 2],
    [1, 5, undefined, 2],
    [0, 7, undefined, 3.5],
    [0, 4, 0.75, 3],
    [0, 10, 0.3, 3],
  ])('scale %i–%i at %s → %s', (min, max, fraction, threshold) => {
    expect(disagreementThreshold({ min, max }, fraction)).toBe(threshold);
  });
  test('a fraction outside (0, 1] is a programming error', () => {
    expect(() => disagreementThreshold({ min: 0, max: 4 }, 0)).toThrow('fraction must be more than 0 and at most 1');
  });
});

describe('moderate', () => {
  const { state, deps, vacancyId, asha, ben, cara, q1, q2, q3, a, b } = scenario();
  let s = score(state, vacancyId, a, { [asha]: { [q1]: 3, [q2]: 2, [q3]: 4 }, [ben]: { [q1]: 4, [q2]: 2, [q3]: 3 }, [cara]: { [q1]: 2, [q2]: 3, [q3]: 3 } }, deps);
  s = score(s, vacancyId, b, { [asha]: { [q1]: 1, [q2]: 4, [q3]: 2 }, [ben]: { [q1]: 2, [q2]: 0, [q3]: 2 }, [cara]: { [q1]: 1, [q2]: 3, [q3]: 2 } }, deps);

  test('per question: marks, stats and disagreement flags (spread ≥ 2 on 0–4)', () => {
    const m = moderate(only(s));
    expect(
      m.candidates.map((c) => c.questions.map((q) => [q.number, q.marks.map((x) => x.mark), q.stats?.spread, q.stats?.mean, q.stats?.median, q.disagreement])),
    ).toEqual([
      [
        [1, [3, 4, 2], 2, 3, 3, true],
        [2, [2, 2, 3], 1, 2.33, 2, false],
        [3, [4, 3, 3], 1, 3.33, 3, false],
      ],
      [
        [1, [1, 2, 1], 1, 1.33, 1, false],
        [2, [4, 0, 3], 4, 2.33, 3, true],
        [3, [2, 2, 2], 0, 2, 2, false],
      ],
    ]);
  });

  test('totals per member, mean total, final total and ranking', () => {
    const m = moderate(only(s));
    expect(m.candidates.map((c) => [c.code, c.memberTotals.map((t) => t.total), c.meanTotal, c.finalTotal, c.disagreements, c.rank])).toEqual([
      ['Candidate 01', [9, 9, 8], 8.67, 8.67, 1, 1],
      ['Candidate 02', [7, 4, 6], 5.67, 5.67, 1, 2],
    ]);
    expect(m.ranking).toEqual([
      { candidateId: a, code: 'Candidate 01', rank: 1, finalTotal: 8.67 },
      { candidateId: b, code: 'Candidate 02', rank: 2, finalTotal: 5.67 },
    ]);
  });

  test('the disagreement fraction is a parameter', () => {
    const m = moderate(only(s), { disagreementFraction: 0.75 });
    expect(m.candidates.map((c) => c.questions.map((q) => q.disagreement))).toEqual([
      [false, false, false],
      [false, true, false],
    ]);
  });

  test('agreed marks replace the mean in the final total, and can change the ranking', () => {
    let t = setAgreedMark(s, vacancyId, b, q2, 4, 'Clear evidence of de-escalation; Ben misheard the example.');
    t = setAgreedMark(t, vacancyId, b, q1, 4, 'Strong example on re-reading the notes.');
    t = setAgreedMark(t, vacancyId, a, q1, 3);
    const m = moderate(only(t));
    expect(m.candidates.map((c) => [c.finalTotal, c.rank])).toEqual([
      [8.67, 2],
      [10, 1],
    ]);
    expect(m.candidates[1]?.questions[1]?.agreed).toEqual({ mark: 4, reason: 'Clear evidence of de-escalation; Ben misheard the example.' });
    expect(m.candidates[1]?.questions[1]?.final).toBe(4);
  });

  test('equal totals share a rank', () => {
    let t = setAgreedMark(s, vacancyId, b, q1, 4, 'x');
    t = setAgreedMark(t, vacancyId, b, q2, 3, 'x');
    t = setAgreedMark(t, vacancyId, b, q3, 2);
    t = setAgreedMark(t, vacancyId, a, q1, 3);
    t = setAgreedMark(t, vacancyId, a, q2, 3, 'x');
    t = setAgreedMark(t, vacancyId, a, q3, 3, 'x');
    expect(moderate(only(t)).ranking.map((r) => [r.code, r.rank, r.finalTotal])).toEqual([
      ['Candidate 01', 1, 9],
      ['Candidate 02', 1, 9],
    ]);
  });

  test.each([
    [2.5, 'Marks for this question are whole numbers from 0 to 4.'],
    [5, 'Marks for this question are whole numbers from 0 to 4.'],
    [4, "Give a reason: the agreed mark (4) is not the mean of the panel's marks (3)."],
  ])('agreed mark %s is refused: %s', (mark, message) => {
    expect(() => setAgreedMark(s, vacancyId, a, q1, mark)).toThrow(message);
  });

  test('a mean that is not whole always needs a reason', () => {
    expect(() => setAgreedMark(s, vacancyId, a, q2, 2)).toThrow(
      "Give a reason: the agreed mark (2) is not the mean of the panel's marks (2.33).",
    );
  });

  test('before everyone has submitted, a candidate shows no marks and cannot be moderated', () => {
    const { state: s0, deps: d, vacancyId: v, asha: x, ben: y, q1: k1, q2: k2, q3: k3, a: c } = scenario();
    const t = score(s0, v, c, { [x]: { [k1]: 1, [k2]: 1, [k3]: 1 }, [y]: { [k1]: 4, [k2]: 4, [k3]: 4 } }, d);
    const m = moderate(only(t));
    expect(m.candidates[0]).toMatchObject({ ready: false, questions: [], memberTotals: [], meanTotal: null, rank: null });
    expect(m.ranking).toEqual([]);
    expect(() => setAgreedMark(t, v, c, k1, 2, 'x')).toThrow('Finish scoring first: Cara Lewis has not submitted marks for Candidate 01.');
  });
});
