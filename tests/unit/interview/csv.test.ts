import { describe, expect, test } from 'vitest';
import { csvCell, recordMark, SCORES_CSV_HEADER, scoresCsv, setAgreedMark, updateQuestion } from '../../../lib/interview';
import { only, scenario, score } from './fixtures';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [3, '3'],
    [2.5, '2.5'],
    ['a, b', '"a, b"'],
    ['say "hello"', '"say ""hello"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2 for lateness', "'-2 for lateness"],
    ['@mention', "'@mention"],
    ['\tTabbed', "'\tTabbed"],
    ['=HYPERLINK("http://x.example","click")', '"\'=HYPERLINK(""http://x.example"",""click"")"'],
    ['=1+1, then', '"\'=1+1, then"'],
    ['a=b', 'a=b'],
    // After leading whitespace or invisible characters, and in full-width or small forms (issue 13).
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['\ufeff@SUM(A1)', "'\ufeff@SUM(A1)"],
    ['\u2060 \u200d-1', "'\u2060 \u200d-1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ['\uff0bcmd', "'\uff0bcmd"],
    ['  \ufe66HYPERLINK(1)', "'  \ufe66HYPERLINK(1)"],
    ['\rCarriage', "\"'\rCarriage\""],
    ['a =b', 'a =b'],
    ['   ', '   '],
    ["it's fine", "it's fine"],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('scoresCsv', () => {
  test('the header', () => {
    expect(scoresCsv([])).toBe(
      'Vacancy,Reference,Candidate,Question number,Question,Criteria,Panel member,Role,Mark,Scale,Evidence,Submitted at,Agreed mark,Agreed mark reason\r\n',
    );
    expect(SCORES_CSV_HEADER).toHaveLength(14);
  });

  test('one row per candidate × question × scoring member; drafts left blank', () => {
    const { state, deps, vacancyId, asha, ben, cara, q1, q2, q3, a } = scenario();
    let s = updateQuestion(state, vacancyId, q1, { text: '=cmd|" /C calc"!A0, then explain' });
    s = score(s, vacancyId, a, { [asha]: { [q1]: 3, [q2]: 2, [q3]: 4 }, [ben]: { [q1]: 4, [q2]: 2, [q3]: 3 } }, deps);
    s = recordMark(s, vacancyId, { memberId: cara, candidateId: a, questionId: q1, mark: 1, evidence: 'draft' });
    const lines = scoresCsv(s.vacancies).split('\r\n');
    expect(lines.length).toBe(1 + 2 * 3 * 3 + 1);
    expect(lines.slice(1, 5)).toEqual([
      `Practice Nurse,GP-2026-014,Candidate 01,1,"'=cmd|"" /C calc""!A0, then explain",E1,Asha Patel,Chair,3,0 to 4,Evidence for 3,2026-03-02T09:00:00.000Z,,`,
      `Practice Nurse,GP-2026-014,Candidate 01,1,"'=cmd|"" /C calc""!A0, then explain",E1,Ben Okoro,Panel member,4,0 to 4,Evidence for 4,2026-03-02T09:00:00.000Z,,`,
      `Practice Nurse,GP-2026-014,Candidate 01,1,"'=cmd|"" /C calc""!A0, then explain",E1,Cara Lewis,HR,,0 to 4,,,,`,
      'Practice Nurse,GP-2026-014,Candidate 01,2,How would you handle a disagreement with a colleague?,E2,Asha Patel,Chair,2,0 to 4,Evidence for 2,2026-03-02T09:00:00.000Z,,',
    ]);
    expect(lines.at(-2)).toBe('Practice Nurse,GP-2026-014,Candidate 02,3,Describe your experience of cervical screening.,D1,Cara Lewis,HR,,0 to 4,,,,');
    expect(lines.at(-1)).toBe('');
  });

  test('agreed marks and their reasons are on every row of the answer; a BOM on request', () => {
    const { state, deps, vacancyId, asha, ben, cara, q1, q2, q3, a } = scenario();
    let s = score(state, vacancyId, a, { [asha]: { [q1]: 3, [q2]: 2, [q3]: 4 }, [ben]: { [q1]: 4, [q2]: 2, [q3]: 3 }, [cara]: { [q1]: 2, [q2]: 2, [q3]: 3 } }, deps);
    s = setAgreedMark(s, vacancyId, a, q1, 4, '-Strong, specific example');
    const csv = scoresCsv([only(s)], { bom: true });
    expect(csv.startsWith('\uFEFFVacancy,')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l.endsWith(",4,'-Strong, specific example")).length).toBe(0);
    expect(csv.split('\r\n').filter((l) => l.endsWith(',4,"\'-Strong, specific example"')).length).toBe(3);
  });
});
