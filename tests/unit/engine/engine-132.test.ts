import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 43 (engine-132): the study slice's false alarms (fresh42-* first), each read as a general form in
// fresh wording, with the true finding beside it that must still flag.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('players of a game are the people a clinic treats, not a "team player" wanted', () => {
  check([
    ['Our musculoskeletal clinic treats keen netball players and active rugby players after injury.', 'advert', []],
    ['You will be an active member of the team and a real team player.', 'advert', ['masculine-active@15:active']],
  ]);
});

describe('young legs listed with other limbs are the patients’ limbs; young legs wanted of staff still flag', () => {
  check([
    ['The paediatric podiatry clinic looks after young legs and ankles from birth to sixteen.', 'advert', []],
    ['The night porters need young legs and strong backs for the stairs.', 'email', ['age-fresh@23:young legs']],
  ]);
});

describe('a family of their own said of the staff in post describes them; turned on the reader, it still assumes', () => {
  check([
    ['Several of our receptionists have small children of their own and like the term-time rota.', 'advert', []],
    [
      'Most of our health visitors have children of their own, so you will know how tiring nights can be.',
      'advert',
      ['family-status-requirement@33:children of their own'],
    ],
    ['Our nurses all have kids of their own, and we hope you will too.', 'advert', ['family-status-requirement@20:kids of their own']],
  ]);
});

describe('a text message numbered at the start of its line is no abbreviation; the substance misuse service is', () => {
  check([
    ['SMS 3 (sent 10:15)\nTwilight shift on Ward 7 still open. Reply YES to book.', 'email', []],
    ['You will liaise daily with the SMS team on the wing.', 'email', ['unexpanded-acronym@31:SMS']],
  ]);
});

describe('either end of a range of labelled criteria is a label; an abbreviation beside it still flags', () => {
  check([
    ['Mark each form against K2 to K6 only, then pass it back.', 'email', []],
    ['Please score against C2–C5 and note any SOP gaps.', 'email', ['unexpanded-acronym@40:SOP']],
  ]);
});

describe('a religion asked on the equality monitoring form, under its heading; asked elsewhere it still flags', () => {
  check([
    ['Equal opportunities monitoring\nThe panel never sees this page.\nPlease state your religion: ________', 'advert', []],
    ['About you\nPlease state your religion and your church.', 'advert', ['religion-requirement@10:Please state your religion']],
  ]);
});

describe('young first-time parents are the people a programme is for; a young starter wanted still flags', () => {
  check([
    ['Our health visitors run a weekly group for young first-time dads.', 'advert', []],
    ["We'd love a young new starter for the group.", 'advert', ['age-young@12:young']],
  ]);
});
