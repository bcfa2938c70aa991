import { describe, expect, test } from 'vitest';
import { parseCriteria } from '../../../lib/interview';

describe('parseCriteria', () => {
  test.each([
    ['one per line, essential by default', 'Registered nurse\nGood IT skills', [['essential', 'Registered nurse'], ['essential', 'Good IT skills']]],
    ['bullets stripped', '• First\n- Second\n* Third\n– Fourth\n▪ Fifth', [['essential', 'First'], ['essential', 'Second'], ['essential', 'Third'], ['essential', 'Fourth'], ['essential', 'Fifth']]],
    ['list numbers stripped', '1. First\n2) Second\n(a) Third\nb) Fourth', [['essential', 'First'], ['essential', 'Second'], ['essential', 'Third'], ['essential', 'Fourth']]],
    ['a number that is part of the text is kept', '2.5 years in general practice', [['essential', '2.5 years in general practice']]],
    [
      'headings switch the kind',
      'Essential:\nNMC registration\nDesirable:\nCervical screening\nEssential criteria\nTeamwork',
      [['essential', 'NMC registration'], ['desirable', 'Cervical screening'], ['essential', 'Teamwork']],
    ],
    ['text after a heading colon is a criterion', 'Desirable: Phlebotomy\n• Essential: Triage', [['desirable', 'Phlebotomy'], ['essential', 'Triage']]],
    ['headings in any case, with "requirements"', 'DESIRABLE REQUIREMENTS\nSpirometry', [['desirable', 'Spirometry']]],
    ['a line starting with the word is not a heading', 'Essential knowledge of EMIS', [['essential', 'Essential knowledge of EMIS']]],
    ['other section headings are skipped', 'Qualifications:\nNMC registration\nExperience:\nPrimary care', [['essential', 'NMC registration'], ['essential', 'Primary care']]],
    ['blank lines, CRLF and spacing', '\r\n  NMC   registration \r\n\r\n', [['essential', 'NMC registration']]],
    ['repeats kept once, ignoring case', 'Teamwork\nteamwork\n- Teamwork', [['essential', 'Teamwork']]],
    ['nothing', '', []],
  ])('%s', (_name, text, expected) => {
    expect(parseCriteria(text).map((c) => [c.kind, c.text])).toEqual(expected);
  });
});
