import { describe, expect, test } from 'vitest';
import { criteriaNamedIn, decisionReasonProblem, setDecision } from '../../../lib/interview';
import { only, scenario, score } from './fixtures';

describe('criteriaNamedIn', () => {
  const { state } = scenario();
  const v = only(state);
  test.each([
    ['Strongest evidence on E1.', ['E1']],
    ['e2 and (D1) both met', ['E2', 'D1']],
    ['Clearly works well in a  team.', ['E2']],
    ['REGISTERED NURSE (NMC) confirmed', ['E1']],
    ['Met E12 and BE2 only', []],
    ['Good fit for the team', []],
    ['Met criterion id2', []],
    ['Met criterion id6', ['E1']],
    ['Met criterion id66', []],
  ])('%j names %j', (reason, codes) => {
    expect(criteriaNamedIn(v.criteria, reason).map((c) => c.code)).toEqual(codes);
  });
});

describe('decisions', () => {
  const { state, deps, vacancyId, asha, ben, cara, q1, q2, q3, a, b, e1, e2 } = scenario();
  const all = (m: number) => ({ [q1]: m, [q2]: m, [q3]: m });
  const s = score(state, vacancyId, a, { [asha]: all(3), [ben]: all(3), [cara]: all(4) }, deps);

  test.each([
    ['', 'Give a reason for the decision.'],
    ['   ', 'Give a reason for the decision.'],
    ['Good fit for the team.', 'Name at least one criterion in the reason, by its code (for example E1) or its wording.'],
    ['Best evidence against E1 and E2.', null],
  ])('decisionReasonProblem(%j) → %j', (reason, problem) => {
    expect(decisionReasonProblem(only(s), reason)).toBe(problem);
  });

  test('a decision stores the trimmed reason, the criteria it names and the time', () => {
    const t = setDecision(s, vacancyId, a, 'appoint', '  Best evidence against E1 and E2.  ', deps);
    expect(only(t).decisions).toEqual([
      { candidateId: a, outcome: 'appoint', reason: 'Best evidence against E1 and E2.', criterionIds: [e1, e2], decidedAt: '2026-03-02T09:00:00.000Z' },
    ]);
    const u = setDecision(t, vacancyId, a, 'reserve', 'On reflection, E2 was weaker.', deps);
    expect(only(u).decisions.map((d) => [d.outcome, d.criterionIds])).toEqual([['reserve', [e2]]]);
  });

  test.each([
    [() => setDecision(s, vacancyId, a, 'appoint', 'Good fit.', deps), 'Name at least one criterion in the reason, by its code (for example E1) or its wording.'],
    [() => setDecision(s, vacancyId, b, 'appoint', 'E1', deps), 'Finish scoring first: Asha Patel, Ben Okoro and Cara Lewis have not submitted marks for Candidate 02.'],
    [() => setDecision(s, vacancyId, 'gone', 'appoint', 'E1', deps), 'This candidate is no longer in the vacancy.'],
  ])('refused %#: %s', (action, message) => {
    expect(action).toThrow(message);
  });
});
