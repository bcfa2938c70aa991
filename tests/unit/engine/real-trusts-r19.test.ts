import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 19 (engine-51, real adverts from mental health, community and ambulance trusts, boards and
// national bodies: peer support, psychological therapies, chaplaincy, AMHPs, board posts). Fresh
// wordings in our own words, none from the documents read: each reading with the flag it must keep
// beside the trap it must pass.
const findings = (text: string, context: TextKind = 'advert') =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('an organisation\'s "ambition" is its aim; the trait is still flagged in the person wanted and in "ambitious"', () => {
  it.each<[string, string[]]>([
    ['In line with our ambition to open a crisis café, we are adding two posts.', []],
    ['The board agreed its five ambitions for community care last spring.', []],
    ['We want a trainee with the ambition to lead a team within two years.', ['masculine-ambition@27:ambition']],
    ['Ambition matters more to us than experience.', ['masculine-ambition@0:Ambition']],
    ['We are an ambitious community trust.', ['masculine-ambitious@10:ambitious']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('abbreviations: a grammar word in capitals, a code after "Reference no", a near spelling by a name, a service named in brackets', () => {
  it.each<[string, string[]]>([
    ['Shifts are 2 OR 3 evenings a fortnight.', []],
    ['Reference no: K21-07', []],
    ['Job reference number K21-07 is on the form.', []],
    ['The K21 pathway opens in May.', ['unexpanded-acronym@4:K21']],
    ['You will work for the North West Ambulance Service (NWAST) in its Preston hub.', []],
    ['You will cover Telford, Shropshire and Wrekin clinics (TSW) on a rota.', []],
    ['You will work for the Trust (NWAST) in its Preston hub.', ['unexpanded-acronym@29:NWAST']],
    ['Referrals come through BRIDGE (Early Help for Young Carers Service) each week.', []],
    ['Referrals come through BRIDGE (weekly) from schools.', ['unexpanded-acronym@23:BRIDGE']],
    ['Referrals come through BRIDGE (Monday To Friday Only) from schools.', ['unexpanded-acronym@23:BRIDGE']],
    ['Councillors and MPs cannot sit on the board.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('a faith asked of the post holder: the occupational requirement stated in the advert is the fair route', () => {
  it.each<[string, string[]]>([
    ['Applicants must be practising Christians to share our values.', ['religion-requirement@19:practising Christians']],
    ['The post holder must be a practising Catholic, an occupational requirement under Schedule 9 because the role includes celebrating Mass.', []],
    ['We want a committed Christian for this role.', ['faith-demanded@3:want a committed Christian']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('a name nearly spelling the letters in brackets after it: all of them, or all but the last of four or more', () => {
  it.each<[string, string[]]>([
    ['Posts are with the South Coast Ambulance Service (SCAST) control room.', []],
    ['Posts are with the South Coast Ambulance (SCAS) control room.', []],
    ['Posts are with the South Coast Hub (SCT) control room.', ['unexpanded-acronym@36:SCT']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
