import { describe, expect, test } from 'vitest';
import {
  CHECKLIST,
  checklistFileSchema,
  checklistProgress,
  criticalWarnings,
  formatIssues,
  itemState,
  nextOpenItems,
  setItemNote,
  setItemStatus,
} from '../../../lib/interview';
import data from '../../../lib/interview/checklist-items.json';
import { deepFreeze, only, scenario } from './fixtures';

describe('checklist-items.json', () => {
  test('has 30 items: 19 before, 5 during, 6 after', () => {
    expect(CHECKLIST.length).toBe(30);
    expect(['before', 'during', 'after'].map((s) => CHECKLIST.filter((i) => i.stage === s).length)).toEqual([19, 5, 6]);
  });

  test('marks exactly the six critical items', () => {
    expect(CHECKLIST.filter((i) => i.critical).map((i) => i.id)).toEqual([
      'diverse-panel',
      'scoring-guide-agreed',
      'reasonable-adjustments-offered',
      'independent-scoring-before-discussion',
      'no-protected-or-health-questions',
      'decision-recorded-against-criteria',
    ]);
  });

  test('every item has a one-line why and https sources', () => {
    for (const item of CHECKLIST) {
      expect(item.why).not.toMatch(/\n/);
      for (const s of item.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  test.each([
    ['a duplicate id', (d: typeof data) => d.items.push({ ...d.items[29]! }), 'items[30].id: "process-reviewed" is used twice: keep one'],
    ['items out of stage order', (d: typeof data) => d.items.reverse(), 'items: list the items in stage order: before, during, after'],
    [
      'a critical item without a warning',
      (d: typeof data) => Object.assign(d.items[0]!, { critical: true }),
      'items[0]: a critical item needs a warning, and only critical items have one',
    ],
  ])('the load-time check rejects %s', (_name, spoil, message) => {
    const copy = structuredClone(data);
    spoil(copy);
    const result = checklistFileSchema.safeParse(copy);
    expect(formatIssues(result.error?.issues ?? [])).toEqual([message]);
  });
});

describe('setItemStatus and setItemNote', () => {
  const { state, vacancyId } = scenario();
  deepFreeze(state);

  test('done, then a note, then open again keeps the note', () => {
    let s = setItemStatus(state, vacancyId, 'diverse-panel', 'done');
    s = setItemNote(s, vacancyId, 'diverse-panel', '  Two women, one man; two ethnic groups.  ');
    s = setItemStatus(s, vacancyId, 'diverse-panel', 'open');
    expect(only(s).checklist).toEqual({ 'diverse-panel': { status: 'open', note: 'Two women, one man; two ethnic groups.' } });
  });

  test('not applicable stores the trimmed reason', () => {
    const s = setItemStatus(state, vacancyId, 'online-interview-parity', 'na', ' All interviews in person. ');
    expect(itemState(only(s), 'online-interview-parity')).toEqual({ status: 'na', reason: 'All interviews in person.', note: '' });
  });

  test.each([
    ['online-interview-parity', 'na', undefined, 'Say why this item does not apply.'],
    ['online-interview-parity', 'na', '   ', 'Say why this item does not apply.'],
    ['reasonable-adjustments-offered', 'na', 'Nobody asked', 'This is a legal requirement, so it cannot be marked not applicable.'],
    ['no-protected-or-health-questions', 'na', 'n/a', 'This is a legal requirement, so it cannot be marked not applicable.'],
    ['no-such-item', 'done', undefined, 'There is no checklist item "no-such-item".'],
  ] as const)('%s → %s (%s) is refused: %s', (itemId, status, reason, message) => {
    expect(() => setItemStatus(state, vacancyId, itemId, status, reason)).toThrow(message);
  });

  test('an unknown vacancy is refused', () => {
    expect(() => setItemStatus(state, 'gone', 'diverse-panel', 'done')).toThrow('This vacancy no longer exists.');
  });
});

describe('progress, next open items, critical warnings', () => {
  const { state, vacancyId } = scenario();
  let s = state;
  for (const id of ['re-examine-the-job', 'criteria-from-person-spec', 'diverse-panel', 'same-questions-same-order'])
    s = setItemStatus(s, vacancyId, id, 'done');
  s = setItemStatus(s, vacancyId, 'online-interview-parity', 'na', 'All in person');
  s = setItemStatus(s, vacancyId, 'process-reviewed', 'na', 'Reviewed yearly, not per post');
  const v = only(s);

  test('counts per stage and overall', () => {
    expect(
      checklistProgress(v).map(({ stage, done, na, open, total, criticalOpen, percent }) => [
        stage,
        done,
        na,
        open,
        total,
        criticalOpen,
        percent,
      ]),
    ).toEqual([
      ['before', 3, 1, 15, 19, 2, 21],
      ['during', 1, 0, 4, 5, 2, 20],
      ['after', 0, 1, 5, 6, 1, 16],
      ['all', 4, 2, 24, 30, 5, 20],
    ]);
  });

  test('next open items put critical items first, then checklist order', () => {
    expect(nextOpenItems(v, 7).map((i) => i.id)).toEqual([
      'scoring-guide-agreed',
      'reasonable-adjustments-offered',
      'independent-scoring-before-discussion',
      'no-protected-or-health-questions',
      'decision-recorded-against-criteria',
      'success-profile-before-candidates',
      'inclusive-behaviour-criterion',
    ]);
    expect(nextOpenItems(v, 0)).toEqual([]);
  });

  test('warnings for the open critical items, in plain English', () => {
    expect(criticalWarnings(v).map((w) => w.message)).toEqual([
      'The scoring guide has not been agreed before the interviews yet.',
      'Reasonable adjustments have not been offered to every candidate yet.',
      'Panel members have not confirmed that they score independently before any discussion yet.',
      'The questions have not been confirmed free of health and protected-characteristic questions yet (Equality Act 2010 s.60).',
      'Decisions have not been recorded against the criteria for every candidate yet.',
    ]);
  });

  test('a fresh vacancy warns about all six', () => {
    expect(criticalWarnings(only(state)).map((w) => w.itemId)).toHaveLength(6);
    expect(criticalWarnings(only(state))[0]).toEqual({
      itemId: 'diverse-panel',
      message: 'The panel has not been confirmed as diverse and trained yet.',
    });
  });
});
