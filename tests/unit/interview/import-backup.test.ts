import { describe, expect, test } from 'vitest';
import { exportBackup, importBackup, importVacancies, MAX_BACKUP_BYTES, MAX_ERRORS } from '../../../lib/interview';
import { only, scenario, score } from './fixtures';

const { state, deps, vacancyId, asha, ben, cara, q1, q2, q3, a } = scenario();
const scored = score(state, vacancyId, a, { [asha]: { [q1]: 1, [q2]: 2, [q3]: 3 }, [ben]: { [q1]: 2, [q2]: 2, [q3]: 2 }, [cara]: { [q1]: 3, [q2]: 3, [q3]: 3 } }, deps);
const good = JSON.parse(exportBackup(scored.vacancies, deps));

/** A fresh copy of the good backup with one change. */
function spoilt(change: (b: typeof good) => void): string {
  const copy = structuredClone(good);
  change(copy);
  return JSON.stringify(copy);
}

describe('importBackup', () => {
  test('a good backup loads', () => {
    const r = importBackup(JSON.stringify(good));
    expect(r).toEqual({ ok: true, data: { format: 'de-bias-interview', version: 2, exportedAt: '2026-03-02T09:00:00.000Z', vacancies: scored.vacancies } });
  });

  test.each([
    ['not JSON', '{"format": "de-bias-', ['This file is not a De-bias interview backup: it is not valid JSON.']],
    ['JSON but not an object', '[1, 2]', ['This file is not a De-bias interview backup.']],
    ['another format', '{"format": "something-else"}', ['This file is not a De-bias interview backup.']],
    ['a newer version', spoilt((b) => { b.version = 3; }), ['This backup was made by a newer version of De-bias (version 3): update the extension to import it.']],
    ['a version that is text', spoilt((b) => { b.version = '2'; }), ['Version must be 2.']],
    ['a bad export time', spoilt((b) => { b.exportedAt = 'yesterday'; }), ['Export date must be a date and time like 2026-03-31T09:30:00.000Z.']],
    ['an empty panel name', spoilt((b) => { b.vacancies[0].panel[1].name = ''; }), ['Vacancy 1, panel member 2: the name must not be empty.']],
    ['a blank panel name', spoilt((b) => { b.vacancies[0].panel[1].name = '   '; }), ['Vacancy 1, panel member 2: the name must not be empty.']],
    ['a missing title', spoilt((b) => { delete b.vacancies[0].title; }), ['Vacancy 1: the job title is missing.']],
    ['a title that is a number', spoilt((b) => { b.vacancies[0].title = 7; }), ['Vacancy 1: the job title must be text.']],
    ['an unknown role', spoilt((b) => { b.vacancies[0].panel[0].role = 'boss'; }), ['Vacancy 1, panel member 1: the role must be one of: chair, member, independent, hr.']],
    ['a bad interview date', spoilt((b) => { b.vacancies[0].dates.interview = '2026-02-30'; }), ['Vacancy 1, dates: the interview date must be a date like 2026-03-31.']],
    [
      'a mark off the scale',
      spoilt((b) => { b.vacancies[0].sheets[0].marks[q2].mark = 7; }),
      [`Vacancy 1, mark sheet 1, marks, ${q2}: the mark must be a whole number from 0 to 4.`],
    ],
    [
      'a fractional mark',
      spoilt((b) => { b.vacancies[0].sheets[0].marks[q2].mark = 2.5; }),
      [`Vacancy 1, mark sheet 1, marks, ${q2}: the mark must be a whole number.`],
    ],
    ['a sheet for a member not on the panel', spoilt((b) => { b.vacancies[0].sheets[2].memberId = 'm9'; }), ['Vacancy 1, mark sheet 3: the panel member refers to a panel member that does not exist ("m9").']],
    ['a question linked to a missing criterion', spoilt((b) => { b.vacancies[0].questions[1].criterionIds = ['c9']; }), ['Vacancy 1, question 2, linked criterion 1: refers to a criterion that does not exist ("c9").']],
    ['a duplicate candidate id', spoilt((b) => { b.vacancies[0].candidates[1].id = b.vacancies[0].candidates[0].id; }), [`Vacancy 1, candidate 2: the id "${a}" is used twice.`]],
    ['a missing checklist status', spoilt((b) => { b.vacancies[0].checklist = { 'diverse-panel': { status: 'maybe', note: '' } }; }), ['Vacancy 1, checklist, diverse panel: the status must be one of: open, done, na.']],
    ['not applicable without a reason', spoilt((b) => { b.vacancies[0].checklist = { 'diverse-panel': { status: 'na', reason: '', note: '' } }; }), ['Vacancy 1, checklist, diverse panel: the reason must not be empty.']],
    ['an unexpected field', spoilt((b) => { b.vacancies[0].salary = 30000; }), ['Vacancy 1 has an unexpected field: salary.']],
    ['appointed more than shortlisted', spoilt((b) => { b.vacancies[0].monitoring.black = { shortlisted: 1, appointed: 2 }; }), ['Vacancy 1, monitoring, black: the number appointed must not be more than shortlisted.']],
    ['a negative count', spoilt((b) => { b.vacancies[0].monitoring.white.shortlisted = -1; }), ['Vacancy 1, monitoring, white: the number shortlisted must be at least 0.']],
    ['descriptors not matching the scale', spoilt((b) => { b.vacancies[0].questions[0].descriptors.pop(); }), ['Vacancy 1, question 1: the level descriptors must have one entry per level (5).']],
    ['a missing role', spoilt((b) => { delete b.vacancies[0].panel[0].role; }), ['Vacancy 1, panel member 1: the role is missing.']],
    ['an unexpected field at the top', spoilt((b) => { b.brokenCopies = []; }), ['The file has an unexpected field: brokenCopies.']],
    ['a checklist key that is not an item id', spoilt((b) => { b.vacancies[0].checklist = { 'Bad Key': { status: 'done', note: '' } }; }), ['Vacancy 1, checklist has a key that is not allowed: "Bad Key".']],
    ['vacancies missing', '{"format": "de-bias-interview", "version": 2, "exportedAt": "2026-03-02T09:00:00.000Z"}', ['The list of vacancies is missing.']],
    [
      'several problems at once',
      spoilt((b) => {
        b.vacancies[0].panel[1].name = '';
        b.vacancies[0].candidates[0].code = '';
      }),
      ['Vacancy 1, panel member 2: the name must not be empty.', 'Vacancy 1, candidate 1: the code must not be empty.'],
    ],
  ])('%s', (_name, text, errors) => {
    expect(importBackup(text)).toEqual({ ok: false, errors });
  });

  test('long lists stop after 20 problems', () => {
    const r = importBackup(spoilt((b) => { b.vacancies[0].criteria = Array.from({ length: 25 }, () => ({})); }));
    expect(r.ok === false && [r.errors.length, r.errors[0], r.errors.at(-1)]).toEqual([
      21,
      'Vacancy 1, criterion 1: the id is missing.',
      '…and 105 more problems.',
    ]);
    expect(MAX_ERRORS).toBe(20);
  });

  test('a version 1 backup is upgraded', () => {
    const old = {
      format: 'de-bias-interview',
      version: 1,
      exportedAt: '2025-12-01T10:00:00.000Z',
      vacancies: [
        {
          ...structuredClone(good.vacancies[0]),
          interviewDate: null,
          panel: good.vacancies[0].panel.map((m: { role: string; scores?: boolean }) => ({
            ...m,
            role: m.role === 'independent' ? 'critical-friend' : m.role,
            scores: undefined,
          })),
          checklist: { 'diverse-panel': 'na' },
          notes: {},
          dates: undefined,
          monitoring: undefined,
        },
      ],
    };
    const r = importBackup(JSON.parse(JSON.stringify(old)));
    expect(r.ok && [r.data.version, r.data.vacancies[0]?.checklist, r.data.vacancies[0]?.dates]).toEqual([
      2,
      { 'diverse-panel': { status: 'na', reason: 'No reason recorded (marked not applicable before reasons were required).', note: '' } },
      { closing: null, shortlisting: null, interview: null },
    ]);
    // Everything else comes through unchanged, including the roles and scoring flags.
    expect(r.ok && r.data.vacancies[0]).toEqual({
      ...good.vacancies[0],
      dates: { closing: null, shortlisting: null, interview: null },
      checklist: { 'diverse-panel': { status: 'na', reason: 'No reason recorded (marked not applicable before reasons were required).', note: '' } },
    });
  });

  test('a broken version 1 backup reports paths in the backup', () => {
    const old = { format: 'de-bias-interview', version: 1, exportedAt: '2025-12-01T10:00:00.000Z', vacancies: [{ panel: [] }] };
    expect(importBackup(old)).toEqual({
      ok: false,
      errors: ['vacancies[0].interviewDate: is missing', 'vacancies[0].checklist: is missing', 'vacancies[0].notes: is missing'],
    });
  });
});

describe('importVacancies', () => {
  test('replaces vacancies with the same id and adds the rest', () => {
    const other = scenario(
      Object.assign({}, deps, { newId: (() => { let n = 0; return () => `other${++n}`; })() }),
    );
    const changed = { ...only(scored), title: 'Practice Nurse (re-advertised)' };
    const r = importVacancies(state, [changed, only(other.state)]);
    expect([r.added, r.replaced, r.state.vacancies.map((v) => v.title)]).toEqual([
      ['other1'],
      [vacancyId],
      ['Practice Nurse (re-advertised)', 'Practice Nurse'],
    ]);
  });
});

describe('importBackup size limit', () => {
  test('a file over 10 MB is refused before it is parsed', () => {
    const huge = `{"format":"de-bias-interview","pad":"${' '.repeat(MAX_BACKUP_BYTES)}"}`;
    expect(importBackup(huge)).toEqual({ ok: false, errors: ['This file is too large to be a De-bias interview backup (the limit is 10 MB).'] });
  });
});
