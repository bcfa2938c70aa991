import { expect, test } from 'vitest';
import type { Finding } from '../../../lib/engine/finding';
import {
  addCandidate,
  addCriteria,
  addPanelMember,
  addQuestion,
  addVacancy,
  checklistProgress,
  checkQuestions,
  criticalWarnings,
  emptyState,
  exportBackup,
  importBackup,
  type InterviewState,
  loadState,
  moderate,
  nextOpenItems,
  parseCriteria,
  printRecord,
  questionSetGaps,
  recordMark,
  scoresCsv,
  setAgreedMark,
  setDecision,
  setDescriptor,
  setItemNote,
  setItemStatus,
  setMonitoring,
  stateSchema,
  submitSheet,
  updateQuestion,
  visibleSheets,
} from '../../../lib/interview';
import { deepFreeze, testDeps } from './fixtures';

/** Stand-in for `analyse(text, { context: 'question' }).findings`. */
const check = (text: string): Finding[] =>
  /where are you from/i.test(text)
    ? [
        {
          ruleId: 'where-from',
          category: 'race-nationality',
          severity: 'error',
          start: 0,
          end: 19,
          text: text.slice(0, 19),
          message: 'Asking where someone is from invites race discrimination.',
          suggestions: [{ kind: 'advice', text: 'Ask about the right to work in the UK, the same way for everyone.' }],
          source: { name: 'Home Office code of practice', url: 'https://www.gov.uk/' },
        },
      ]
    : [];

test('one vacancy from checklist to decisions, then export and import', () => {
  const deps = testDeps();
  let s: InterviewState = emptyState();
  const step = (next: InterviewState) => {
    s = deepFreeze(next); // any later mutation of an earlier state would throw
    return s;
  };

  // Vacancy and panel
  const vac = addVacancy(s, { title: 'Salaried GP', reference: 'SGP-07', dates: { closing: '2026-02-20', interview: '2026-03-09' } }, deps);
  step(vac.state);
  const v = vac.id;
  const member = (name: string, role: 'chair' | 'member' | 'independent' | 'hr') => {
    const r = addPanelMember(s, v, { name, role }, deps);
    step(r.state);
    return r.id;
  };
  const chair = member('Dr Amina Yusuf', 'chair');
  const pm = member('Tom Reid', 'member');
  const manager = member('Priya Shah', 'member');
  member('Grace Mensah', 'independent');

  // Checklist
  for (const id of ['re-examine-the-job', 'criteria-from-person-spec', 'diverse-panel', 'scoring-guide-agreed', 'reasonable-adjustments-offered'])
    step(setItemStatus(s, v, id, 'done'));
  step(setItemStatus(s, v, 'online-interview-parity', 'na', 'All interviews are in person at the surgery.'));
  step(setItemNote(s, v, 'diverse-panel', 'Two women, one man; three ethnic groups. Chair trained 2025.'));
  expect(nextOpenItems(s.vacancies[0]!, 3).map((i) => i.id)).toEqual([
    'independent-scoring-before-discussion',
    'no-protected-or-health-questions',
    'decision-recorded-against-criteria',
  ]);

  // Criteria, pasted
  const crit = addCriteria(
    s,
    v,
    parseCriteria('Essential:\n• Full GMC registration\n• Managing long-term conditions\nDesirable:\n• GP trainer'),
    'typed',
    deps,
  );
  step(crit.state);
  const [gmc = '', ltc = '', trainer = ''] = crit.ids;

  // Three questions with descriptors, one with a bad draft wording caught by the check
  const q = (text: string, criteria: string[]) => {
    const r = addQuestion(s, v, { text, criterionIds: criteria }, deps);
    step(r.state);
    ['No evidence given', 'Vague', 'Sound, with an example', 'Clear, reflective example', 'Exemplary and specific'].forEach((d, level) => {
      step(setDescriptor(s, v, r.id, level, d));
    });
    return r.id;
  };
  const q1 = q('Where are you from originally, and why this practice?', [gmc]);
  const q2 = q('Talk us through how you review a patient with poorly controlled diabetes.', [ltc]);
  const q3 = q('Tell us about a time you supported a learner.', [trainer]);
  step(checkQuestions(s, v, check, deps));
  expect(questionSetGaps(s.vacancies[0]!).messages).toEqual(['Question 1 has 1 wording issue to review.']);
  // Reword the flagged question and check again.
  step(updateQuestion(s, v, q1, { text: 'How do you keep your GMC revalidation portfolio up to date?' }));
  step(checkQuestions(s, v, check, deps));
  expect(questionSetGaps(s.vacancies[0]!).messages).toEqual([]);

  // Candidates and independent scoring
  const cand = (code: string) => {
    const r = addCandidate(s, v, code, deps);
    step(r.state);
    return r.id;
  };
  const c7 = cand('Candidate 07');
  const c9 = cand('Candidate 09');
  const marks: Record<string, Record<string, [number, number, number]>> = {
    [c7]: { [chair]: [3, 4, 2], [pm]: [3, 3, 2], [manager]: [4, 3, 1] },
    [c9]: { [chair]: [2, 2, 3], [pm]: [1, 2, 3], [manager]: [3, 4, 3] },
  };
  deps.time = '2026-03-09T11:30:00.000Z';
  for (const [candidateId, byMember] of Object.entries(marks)) {
    for (const [memberId, [m1, m2, m3]] of Object.entries(byMember)) {
      for (const [questionId, mark] of [[q1, m1], [q2, m2], [q3, m3]] as const)
        step(recordMark(s, v, { memberId, candidateId, questionId, mark, evidence: `Notes on ${mark}` }));
      // Before the last member submits, nobody sees anyone else's marks.
      expect(visibleSheets(s.vacancies[0]!, candidateId, memberId).sheets.map((x) => x.memberId)).toEqual([memberId]);
      step(submitSheet(s, v, memberId, candidateId, deps));
    }
    expect(visibleSheets(s.vacancies[0]!, candidateId, chair).sheets).toHaveLength(3);
  }
  step(setItemStatus(s, v, 'independent-scoring-before-discussion', 'done'));
  step(setItemStatus(s, v, 'no-protected-or-health-questions', 'done'));

  // Moderation
  const m = moderate(s.vacancies[0]!);
  expect(m.candidates.map((c) => [c.code, c.questions.map((x) => [x.stats?.mean, x.stats?.median, x.stats?.spread, x.disagreement]), c.memberTotals.map((t) => t.total), c.meanTotal])).toEqual([
    ['Candidate 07', [[3.33, 3, 1, false], [3.33, 3, 1, false], [1.67, 2, 1, false]], [9, 8, 8], 8.33],
    ['Candidate 09', [[2, 2, 2, true], [2.67, 2, 2, true], [3, 3, 0, false]], [7, 6, 10], 7.67],
  ]);
  step(setAgreedMark(s, v, c9, q1, 2));
  step(setAgreedMark(s, v, c9, q2, 3, "Priya's notes show a full annual review plan; the others agreed on re-reading."));
  deps.time = '2026-03-09T16:00:00.000Z';
  step(setDecision(s, v, c7, 'appoint', 'Highest total; strongest on GMC registration and revalidation (E1) and E2.', deps));
  step(setDecision(s, v, c9, 'reserve', 'Met E1 and E2; very strong on D1, GP trainer.', deps));
  step(setItemStatus(s, v, 'decision-recorded-against-criteria', 'done'));
  step(setMonitoring(s, v, 'white', { shortlisted: 1, appointed: 1 }));
  step(setMonitoring(s, v, 'black', { shortlisted: 1, appointed: 0 }));
  expect(criticalWarnings(s.vacancies[0]!)).toEqual([]);
  expect(checklistProgress(s.vacancies[0]!).at(-1)).toMatchObject({ done: 8, na: 1, open: 21, total: 30, criticalOpen: 0 });
  expect(moderate(s.vacancies[0]!).ranking.map((r) => [r.rank, r.code, r.finalTotal])).toEqual([
    [1, 'Candidate 07', 8.33],
    [2, 'Candidate 09', 8],
  ]);

  // The state is valid as a whole
  expect(stateSchema.safeParse(s).success).toBe(true);

  // Print record
  const record = printRecord(s.vacancies[0]!, { generatedAt: '2026-03-10T09:00:00.000Z' });
  expect(record.vacancy).toEqual({ title: 'Salaried GP', reference: 'SGP-07', dates: { closing: '2026-02-20', shortlisting: null, interview: '2026-03-09' } });
  expect(record.panel.map((p) => [p.name, p.roleLabel, p.scores])).toEqual([
    ['Dr Amina Yusuf', 'Chair', true],
    ['Tom Reid', 'Panel member', true],
    ['Priya Shah', 'Panel member', true],
    ['Grace Mensah', 'Independent member (critical friend)', false],
  ]);
  expect(record.checklist.map((c) => [c.label, c.done, c.na, c.open])).toEqual([
    ['Before the interview', 5, 1, 13],
    ['During the interview', 2, 0, 3],
    ['After the interview', 1, 0, 5],
  ]);
  expect(record.checklist[0]?.items.find((i) => i.id === 'online-interview-parity')).toEqual({
    id: 'online-interview-parity',
    group: 'Reasonable adjustments and logistics',
    text: "For online interviews, use the same format as in person, check the candidate's technology, have a backup plan and get consent before recording.",
    critical: false,
    status: 'na',
    statusLabel: 'Not applicable',
    reason: 'All interviews are in person at the surgery.',
    note: '',
  });
  expect(record.warnings).toEqual([]);
  expect(record.criteria).toEqual([
    { code: 'E1', kind: 'essential', text: 'Full GMC registration' },
    { code: 'E2', kind: 'essential', text: 'Managing long-term conditions' },
    { code: 'D1', kind: 'desirable', text: 'GP trainer' },
  ]);
  expect(record.questions[0]).toEqual({
    number: 1,
    text: 'How do you keep your GMC revalidation portfolio up to date?',
    criteria: ['E1'],
    levels: [
      { level: 0, label: 'No evidence', descriptor: 'No evidence given' },
      { level: 1, label: 'Limited', descriptor: 'Vague' },
      { level: 2, label: 'Acceptable', descriptor: 'Sound, with an example' },
      { level: 3, label: 'Good', descriptor: 'Clear, reflective example' },
      { level: 4, label: 'Excellent', descriptor: 'Exemplary and specific' },
    ],
    findings: [],
  });
  expect(record.candidates[1]).toEqual({
    code: 'Candidate 09',
    ready: true,
    waitingFor: [],
    questions: [
      {
        number: 1,
        marks: [
          { member: 'Dr Amina Yusuf', mark: 2, evidence: 'Notes on 2' },
          { member: 'Tom Reid', mark: 1, evidence: 'Notes on 1' },
          { member: 'Priya Shah', mark: 3, evidence: 'Notes on 3' },
        ],
        min: 1,
        max: 3,
        spread: 2,
        mean: 2,
        median: 2,
        disagreement: true,
        agreedMark: 2,
        agreedReason: '',
      },
      {
        number: 2,
        marks: [
          { member: 'Dr Amina Yusuf', mark: 2, evidence: 'Notes on 2' },
          { member: 'Tom Reid', mark: 2, evidence: 'Notes on 2' },
          { member: 'Priya Shah', mark: 4, evidence: 'Notes on 4' },
        ],
        min: 2,
        max: 4,
        spread: 2,
        mean: 2.67,
        median: 2,
        disagreement: true,
        agreedMark: 3,
        agreedReason: "Priya's notes show a full annual review plan; the others agreed on re-reading.",
      },
      {
        number: 3,
        marks: [
          { member: 'Dr Amina Yusuf', mark: 3, evidence: 'Notes on 3' },
          { member: 'Tom Reid', mark: 3, evidence: 'Notes on 3' },
          { member: 'Priya Shah', mark: 3, evidence: 'Notes on 3' },
        ],
        min: 3,
        max: 3,
        spread: 0,
        mean: 3,
        median: 3,
        disagreement: false,
        agreedMark: null,
        agreedReason: '',
      },
    ],
    memberTotals: [
      { member: 'Dr Amina Yusuf', total: 7 },
      { member: 'Tom Reid', total: 6 },
      { member: 'Priya Shah', total: 10 },
    ],
    meanTotal: 7.67,
    finalTotal: 8,
    rank: 2,
    decision: {
      outcome: 'reserve',
      outcomeLabel: 'Reserve',
      reason: 'Met E1 and E2; very strong on D1, GP trainer.',
      criteria: ['E1', 'E2', 'D1'],
      decidedAt: '2026-03-09T16:00:00.000Z',
    },
  });
  expect(record.candidates[0]?.decision?.criteria).toEqual(['E1', 'E2']);
  expect(record.ranking).toEqual([
    { rank: 1, code: 'Candidate 07', finalTotal: 8.33 },
    { rank: 2, code: 'Candidate 09', finalTotal: 8 },
  ]);
  expect([record.wres.value, record.wres.meaning, record.wres.notes.length]).toEqual([
    null,
    'Cannot be calculated: no ethnic minority shortlisted applicants were appointed, while 1 of 1 white shortlisted applicants were.',
    1,
  ]);
  expect(JSON.parse(JSON.stringify(record))).toEqual(record);

  // CSV: 2 candidates × 3 questions × 3 scoring members, plus the header
  expect(scoresCsv(s.vacancies).split('\r\n').filter(Boolean)).toHaveLength(19);

  // Export, then import: the same vacancies come back
  const file = exportBackup(s.vacancies, { now: () => '2026-03-10T09:05:00.000Z' });
  const back = importBackup(file);
  expect(back).toEqual({
    ok: true,
    data: { format: 'de-bias-interview', version: 2, exportedAt: '2026-03-10T09:05:00.000Z', vacancies: s.vacancies },
  });
  // And the stored state survives a save and load through JSON
  expect(loadState(JSON.parse(JSON.stringify(s)), undefined)).toEqual({ state: s, recoveredFromBackup: false });
});
