import { describe, expect, test } from 'vitest';
import { recordMark, reopenSheet, scoringStatus, submitSheet, visibleSheets } from '../../../lib/interview';
import { deepFreeze, only, scenario, score } from './fixtures';

describe('marks stay hidden until every scorer has submitted', () => {
  const { state, deps, vacancyId, asha, ben, cara, dev, q1, q2, q3, a } = scenario();
  const marks = (m: number) => ({ [q1]: m, [q2]: m, [q3]: m });
  const twoIn = deepFreeze(score(state, vacancyId, a, { [asha]: marks(1), [ben]: marks(2) }, deps));
  const allIn = score(twoIn, vacancyId, a, { [cara]: marks(3) }, deps);

  const seen = (s: typeof twoIn, viewer: string) => {
    const view = visibleSheets(only(s), a, viewer);
    return [view.revealed, view.sheets.map((x) => x.memberId), view.waitingFor];
  };

  test.each([
    ['Asha (submitted) sees only her own', asha, [false, ['asha'], ['cara']]],
    ['Ben (submitted) sees only his own', ben, [false, ['ben'], ['cara']]],
    ['Cara (not started) sees nothing', cara, [false, [], ['cara']]],
    ['Dev (independent, not scoring) sees nothing', dev, [false, [], ['cara']]],
  ])('before: %s', (_name, viewer, expected) => {
    const names = { [asha]: 'asha', [ben]: 'ben', [cara]: 'cara' } as Record<string, string>;
    const [revealed, sheets, waiting] = seen(twoIn, viewer) as [boolean, string[], string[]];
    expect([revealed, sheets.map((m) => names[m]), waiting.map((m) => names[m])]).toEqual(expected);
  });

  test('a draft is private too: Cara sees her unsubmitted marks, the others do not', () => {
    const draft = recordMark(twoIn, vacancyId, { memberId: cara, candidateId: a, questionId: q1, mark: 4, evidence: 'Gave a clear example.' });
    expect(visibleSheets(only(draft), a, cara).sheets).toEqual([
      { memberId: cara, candidateId: a, marks: { [q1]: { mark: 4, evidence: 'Gave a clear example.' } }, submittedAt: null },
    ]);
    expect(visibleSheets(only(draft), a, asha).sheets.map((x) => x.memberId)).toEqual([asha]);
  });

  test.each([asha, ben, cara, dev])('after: everyone sees all three sheets (viewer %s)', (viewer) => {
    const view = visibleSheets(only(allIn), a, viewer);
    expect([view.revealed, view.sheets.map((x) => x.memberId), view.waitingFor]).toEqual([true, [asha, ben, cara], []]);
  });

  test('scoring status', () => {
    expect(scoringStatus(only(twoIn), a)).toEqual({ scorers: [asha, ben, cara], submitted: [asha, ben], waitingFor: [cara], allSubmitted: false });
    expect(scoringStatus(only(allIn), a).allSubmitted).toBe(true);
  });

  test.each([
    ['a submitted sheet is locked', () => recordMark(twoIn, vacancyId, { memberId: asha, candidateId: a, questionId: q1, mark: 4 }), 'Asha Patel has already submitted marks for Candidate 01.'],
    ['a second submit', () => submitSheet(twoIn, vacancyId, asha, a, deps), 'Asha Patel has already submitted marks for Candidate 01.'],
    ['the independent member does not score', () => recordMark(twoIn, vacancyId, { memberId: dev, candidateId: a, questionId: q1, mark: 2 }), 'Dev Singh is not scoring on this panel.'],
    ['a mark off the scale', () => recordMark(twoIn, vacancyId, { memberId: cara, candidateId: a, questionId: q1, mark: 5 }), 'Marks for this question are whole numbers from 0 to 4.'],
    ['a fractional mark', () => recordMark(twoIn, vacancyId, { memberId: cara, candidateId: a, questionId: q1, mark: 2.5 }), 'Marks for this question are whole numbers from 0 to 4.'],
    ['submitting with nothing marked', () => submitSheet(twoIn, vacancyId, cara, a, deps), 'Give a mark for every question before submitting: questions 1, 2 and 3 have no mark.'],
    [
      'submitting with one unmarked',
      () => submitSheet(score(twoIn, vacancyId, a, { [cara]: { [q1]: 2, [q3]: 2 } }, deps, false), vacancyId, cara, a, deps),
      'Give a mark for every question before submitting: question 2 has no mark.',
    ],
    ['reopening once all have submitted', () => reopenSheet(allIn, vacancyId, asha, a), 'Everyone has submitted marks for Candidate 01, so they can no longer be reopened: agree any change in moderation.'],
    ['reopening a sheet never submitted', () => reopenSheet(twoIn, vacancyId, cara, a), 'Cara Lewis has not submitted marks for Candidate 01.'],
  ])('%s is refused', (_name, action, message) => {
    expect(action).toThrow(message);
  });

  test('a sheet can be reopened while others are still scoring, and the mark corrected', () => {
    let s = reopenSheet(twoIn, vacancyId, asha, a);
    s = recordMark(s, vacancyId, { memberId: asha, candidateId: a, questionId: q1, mark: 2 });
    const sheet = only(s).sheets.find((x) => x.memberId === asha);
    expect([sheet?.submittedAt, sheet?.marks[q1]]).toEqual([null, { mark: 2, evidence: 'Evidence for 1' }]);
  });

  test('submitting stamps the time', () => {
    expect(only(twoIn).sheets.map((x) => x.submittedAt)).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z']);
  });
});
