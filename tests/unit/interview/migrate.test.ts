import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { emptyState, loadState, MIGRATED_NA_REASON, MIGRATIONS, migrate, SCHEMA_VERSION } from '../../../lib/interview';
import { scenario } from './fixtures';

/** The first draft's shape, as it was stored. */
const v1 = () => ({
  schemaVersion: 1,
  vacancies: [
    {
      id: 'v1',
      title: 'Receptionist',
      reference: 'R-1',
      interviewDate: '2025-11-03',
      createdAt: '2025-10-01T10:00:00.000Z',
      panel: [
        { id: 'm1', name: 'Asha', role: 'chair' },
        { id: 'm2', name: 'Dev', role: 'critical-friend' },
      ],
      checklist: { 'diverse-panel': 'done', 'online-interview-parity': 'na' },
      notes: { 'diverse-panel': 'Mixed panel', 'evidence-notes': 'Use the template' },
      criteria: [{ id: 'c1', code: 'E1', text: 'Customer service', kind: 'essential', origin: 'typed' }],
      questions: [],
      candidates: [{ id: 'k1', code: 'Candidate 01' }],
      sheets: [],
      agreed: [],
      decisions: [],
    },
  ],
});

const zero = { shortlisted: 0, appointed: 0 };

describe('migrate', () => {
  test('the current version is 2', () => expect(SCHEMA_VERSION).toBe(2));

  test('version 1 → 2: dates, roles, scores flag, checklist objects with notes, monitoring', () => {
    expect(migrate(v1())).toEqual({
      ok: true,
      migratedFrom: 1,
      state: {
        schemaVersion: 2,
        brokenCopies: [],
        vacancies: [
          {
            id: 'v1',
            title: 'Receptionist',
            reference: 'R-1',
            dates: { closing: null, shortlisting: null, interview: '2025-11-03' },
            createdAt: '2025-10-01T10:00:00.000Z',
            panel: [
              { id: 'm1', name: 'Asha', role: 'chair', scores: true },
              { id: 'm2', name: 'Dev', role: 'independent', scores: false },
            ],
            checklist: {
              'diverse-panel': { status: 'done', note: 'Mixed panel' },
              'online-interview-parity': { status: 'na', reason: MIGRATED_NA_REASON, note: '' },
              'evidence-notes': { status: 'open', note: 'Use the template' },
            },
            criteria: [{ id: 'c1', code: 'E1', text: 'Customer service', kind: 'essential', origin: 'typed' }],
            questions: [],
            candidates: [{ id: 'k1', code: 'Candidate 01' }],
            sheets: [],
            agreed: [],
            decisions: [],
            monitoring: { white: zero, asian: zero, black: zero, mixed: zero, other: zero, 'not-stated': zero },
          },
        ],
      },
    });
  });

  test('current data passes through unchanged', () => {
    const { state } = scenario();
    expect(migrate(structuredClone(state))).toEqual({ ok: true, state, migratedFrom: null });
  });

  test('a synthetic version 0 goes through every step (0 → 1 → 2)', () => {
    const steps = {
      0: {
        input: z.object({ schemaVersion: z.literal(0), jobs: z.array(z.object({ id: z.string(), name: z.string() })) }),
        up: (d: { jobs: { id: string; name: string }[] }) => ({
          schemaVersion: 1,
          vacancies: d.jobs.map((j) => ({
            ...v1().vacancies[0],
            id: j.id,
            title: j.name,
          })),
        }),
      },
      ...MIGRATIONS,
    };
    const r = migrate({ schemaVersion: 0, jobs: [{ id: 'j1', name: 'Pharmacist' }] }, steps as typeof MIGRATIONS);
    expect(r.ok && [r.migratedFrom, r.state.vacancies.map((v) => [v.id, v.title, v.panel[1]?.role])]).toEqual([
      0,
      [['j1', 'Pharmacist', 'independent']],
    ]);
  });

  test.each([
    ['not an object', 'hello', ['The saved data is not in a form De-bias recognises.']],
    ['an array', [], ['The saved data is not in a form De-bias recognises.']],
    ['no version', { vacancies: [] }, ['schemaVersion: is missing']],
    ['a newer version', { schemaVersion: 3, vacancies: [] }, ['schemaVersion: this was saved by a newer version of De-bias (version 3); update the extension to read it']],
    ['an unknown old version', { schemaVersion: 0 }, ['schemaVersion: must be a whole number from 1 to 2']],
    ['a version that is text', { schemaVersion: '2' }, ['schemaVersion: must be a whole number from 1 to 2']],
    [
      'a bad version 1 role',
      { ...v1(), vacancies: [{ ...v1().vacancies[0], panel: [{ id: 'm1', name: 'A', role: 'boss' }] }] },
      ['vacancies[0].panel[0].role: must be one of: chair, member, critical-friend, hr'],
    ],
    [
      'version 1 data that breaks version 2 rules after upgrading',
      { ...v1(), vacancies: [{ ...v1().vacancies[0], title: '' }] },
      ['vacancies[0].title: must not be empty'],
    ],
    ['current data missing a field', { schemaVersion: 2, vacancies: [] }, ['brokenCopies: is missing']],
  ])('refuses %s', (_name, raw, errors) => {
    expect(migrate(raw)).toEqual({ ok: false, errors });
  });
});

describe('loadState', () => {
  const { state: good } = scenario();
  const now = { now: () => '2026-03-05T08:00:00.000Z' };
  const broken = { schemaVersion: 2, vacancies: [{ id: 'x' }], brokenCopies: [] };

  test('nothing stored yet: an empty state and no problem', () => {
    expect(loadState(undefined, undefined, now)).toEqual({ state: emptyState(), recoveredFromBackup: false });
    expect(loadState(null, null, now)).toEqual({ state: emptyState(), recoveredFromBackup: false });
    // Another page loaded first and left an empty last-good copy: a first visit, not a loss.
    expect(loadState(undefined, emptyState(), now)).toEqual({ state: emptyState(), recoveredFromBackup: false });
  });

  test('a good primary copy is used as it is', () => {
    expect(loadState(good, 'anything', now)).toEqual({ state: good, recoveredFromBackup: false });
  });

  test('an old primary copy is upgraded and says so', () => {
    const r = loadState(v1(), undefined, now);
    expect([r.migratedFrom, r.problem, r.state.vacancies[0]?.dates.interview]).toEqual([1, undefined, '2025-11-03']);
  });

  test('a broken primary copy: the backup is used and the broken data kept', () => {
    const r = loadState(broken, good, now);
    expect(r.recoveredFromBackup).toBe(true);
    expect(r.problem).toBe(
      'Your saved interview records could not be read (first problem: vacancies[0].title: is missing), so De-bias has restored the last good copy. Changes made since then may be missing. A copy of the unreadable data has been kept so you can export it.',
    );
    expect(r.state.vacancies).toEqual(good.vacancies);
    expect(r.state.brokenCopies).toEqual([
      { at: '2026-03-05T08:00:00.000Z', problem: 'vacancies[0].title: is missing', raw: JSON.stringify(broken) },
    ]);
    expect(JSON.parse(r.state.brokenCopies[0]?.raw ?? '')).toEqual(broken);
  });

  test('both copies broken: an empty state, both kept', () => {
    const r = loadState('{"schemaVersion": 2, "vac', 42, now);
    expect([r.recoveredFromBackup, r.state.vacancies, r.problem]).toEqual([
      false,
      [],
      'Your saved interview records could not be read (first problem: the saved data is not in a form De-bias recognises), and neither could the backup copy, so De-bias has started with no records. A copy of the unreadable data has been kept so you can export it.',
    ]);
    expect(r.state.brokenCopies.map((c) => c.raw)).toEqual(['"{\\"schemaVersion\\": 2, \\"vac"', '42']);
  });

  test('a broken primary copy and no backup', () => {
    expect(loadState(broken, undefined, now).problem).toBe(
      'Your saved interview records could not be read (first problem: vacancies[0].title: is missing), and there is no backup copy, so De-bias has started with no records. A copy of the unreadable data has been kept so you can export it.',
    );
  });

  test('a missing primary copy with a good backup', () => {
    const r = loadState(undefined, good, now);
    expect([r.recoveredFromBackup, r.problem, r.state]).toEqual([
      true,
      'Your saved interview records were missing, so De-bias has restored the last good copy. Changes made since then may be missing.',
      good,
    ]);
  });

  test('at most three broken copies are kept, newest last', () => {
    let state = good;
    for (const n of [1, 2, 3, 4]) state = loadState({ bad: n }, state, now).state;
    expect(state.brokenCopies.map((c) => c.raw)).toEqual(['{"bad":2}', '{"bad":3}', '{"bad":4}']);
  });
});
