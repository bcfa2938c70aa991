import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 47 (helper mend-47c): review 47c's findings on anonymiser-98 and -100, each mended by a general reading. The
// reviewer's lines, a fresh line in our own words, and a near case that must stay.

describe('a label before a slash names the candidate only in another script or as a name’s label', { timeout: 30_000 }, () => {
  test('a label for someone else does not take the candidate’s place', () => {
    expect(redact('Kate Rowe\nStaff Nurse\n\nEmergency contact / Name: Joseph Brown')).toBe('[CANDIDATE]\nStaff Nurse\n\nEmergency contact / Name: [FAMILY]');
    expect(redact('Referee 1 / Name: Dr Sam Hill')).toBe('Referee 1 / Name: Dr [NAME 1]');
    expect(redact('Line manager / Name: Priya Shah')).toBe('Line manager / Name: [NAME 1]');
    // Fresh: a referee's label under the candidate's name.
    expect(redact('Tomasz Wójcik\nPharmacy Technician\n\nReferee / Name: Helen Marsh')).toBe('[CANDIDATE]\nPharmacy Technician\n\nReferee / Name: [NAME 1]');
  });

  test('a known name’s label or another script’s before the slash still does', () => {
    expect(redact('Nom / Name: Amélie Durand\nInfirmière')).toBe('Nom / Name: [CANDIDATE]\nInfirmière');
    expect(redact('Аты-жөні / Full name:    Жумабекова Динара Ерлановна / ZHUMABEKOVA Dinara Erlanovna\n')).toBe('Аты-жөні / Full name:    [CANDIDATE] / [CANDIDATE]\n');
  });
});

describe('a relative who moved the writer to move from a home', () => {
  test('the move and its place go with the clause', () => {
    expect(redact('My aunt inspired me to leave Nigeria and train in the UK.')).toBe('[FAMILY].');
    expect(redact('My husband persuaded me to leave Kerala and join him in Leicester.')).toBe('[MARITAL STATUS].');
    expect(redact('My mother encouraged me to return home to Ghana after my training.')).toBe('[FAMILY] after my training.');
    // Fresh.
    expect(redact('My brother urged me to come to Bristol from Harare.')).toBe('[FAMILY].');
  });

  test('what the writer did with no home or place moved to stays', () => {
    expect(redact('My son inspired me to move into paediatrics.')).toBe('[FAMILY] inspired me to move into paediatrics.');
    expect(redact('My daughter encouraged me to return to nursing.')).toBe('[FAMILY] encouraged me to return to nursing.');
  });
});

describe('a heritage, roots or ancestry named in lower case', () => {
  test('a people, a faith or a travelling community goes, in any case', () => {
    expect(redact('My roots are in the travelling community.')).toBe('[PLACE OF ORIGIN].');
    expect(redact('My ancestry is gypsy and I am proud of it.')).toBe('[PLACE OF ORIGIN] and I am proud of it.');
    expect(redact('My heritage is black and white.')).toBe('[PLACE OF ORIGIN].');
    expect(redact('My heritage is jewish.')).toBe('[PLACE OF ORIGIN].');
    // Fresh.
    expect(redact('My ancestry is irish on both sides.')).toBe('[PLACE OF ORIGIN].');
  });

  test('roots or a heritage that name nothing stay, an acronym too', () => {
    expect(redact('My roots keep me grounded.')).toBe('My roots keep me grounded.');
    expect(redact('My roots matter to me.')).toBe('My roots matter to me.');
    expect(redact('I am proud of my roots.')).toBe('I am proud of my roots.');
    expect(redact('My heritage helps me in my work at the NHS.')).toBe('My heritage helps me in my work at the NHS.');
    // Fresh near case.
    expect(redact('My roots in community nursing run deep.')).toBe('My roots in community nursing run deep.');
  });
});

describe('one more relative in a list needs a word that counts or describes it', () => {
  test('a bare word or a possessive before a noun is no relative', () => {
    expect(redact('Mother of two and children’s nurse for ten years.')).toBe('[FAMILY] and children’s nurse for ten years.');
    expect(redact("I am a mum of two, and girls' rugby coach at weekends.")).toBe("I am a [FAMILY], and girls' rugby coach at weekends.");
    expect(redact('I have one son, baby clinic experience and a full licence.')).toBe('I have [FAMILY], baby clinic experience and a full licence.');
    expect(redact('I have a daughter and sister wards at the Royal Free.')).toBe('I have [FAMILY] and sister wards at the Royal Free.');
    // Fresh.
    expect(redact('Father of three and boys’ football referee on Sundays.')).toBe('[FAMILY] and boys’ football referee on Sundays.');
  });

  test('a relative counted or described still joins the list', () => {
    expect(redact('I have two sons, a daughter and younger sister at home.')).toBe('I have [FAMILY] at home.');
    expect(redact('I have a son & twins.')).toBe('I have [FAMILY].');
    // Fresh: a bare relative that ends the list.
    expect(redact('I have a son and daughter, both at secondary school.')).toBe('I have [FAMILY], both at secondary school.');
  });
});

describe('“Est.” before a year founded a firm, after a phone', () => {
  test('the year and the words after it stay', () => {
    expect(redact('Tel: 01632 960 514 Est. 1998 family practice')).toBe('Tel: [PHONE] Est. 1998 family practice');
    // Fresh.
    expect(redact('Tel: 01632 960 514 Est. 2004')).toBe('Tel: [PHONE] Est. 2004');
  });

  test('a Welsh extension still goes with its phone', () => {
    expect(redact('Ffôn: 029 2074 7747 est. 4412')).toBe('Ffôn: [PHONE]');
  });
});
