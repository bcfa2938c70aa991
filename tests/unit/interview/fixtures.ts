import {
  addCandidate,
  addCriteria,
  addPanelMember,
  addQuestion,
  addVacancy,
  emptyState,
  type InterviewDeps,
  type InterviewState,
  recordMark,
  setDescriptor,
  submitSheet,
  type Vacancy,
} from '../../../lib/interview';

export const T0 = '2026-03-02T09:00:00.000Z';

/** Ids "id1", "id2"… and a clock that only moves when told. */
export function testDeps(prefix = 'id'): InterviewDeps & { time: string } {
  let n = 0;
  const deps = {
    time: T0,
    newId: () => `${prefix}${++n}`,
    now: () => deps.time,
  };
  return deps;
}

/** Freezes a value and everything inside it, so a test fails if a mutation changes its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function only(state: InterviewState): Vacancy {
  const v = state.vacancies[0];
  if (!v) throw new Error('no vacancy');
  return v;
}

/**
 * One vacancy: chair Asha, member Ben, HR Cara (all scoring), independent Dev (not scoring);
 * criteria E1, E2, D1; three 0–4 questions with all descriptors written; Candidate 01 and 02.
 */
export function scenario(deps = testDeps()) {
  let state = emptyState();
  const r = addVacancy(state, { title: 'Practice Nurse', reference: 'GP-2026-014', dates: { interview: '2026-03-10' } }, deps);
  state = r.state;
  const vacancyId = r.id;
  const member = (name: string, role: 'chair' | 'member' | 'independent' | 'hr') => {
    const x = addPanelMember(state, vacancyId, { name, role }, deps);
    state = x.state;
    return x.id;
  };
  const asha = member('Asha Patel', 'chair');
  const ben = member('Ben Okoro', 'member');
  const cara = member('Cara Lewis', 'hr');
  const dev = member('Dev Singh', 'independent');
  const crit = addCriteria(
    state,
    vacancyId,
    [
      { text: 'Registered nurse (NMC)', kind: 'essential' },
      { text: 'Works well in a team', kind: 'essential' },
      { text: 'Experience of cervical screening', kind: 'desirable' },
    ],
    'nhs-jobs',
    deps,
  );
  state = crit.state;
  const [e1 = '', e2 = '', d1 = ''] = crit.ids;
  const question = (text: string, criterionIds: string[]) => {
    const x = addQuestion(state, vacancyId, { text, criterionIds }, deps);
    state = x.state;
    for (let level = 0; level <= 4; level++) state = setDescriptor(state, vacancyId, x.id, level, `Level ${level} answer`);
    return x.id;
  };
  const q1 = question('Tell us about a time you managed a clinical risk.', [e1]);
  const q2 = question('How would you handle a disagreement with a colleague?', [e2]);
  const q3 = question('Describe your experience of cervical screening.', [d1]);
  const candidate = () => {
    const x = addCandidate(state, vacancyId, undefined, deps);
    state = x.state;
    return x.id;
  };
  const a = candidate();
  const b = candidate();
  return { state, deps, vacancyId, asha, ben, cara, dev, e1, e2, d1, q1, q2, q3, a, b };
}

/** Records `marks[member][question]` for one candidate and submits each sheet. */
export function score(
  state: InterviewState,
  vacancyId: string,
  candidateId: string,
  marks: Record<string, Record<string, number>>,
  deps: InterviewDeps,
  submit = true,
): InterviewState {
  let s = state;
  for (const [memberId, byQuestion] of Object.entries(marks)) {
    for (const [questionId, mark] of Object.entries(byQuestion))
      s = recordMark(s, vacancyId, { memberId, candidateId, questionId, mark, evidence: `Evidence for ${mark}` });
    if (submit) s = submitSheet(s, vacancyId, memberId, candidateId, deps);
  }
  return s;
}
