import { describe, expect, test } from 'vitest';
import {
  addCandidate,
  addPanelMember,
  addVacancy,
  candidateCode,
  discardBrokenCopy,
  emptyState,
  findVacancy,
  recordMark,
  removeCandidate,
  removeCriterion,
  removePanelMember,
  removeVacancy,
  renameCandidate,
  setDecision,
  updatePanelMember,
  updateVacancy,
} from '../../../lib/interview';
import { deepFreeze, only, scenario, score, testDeps } from './fixtures';

describe('vacancies', () => {
  test('a new vacancy', () => {
    const deps = testDeps('v');
    const r = addVacancy(deepFreeze(emptyState()), { title: '  Practice Manager ', dates: { closing: '2026-04-01' } }, deps);
    expect(r).toEqual({
      id: 'v1',
      state: {
        schemaVersion: 2,
        brokenCopies: [],
        vacancies: [
          {
            id: 'v1',
            title: 'Practice Manager',
            reference: '',
            dates: { closing: '2026-04-01', shortlisting: null, interview: null },
            createdAt: '2026-03-02T09:00:00.000Z',
            panel: [],
            checklist: {},
            criteria: [],
            questions: [],
            candidates: [],
            sheets: [],
            agreed: [],
            decisions: [],
            monitoring: {
              white: { shortlisted: 0, appointed: 0 },
              asian: { shortlisted: 0, appointed: 0 },
              black: { shortlisted: 0, appointed: 0 },
              mixed: { shortlisted: 0, appointed: 0 },
              other: { shortlisted: 0, appointed: 0 },
              'not-stated': { shortlisted: 0, appointed: 0 },
            },
          },
        ],
      },
    });
  });

  test('updating keeps what is not given', () => {
    const { state, vacancyId } = scenario();
    const v = only(updateVacancy(state, vacancyId, { reference: 'NEW-1', dates: { shortlisting: '2026-03-01' } }));
    expect([v.title, v.reference, v.dates]).toEqual(['Practice Nurse', 'NEW-1', { closing: null, shortlisting: '2026-03-01', interview: '2026-03-10' }]);
    expect(removeVacancy(state, vacancyId).vacancies).toEqual([]);
  });

  test.each([
    [{ title: ' ' }, 'Give the vacancy a title.'],
    [{ title: 'x'.repeat(201) }, 'The title must be at most 200 characters.'],
    [{ title: 'GP', dates: { interview: '10/03/2026' } }, '"10/03/2026" is not a date; use the form 2026-03-31.'],
  ])('refused: %j', (input, message) => {
    expect(() => addVacancy(emptyState(), input, testDeps())).toThrow(message);
  });

  test('findVacancy on a deleted vacancy', () => {
    expect(() => findVacancy(emptyState(), 'v9')).toThrow('This vacancy no longer exists.');
  });
});

describe('panel', () => {
  test.each([
    ['chair', true],
    ['member', true],
    ['hr', true],
    ['independent', false],
  ] as const)('a new %s scores by default: %s', (role, scores) => {
    const { state, vacancyId, deps } = scenario();
    const r = addPanelMember(state, vacancyId, { name: 'Eve', role }, deps);
    expect(only(r.state).panel.at(-1)).toEqual({ id: r.id, name: 'Eve', role, scores });
  });

  test('an independent member can be asked to score', () => {
    const { state, vacancyId, dev } = scenario();
    expect(only(updatePanelMember(state, vacancyId, dev, { scores: true })).panel.at(-1)?.scores).toBe(true);
  });

  test('members with marks cannot be removed or stop scoring', () => {
    const { state, vacancyId, asha, a, q1, dev } = scenario();
    const s = recordMark(state, vacancyId, { memberId: asha, candidateId: a, questionId: q1, evidence: 'Started notes' });
    expect(() => removePanelMember(s, vacancyId, asha)).toThrow('Asha Patel has already recorded marks, so cannot be removed from the panel.');
    expect(() => updatePanelMember(s, vacancyId, asha, { scores: false })).toThrow(
      'Asha Patel has already recorded marks, so must stay a scoring member.',
    );
    expect(only(removePanelMember(s, vacancyId, dev)).panel.map((m) => m.name)).toEqual(['Asha Patel', 'Ben Okoro', 'Cara Lewis']);
  });
});

describe('candidates', () => {
  test.each([
    [1, 'Candidate 01'],
    [7, 'Candidate 07'],
    [12, 'Candidate 12'],
  ])('candidateCode(%i) → %s', (n, code) => expect(candidateCode(n)).toBe(code));

  test('codes: the next free number by default, free text allowed, no duplicates', () => {
    const { state, vacancyId, deps, a } = scenario();
    let s = renameCandidate(state, vacancyId, a, 'Candidate 03');
    s = addCandidate(s, vacancyId, undefined, deps).state;
    s = addCandidate(s, vacancyId, 'Applicant from the reserve list', deps).state;
    expect(only(s).candidates.map((c) => c.code)).toEqual(['Candidate 03', 'Candidate 02', 'Candidate 04', 'Applicant from the reserve list']);
    expect(() => addCandidate(s, vacancyId, ' candidate 02 ', deps)).toThrow('There is already a candidate called "candidate 02".');
    expect(() => addCandidate(s, vacancyId, '', deps)).toThrow('Give the candidate a code, for example "Candidate 07".');
  });

  test('a marked candidate cannot be removed', () => {
    const { state, vacancyId, deps, asha, q1, q2, q3, a, b } = scenario();
    const s = score(state, vacancyId, a, { [asha]: { [q1]: 1, [q2]: 1, [q3]: 1 } }, deps);
    expect(() => removeCandidate(s, vacancyId, a)).toThrow('Candidate 01 has already been marked, so cannot be removed.');
    expect(only(removeCandidate(s, vacancyId, b)).candidates.map((c) => c.code)).toEqual(['Candidate 01']);
  });

  test('a criterion named in a decision cannot be removed', () => {
    const { state, vacancyId, deps, asha, ben, cara, q1, q2, q3, a, e1 } = scenario();
    const all = { [q1]: 2, [q2]: 2, [q3]: 2 };
    let s = score(state, vacancyId, a, { [asha]: all, [ben]: all, [cara]: all }, deps);
    s = setDecision(s, vacancyId, a, 'not-appointed', 'Did not show E1.', deps);
    expect(() => removeCriterion(s, vacancyId, e1)).toThrow('E1 is named in a recorded decision, so cannot be removed.');
  });
});

test('discardBrokenCopy', () => {
  const state = { ...emptyState(), brokenCopies: [0, 1, 2].map((n) => ({ at: '2026-03-02T09:00:00.000Z', problem: `p${n}`, raw: `${n}` })) };
  expect(discardBrokenCopy(state, 1).brokenCopies.map((c) => c.problem)).toEqual(['p0', 'p2']);
});
