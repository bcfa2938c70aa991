import { describe, expect, test } from 'vitest';
import { type Monitoring, setMonitoring, totalMonitoring, wresIndicator2 } from '../../../lib/interview';
import { only, scenario } from './fixtures';

const counts = (
  white: [number, number],
  minority: Partial<Record<'asian' | 'black' | 'mixed' | 'other', [number, number]>>,
  notStated: [number, number] = [0, 0],
): Monitoring => {
  const c = ([shortlisted, appointed]: [number, number]) => ({ shortlisted, appointed });
  return {
    white: c(white),
    asian: c(minority.asian ?? [0, 0]),
    black: c(minority.black ?? [0, 0]),
    mixed: c(minority.mixed ?? [0, 0]),
    other: c(minority.other ?? [0, 0]),
    'not-stated': c(notStated),
  };
};

describe('wresIndicator2', () => {
  test.each([
    [
      'white 30/9, minority 40/6 → 2.00',
      counts([30, 9], { asian: [20, 3], black: [12, 2], mixed: [5, 1], other: [3, 0] }),
      2,
      '2.00: white shortlisted applicants were 2.00 times as likely to be appointed as ethnic minority shortlisted applicants.',
    ],
    [
      'parity',
      counts([20, 5], { black: [40, 10] }),
      1,
      '1.00: parity. White and ethnic minority shortlisted applicants were equally likely to be appointed.',
    ],
    [
      'below 1',
      counts([20, 2], { asian: [10, 2] }),
      0.5,
      '0.50: ethnic minority shortlisted applicants were 2.00 times as likely to be appointed as white shortlisted applicants.',
    ],
    [
      'the national figure',
      counts([1000, 161], { asian: [1000, 100] }),
      1.61,
      '1.61: white shortlisted applicants were 1.61 times as likely to be appointed as ethnic minority shortlisted applicants.',
    ],
    [
      'nearly parity rounds to 1.00',
      counts([300, 100], { other: [301, 100] }),
      1,
      '1.00: parity. White and ethnic minority shortlisted applicants were equally likely to be appointed.',
    ],
    [
      'no ethnic minority applicants shortlisted',
      counts([12, 2], {}),
      null,
      'Not enough data: no ethnic minority applicants were shortlisted.',
    ],
    ['no white applicants shortlisted', counts([0, 0], { black: [12, 2] }), null, 'Not enough data: no white applicants were shortlisted.'],
    ['nobody shortlisted', counts([0, 0], {}), null, 'Not enough data: nobody with a stated ethnic group has been shortlisted yet.'],
    ['nobody appointed', counts([10, 0], { asian: [10, 0] }), null, 'Not enough data: nobody shortlisted has been appointed yet.'],
    [
      'no ethnic minority applicant appointed',
      counts([10, 2], { asian: [10, 0] }),
      null,
      'Cannot be calculated: no ethnic minority shortlisted applicants were appointed, while 2 of 10 white shortlisted applicants were.',
    ],
    [
      'no white applicant appointed',
      counts([10, 0], { mixed: [12, 3] }),
      0,
      '0.00: no white shortlisted applicants were appointed, while 3 of 12 ethnic minority shortlisted applicants were.',
    ],
  ])('%s', (_name, monitoring, value, meaning) => {
    const r = wresIndicator2(monitoring);
    expect([r.value, r.meaning]).toEqual([value, meaning]);
  });

  test('minority groups are added up; not stated is left out and said so', () => {
    const r = wresIndicator2(counts([30, 9], { asian: [20, 3], black: [12, 2], mixed: [5, 1], other: [3, 0] }, [4, 1]));
    expect([r.white, r.minority, r.notStated]).toEqual([
      { shortlisted: 30, appointed: 9 },
      { shortlisted: 40, appointed: 6 },
      { shortlisted: 4, appointed: 1 },
    ]);
    expect(r.notes).toEqual(['4 shortlisted applicants did not state an ethnic group and are left out of this figure.']);
  });

  test.each([
    [counts([3, 1], { asian: [3, 1] }), ['Small numbers: only 6 people were shortlisted, so one appointment either way changes this figure a lot. Add up several vacancies before drawing conclusions.']],
    [counts([1, 1], {}, [1, 0]), [
      'Small numbers: only 1 person was shortlisted, so one appointment either way changes this figure a lot. Add up several vacancies before drawing conclusions.',
      '1 shortlisted applicant did not state an ethnic group and is left out of this figure.',
    ]],
    [counts([5, 1], { black: [5, 1] }), []],
    [counts([0, 0], {}), []],
  ])('notes for %j', (monitoring, notes) => {
    expect(wresIndicator2(monitoring).notes).toEqual(notes);
  });
});

describe('monitoring per vacancy', () => {
  test('counts are stored per group and added up across vacancies', () => {
    const { state, vacancyId } = scenario();
    let s = setMonitoring(state, vacancyId, 'white', { shortlisted: 3, appointed: 1 });
    s = setMonitoring(s, vacancyId, 'black', { shortlisted: 2, appointed: 0 });
    const v = only(s);
    expect(totalMonitoring([v, v])).toEqual(counts([6, 2], { black: [4, 0] }));
    expect(() => setMonitoring(s, vacancyId, 'asian', { shortlisted: 1, appointed: 2 })).toThrow(
      'Asian or Asian British: the number appointed cannot be more than the number shortlisted.',
    );
    expect(() => setMonitoring(s, vacancyId, 'asian', { shortlisted: -1, appointed: 0 })).toThrow('Counts are whole numbers, 0 or more.');
  });
});
