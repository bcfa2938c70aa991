import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Mends of round 32's review (mend-32b): each finding's own line, and a near line in our own words, none from the corpus.

describe('M8: a union role goes with only what it is for; the employer, ward and years stay', () => {
  test.each([
    ['Other\nStaff Nurse and UNISON steward, Ward 7, Royal Free Hospital (2018-2021)', 'Other\nStaff Nurse and [TRADE UNION], Ward 7, Royal Free Hospital (2018-2021)'],
    ['Other\nUnite the Union workplace representative at St Thomas\' Hospital, 2019-2022.', 'Other\n[TRADE UNION] at St Thomas\' Hospital, 2019-2022.'],
    ['Other\nTheatre Porter; GMB branch secretary, Level 3 Estates, Wexcombe Infirmary (2012-2016)', 'Other\nTheatre Porter; [TRADE UNION], Level 3 Estates, Wexcombe Infirmary (2012-2016)'],
    ['Other\nI am the GMB shop steward for Estates and Facilities since 2021.', 'Other\nI am the [TRADE UNION].'],
    ['Other\nI am the UNISON learning rep for the night porters.', 'Other\nI am the [TRADE UNION].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("M10: other people's union reps the writer deals with stay", () => {
  test.each([
    'Other\nAs ward manager I met the UNISON steward weekly to agree the new rota.',
    'Other\nI ran return-to-work meetings alongside the GMB convenor and the HR adviser.',
    'Other\nI agreed the new on-call pattern with Unite and UNISON representatives at the partnership forum.',
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test("the writer's own role still goes", () => {
    expect(redact('Other\nI was elected UNISON branch chair and met the GMB rep monthly.')).toBe('Other\nI was elected [TRADE UNION] and met the GMB rep monthly.');
  });
});

describe("M9: a patient's age at an event stays; the writer's goes", () => {
  test.each([
    ['Other\nMy caseload included a woman who had her first stroke at the age of 45.'],
    ['Other\nIn my safeguarding work I supported a girl excluded from school at only 10 years old.'],
    ['Other\nOn my ward I nursed a teenager admitted at the age of 17 after a crash.'],
    ['Other\nI looked after a boy who became a young carer at just 9 years old.'],
  ])('%j', (text) => {
    expect(redact(text).replace('their', 'her')).toBe(text);
  });

  test.each([
    ['Other\nI joined the NHS at the age of 19 as a porter.', 'Other\nI joined the NHS at the age of [AGE] as a porter.'],
    ['Other\nMy nursing career began at the age of 35.', 'Other\nMy nursing career began at the age of [AGE].'],
    ['Other\nI came to England at only 10 years old.', 'Other\nI came to England at only [AGE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('S13: a Polish place of birth goes as the Spanish one does', () => {
  test.each([
    ['Urodzona 12 marca 1985 w Krakowie.', '[DATE OF BIRTH] w [PLACE OF ORIGIN].'],
    ['Urodzony 3 maja 1990 w Gdańsku, mieszkam w Leeds.', '[DATE OF BIRTH] w [PLACE OF ORIGIN], mieszkam w Leeds.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("S12: a relative's name with any name particle", () => {
  test.each([
    ['Home\nMy sister Nia ap Rhys teaches maths nearby, so I can do early starts.', 'Home\n[FAMILY] [NAME 1] [FAMILY], so I can do early starts.'],
    ['Home\nMy husband Omar al Rashid drives a bus, so I can do early starts.', 'Home\n[MARITAL STATUS] [NAME 1] [MARITAL STATUS], so I can do early starts.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('S1: more ways a CV states union membership', () => {
  test.each([
    // The role's own years, straight after it, go with it, as the tuned CVs mark them; an employer's years stay (M8).
    ['Other\nGMB Health and Safety rep for the estates team (2019-2022).', 'Other\n[TRADE UNION].'],
    ['Other\nUNISON Health & Safety steward, Pathology, 2015-2018', 'Other\n[TRADE UNION], Pathology, 2015-2018'],
    ['Other\nStaff side chair for Unison at Leeds Teaching Hospitals, 2019-2022.', 'Other\n[TRADE UNION] at Leeds Teaching Hospitals, 2019-2022.'],
    ['Other\nBranch secretary for the GMB, Northern region.', 'Other\n[TRADE UNION], Northern region.'],
    ['Other\nTrade union membership: UNISON', 'Other\nTrade union membership: [TRADE UNION]'],
    ['Other\nTrade union: Unison.', 'Other\nTrade union: [TRADE UNION].'],
    ['Other\nUnion: GMB', 'Other\nUnion: [TRADE UNION]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('"health and safety" work with no union stays, and the union of a list of bodies needs its label', () => {
    const text = 'Other\nI led health and safety audits and chaired the Unite the Teams project board.';
    expect(redact(text)).toBe(text);
  });
});

describe('who a named spouse is, in brackets (review 32, N3)', () => {
  test('a description in words goes; a year in brackets is no description', () => {
    expect(redact('Ama Mensah\nNurse\n\nI am married to Tomas (ward clerk at the County) and we live nearby.')).toBe(
      '[CANDIDATE]\nNurse\n\nI am [MARITAL STATUS] to [NAME 1] ([MARITAL STATUS]) and we live nearby.',
    );
    expect(redact('Ama Mensah\nNurse\n\nI am married to Priya (2015) and we live nearby.')).toBe('[CANDIDATE]\nNurse\n\nI am [MARITAL STATUS] to [NAME 1] (2015) and we live nearby.');
  });
});
