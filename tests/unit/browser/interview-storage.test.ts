import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadInterviewState, saveInterviewState } from '../../../browser/storage/interview';
import { addPanelMember, addVacancy, emptyState, type InterviewState } from '../../../lib/interview';
import { testDeps } from '../interview/fixtures';

const local = () => fakeBrowser.storage.local;
const read = async (key: string) => (await local().get(key))[key];
const INTERVIEW_KEYS = { primary: 'interview', backup: 'interview:last-good' };

function oneVacancy(title = 'Practice nurse'): InterviewState {
  const deps = testDeps();
  const a = addVacancy(emptyState(), { title }, deps);
  return addPanelMember(a.state, a.id, { name: 'Dev Rao', role: 'chair' }, deps).state;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadInterviewState', () => {
  test('with nothing stored: an empty state, kept as the last good copy', async () => {
    const result = await loadInterviewState();
    expect(result.problem).toBeUndefined();
    expect(result.state).toEqual(emptyState());
    expect(await read(INTERVIEW_KEYS.backup)).toEqual(emptyState());
    expect(await read(INTERVIEW_KEYS.primary)).toBeUndefined();
  });

  test('a clean load writes the backup copy and leaves the primary alone', async () => {
    const state = oneVacancy();
    await local().set({ [INTERVIEW_KEYS.primary]: state, [INTERVIEW_KEYS.backup]: emptyState() });
    const result = await loadInterviewState();
    expect(result.problem).toBeUndefined();
    expect(result.state).toEqual(state);
    expect(await read(INTERVIEW_KEYS.backup)).toEqual(state);
  });

  test('a broken primary copy is reported, restored from the backup and kept for export', async () => {
    const good = oneVacancy();
    const broken = { schemaVersion: 2, vacancies: 'not a list', brokenCopies: [] };
    await local().set({ [INTERVIEW_KEYS.primary]: broken, [INTERVIEW_KEYS.backup]: good });
    const result = await loadInterviewState();
    expect(result.recoveredFromBackup).toBe(true);
    expect(result.problem).toMatch(/^Your saved interview records could not be read \(first problem: vacancies: must be a list\), so De-bias has restored the last good copy\./);
    expect(result.state.vacancies).toEqual(good.vacancies);
    expect(result.state.brokenCopies).toHaveLength(1);
    expect(JSON.parse(result.state.brokenCopies[0]!.raw)).toEqual(broken);
    // The restored state (with the broken copy) replaces the primary; the backup stays as it was.
    expect(await read(INTERVIEW_KEYS.primary)).toEqual(result.state);
    expect(await read(INTERVIEW_KEYS.backup)).toEqual(good);
  });

  test('an older version is upgraded and saved back', async () => {
    const v1 = {
      schemaVersion: 1,
      vacancies: [
        {
          ...oneVacancy().vacancies[0]!,
          dates: undefined,
          monitoring: undefined,
          interviewDate: '2026-04-14',
          panel: [{ id: 'p1', name: 'Sam', role: 'critical-friend' }],
          checklist: { 'diverse-panel': 'na' },
          notes: {},
        },
      ],
    };
    await local().set({ [INTERVIEW_KEYS.primary]: JSON.parse(JSON.stringify(v1)) });
    const result = await loadInterviewState();
    expect(result.migratedFrom).toBe(1);
    const saved = (await read(INTERVIEW_KEYS.primary)) as InterviewState;
    expect(saved.schemaVersion).toBe(2);
    expect(saved.vacancies[0]!.panel[0]).toEqual({ id: 'p1', name: 'Sam', role: 'independent', scores: false });
    expect(saved.vacancies[0]!.dates.interview).toBe('2026-04-14');
  });
});

describe('saveInterviewState', () => {
  test('saves the state as the primary copy', async () => {
    const state = oneVacancy();
    await saveInterviewState(state);
    expect(await read(INTERVIEW_KEYS.primary)).toEqual(state);
  });

  test('never writes data that fails the schema', async () => {
    const state = oneVacancy();
    const bad = { ...state, vacancies: [{ ...state.vacancies[0]!, title: '' }] };
    await expect(saveInterviewState(bad)).rejects.toThrow();
    expect(await read(INTERVIEW_KEYS.primary)).toBeUndefined();
  });
});
