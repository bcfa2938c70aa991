import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 46 (helper anonymiser-95): the f45 CVs new to the tuned slice and the gaps the lead listed, each mended by a general
// reading. Fresh lines in our own words, each with a near case that must stay.

describe('a form’s field of other names lists each spelling after a semicolon', { timeout: 30_000 }, () => {
  test('every name in "Other names used:" and "Previous names:" is the candidate’s', () => {
    const form = (field: string) => `Forename: Dara\nSurname: KEO\n${field}\n\nEMPLOYMENT\nPractice manager, 2019 to date`;
    expect(redact(form('Other names used: Keo Dara (family name first); Dara Kao'))).toBe(
      'Forename: [CANDIDATE]\nSurname: [CANDIDATE]\nOther names used: [CANDIDATE] (family name first); [CANDIDATE]\n\nEMPLOYMENT\nPractice manager, 2019 to date',
    );
    expect(redact(form('Previous names: Dara Keoh; Dara Kaew'))).toBe(
      'Forename: [CANDIDATE]\nSurname: [CANDIDATE]\nPrevious names: [CANDIDATE]; [CANDIDATE]\n\nEMPLOYMENT\nPractice manager, 2019 to date',
    );
  });

  test('a semicolon in an ordinary line reads no names', () => {
    expect(redact('Dara Keo\n\nSkills: triage; audit; Clinical Governance')).toBe('[CANDIDATE]\n\nSkills: triage; audit; Clinical Governance');
  });
});

describe('a name told by a verb of naming on records', () => {
  test('"I appear as", "I am listed as", "my name appears as" name someone, initials and all', () => {
    expect(redact('On older payslips I appear\nas R. T. Olaniyan.')).toBe('On older payslips I appear\nas [NAME 1].');
    expect(redact('On the bank rota I am listed as M. Ferreira-Lind.')).toBe('On the bank rota I am listed as [NAME 1].');
    expect(redact('On the register my name appears as Tomasz Wierzbicki.')).toBe('On the register my name appears as [NAME 1].');
  });

  test('a post, a ward or a lone initial after the verb stays', () => {
    expect(redact('On the rota I appear as Staff Nurse for ward 4.')).toBe('On the rota I appear as Staff Nurse for ward 4.');
    expect(redact('I am listed as Band 6 on ESR.')).toBe('I am listed as Band 6 on ESR.');
    expect(redact('I appear as A. Then as a locum.')).toBe('I appear as A. Then as a locum.');
  });
});

describe('an orientation the writer states after a word of colour, faith or disability', () => {
  test('"As a Black gay man", "as a disabled lesbian" go', () => {
    expect(redact('As a Black gay man I chair the staff forum.')).toBe('As a [ETHNICITY] [SEXUAL ORIENTATION] I chair the staff forum.');
    expect(redact('As a disabled lesbian I know how hard it is to speak up.')).toBe('As a disabled [SEXUAL ORIENTATION] I know how hard it is to speak up.');
  });

  test('a cause or a group after those words stays', () => {
    expect(redact('As a Black gay rights campaigner once said, listen first.')).toBe('As a [ETHNICITY] gay rights campaigner once said, listen first.');
  });
});

describe('a condition in a CV’s list after an arrow, what it means for the work after a dash', () => {
  test('"→ Eczema (mild) – no restrictions" goes', () => {
    expect(redact('OTHER\n→ Full UK driving licence\n→ Eczema (mild) – no restrictions')).toBe('OTHER\n→ Full UK driving licence\n→ [HEALTH] – no restrictions');
    expect(redact('NOTES\n➤ Migraines, well controlled – no adjustments needed')).toBe('NOTES\n➤ [HEALTH] – no adjustments needed');
  });

  test('a clinic or a result after an arrow stays', () => {
    expect(redact('→ Eczema clinic – no waiting list')).toBe('→ Eczema clinic – no waiting list');
  });
});

describe('where the writer’s child goes to school, after a count of children or "who is in Reception at"', () => {
  test('the school clause goes with the child', () => {
    expect(redact('I live with our three girls, the eldest of whom is shy and attends Brookfield Academy.')).toBe(
      'I live with [FAMILY], the eldest of whom is shy and [FAMILY].',
    );
    expect(redact('I finish early on Wednesdays for my son, who is in Reception at Linden Primary.')).toBe('I finish early on Wednesdays for [FAMILY], [FAMILY].');
  });

  test('a count of wards or a patient’s school stays', () => {
    expect(redact('Our two wards, the smaller of which attends to Brookfield Court residents.')).toBe('Our two wards, the smaller of which attends to Brookfield Court residents.');
    expect(redact('I saw a girl who is in Reception at Linden Primary for an asthma review.')).toBe('I saw a girl who is in Reception at Linden Primary for an asthma review.');
  });
});

describe('the worship a chaplain’s post lists is the job', () => {
  test('prayers and festivals in a sentence naming chaplaincy stay', () => {
    expect(redact('For two years I have been a bank chaplain, covering weekend on-call, Shabbat prayers in the day room, and staff debriefs.')).toBe(
      'For two years I have been a bank chaplain, covering weekend on-call, Shabbat prayers in the day room, and staff debriefs.',
    );
    expect(redact('As a bank chaplain I led Shabbat prayers in the day room and staff debriefs.')).toBe('As a bank chaplain I led Shabbat prayers in the day room and staff debriefs.');
    expect(redact('The chaplaincy team I joined has Catholic, Sikh and Buddhist members.')).toBe('The chaplaincy team I joined has Catholic, Sikh and Buddhist members.');
  });

  test('the writer’s own faith in another sentence, a form’s faith field and a faith’s title before a name still go', () => {
    expect(redact('I keep Shabbat. I would like to train as a chaplain.')).toBe('[RELIGION]. I would like to train as a chaplain.');
    expect(redact('Religion (for the chaplaincy list): Buddhist')).toBe('Religion (for the chaplaincy list): [RELIGION]');
  });
});

describe('a programme named with a year', () => {
  test('"Project 2000" and "Vision 2030" are names, the year of the award beside them still goes', () => {
    expect(redact('QUALIFICATIONS\nAdvanced Diploma in Adult Nursing (Project 2000), Sheffield Hallam University, 1997')).toBe(
      'QUALIFICATIONS\nAdvanced Diploma in Adult Nursing (Project 2000), Sheffield Hallam University, [YEAR]',
    );
    expect(redact('EDUCATION\nMSc Public Health (dissertation on Vision 2030 reforms), 2019')).toBe('EDUCATION\nMSc Public Health (dissertation on Vision 2030 reforms), [YEAR]');
  });

  test('a year after the word in lower case is still a year', () => {
    expect(redact('EDUCATION\nBSc Nursing, final project 2012')).toBe('EDUCATION\nBSc Nursing, final project [YEAR]');
  });
});

describe('the family’s next posting after a spouse’s service', () => {
  test('", so we may be posted again" and "; we will probably move" go with the posting', () => {
    expect(redact('My wife is serving with the Army at Tidworth, so we may be posted again in 2030.')).toBe('[MARITAL STATUS].');
    expect(redact('My partner is stationed at Lossiemouth; we will probably move with him next year.')).toBe('[MARITAL STATUS].');
  });

  test('a move of the writer’s team, with no spouse posted, stays', () => {
    expect(redact('Our clinic is closing, so we may be moved to the Riverside site in 2027.')).toBe('Our clinic is closing, so we may be moved to the Riverside site in 2027.');
  });
});
