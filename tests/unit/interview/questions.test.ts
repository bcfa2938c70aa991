import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../lib/engine/finding';
import {
  addCriteria,
  addQuestion,
  checkQuestions,
  DEFAULT_SCALE,
  moveQuestion,
  nextCriterionCode,
  parseCriteria,
  questionSetGaps,
  recordMark,
  removeCriterion,
  removeQuestion,
  setDescriptor,
  setQuestionScale,
  updateCriterion,
  updateQuestion,
} from '../../../lib/interview';
import { deepFreeze, only, scenario } from './fixtures';

const fit: Finding = {
  ruleId: 'culture-fit',
  category: 'tone',
  severity: 'warning',
  start: 20,
  end: 23,
  text: 'fit',
  message: 'Judging "fit" invites bias: assess against the criteria.',
  suggestions: [{ kind: 'advice', text: 'Ask about a criterion instead.' }],
  source: { name: 'CIPD', url: 'https://www.cipd.org/' },
};
/** A stand-in for the engine: flags "fit" only. */
const check = (text: string): Finding[] => (text.includes(' fit ') ? [fit] : []);

describe('criteria', () => {
  test('codes run per kind and skip duplicates of existing wording', () => {
    const { state, vacancyId, deps } = scenario();
    const r = addCriteria(
      state,
      vacancyId,
      parseCriteria('Essential:\nworks well in a team.\nSafeguarding level 3\nDesirable:\nSpirometry'),
      'typed',
      deps,
    );
    expect(r.skipped).toBe(1);
    expect(only(r.state).criteria.map((c) => [c.code, c.text, c.origin])).toEqual([
      ['E1', 'Registered nurse (NMC)', 'nhs-jobs'],
      ['E2', 'Works well in a team', 'nhs-jobs'],
      ['D1', 'Experience of cervical screening', 'nhs-jobs'],
      ['E3', 'Safeguarding level 3', 'typed'],
      ['D2', 'Spirometry', 'typed'],
    ]);
  });

  test.each([
    [[], 'essential', 'E1'],
    [[{ code: 'E1' }, { code: 'E4' }, { code: 'D2' }], 'essential', 'E5'],
    [[{ code: 'E1' }, { code: 'E4' }, { code: 'D2' }], 'desirable', 'D3'],
  ] as const)('nextCriterionCode(%j, %s) → %s', (criteria, kind, code) => {
    expect(nextCriterionCode(criteria, kind)).toBe(code);
  });

  test('changing the kind gives a new code; removing unlinks questions', () => {
    const { state, vacancyId, e2, q2 } = scenario();
    let s = updateCriterion(state, vacancyId, e2, { kind: 'desirable' });
    expect(only(s).criteria.find((c) => c.id === e2)?.code).toBe('D2');
    s = removeCriterion(s, vacancyId, e2);
    expect(only(s).questions.find((q) => q.id === q2)?.criterionIds).toEqual([]);
  });
});

describe('questions', () => {
  test('a new question has the 0–4 scale with labels and empty descriptors', () => {
    const { state, vacancyId, deps, e1 } = scenario();
    const r = addQuestion(state, vacancyId, { text: '  Why this practice?  ', criterionIds: [e1, e1] }, deps);
    const q = only(r.state).questions.at(-1);
    expect(q).toEqual({
      id: r.id,
      text: 'Why this practice?',
      criterionIds: [e1],
      scale: { min: 0, max: 4, labels: ['No evidence', 'Limited', 'Acceptable', 'Good', 'Excellent'] },
      descriptors: ['', '', '', '', ''],
      check: null,
    });
    expect(DEFAULT_SCALE.labels).toEqual(['No evidence', 'Limited', 'Acceptable', 'Good', 'Excellent']);
  });

  test('gaps: missing descriptors, criteria without a question, unlinked and unchecked questions', () => {
    const { state, vacancyId, deps, e1, e2, q1, q2, q3 } = scenario();
    let s = addCriteria(state, vacancyId, [{ text: 'Safeguarding level 3', kind: 'essential' }], 'typed', deps).state;
    s = updateQuestion(s, vacancyId, q2, { criterionIds: [] });
    s = setDescriptor(s, vacancyId, q1, 0, '');
    s = setDescriptor(s, vacancyId, q1, 3, '');
    s = setDescriptor(s, vacancyId, q3, 4, '');
    s = checkQuestions(s, vacancyId, check, deps, [q1, q3]);
    const gaps = questionSetGaps(only(s));
    expect(gaps.missingDescriptors).toEqual([
      { questionId: q1, number: 1, levels: [0, 3] },
      { questionId: q3, number: 3, levels: [4] },
    ]);
    expect(gaps.criteriaWithoutQuestion.map((c) => c.code)).toEqual(['E2', 'E3']);
    expect(gaps.messages).toEqual([
      'Question 1 has no descriptor for levels 0 and 3: write them before the interviews.',
      'Question 3 has no descriptor for level 4: write it before the interviews.',
      'E2 (essential) "Works well in a team" has no question: add one or link an existing question.',
      'E3 (essential) "Safeguarding level 3" has no question: add one or link an existing question.',
      'Question 2 is not linked to any criterion.',
      'Question 2 has not been checked for biased or unlawful wording.',
    ]);
    expect(e1).not.toBe(e2);
  });

  test('a ready question set has no gaps', () => {
    const { state, vacancyId, deps } = scenario();
    expect(questionSetGaps(only(checkQuestions(state, vacancyId, check, deps))).messages).toEqual([]);
  });

  test('findings are stored per question and cleared when the wording changes', () => {
    const { state, vacancyId, deps, q2 } = scenario();
    let s = updateQuestion(state, vacancyId, q2, { text: 'Would you be a good fit for our team?' });
    s = checkQuestions(s, vacancyId, check, deps);
    expect(only(s).questions.map((q) => q.check?.findings.length)).toEqual([0, 1, 0]);
    expect(only(s).questions[1]?.check).toEqual({ at: '2026-03-02T09:00:00.000Z', findings: [fit] });
    expect(questionSetGaps(only(s)).messages).toEqual(['Question 2 has 1 wording issue to review.']);
    s = updateQuestion(s, vacancyId, q2, { text: 'How do you work with a team?' });
    expect(only(s).questions[1]?.check).toBe(null);
  });

  test('a new scale keeps the descriptors of the levels that remain', () => {
    const { state, vacancyId, q1 } = scenario();
    const s = setQuestionScale(state, vacancyId, q1, { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] });
    expect(only(s).questions[0]?.descriptors).toEqual(['Level 1 answer', 'Level 2 answer', 'Level 3 answer', 'Level 4 answer', '']);
  });

  test('moving a question', () => {
    const { state, vacancyId, q1, q2, q3 } = scenario();
    expect(only(moveQuestion(state, vacancyId, q3, 0)).questions.map((q) => q.id)).toEqual([q3, q1, q2]);
    expect(() => moveQuestion(state, vacancyId, q3, 3)).toThrow('Choose a position from 1 to 3.');
  });

  describe('once any mark is recorded, the set is fixed', () => {
    const { state: s0, vacancyId, deps, asha, a, q1, e1 } = scenario();
    const state = deepFreeze(recordMark(s0, vacancyId, { memberId: asha, candidateId: a, questionId: q1, mark: 2 }));
    test.each([
      ['add', () => addQuestion(state, vacancyId, { text: 'New?', criterionIds: [e1] }, deps), 'Scoring has started, so questions can no longer be added: every candidate must face the same questions and scale.'],
      ['remove', () => removeQuestion(state, vacancyId, q1), 'Scoring has started, so questions can no longer be removed: every candidate must face the same questions and scale.'],
      ['descriptor', () => setDescriptor(state, vacancyId, q1, 2, 'x'), 'Scoring has started, so the level descriptors can no longer change: every candidate must face the same questions and scale.'],
      ['scale', () => setQuestionScale(state, vacancyId, q1, DEFAULT_SCALE), 'Scoring has started, so the scale can no longer change: every candidate must face the same questions and scale.'],
      ['order', () => moveQuestion(state, vacancyId, q1, 1), 'Scoring has started, so the order of the questions can no longer change: every candidate must face the same questions and scale.'],
    ])('%s is refused', (_name, action, message) => {
      expect(action).toThrow(message);
    });
    test('but a typo in the wording can still be fixed', () => {
      expect(only(updateQuestion(state, vacancyId, q1, { text: 'Fixed.' })).questions[0]?.text).toBe('Fixed.');
    });
  });

  test.each([
    [{ min: 0, max: 4, labels: ['a', 'b'] }],
    [{ min: 3, max: 3, labels: ['a'] }],
    [{ min: 0, max: 11, labels: Array.from({ length: 12 }, () => 'x') }],
    [{ min: 0, max: 1, labels: ['a', ' '] }],
  ])('a bad scale is refused: %j', (scale) => {
    const { state, vacancyId, deps } = scenario();
    expect(() => addQuestion(state, vacancyId, { text: 'Q', criterionIds: [], scale }, deps)).toThrow(
      'A scale runs between whole numbers from 0 to 10, with a short label for every level.',
    );
  });
});
