import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 18 (engine-49, real adverts from NHS trusts and boards: healthcare science, theatres, pharmacy,
// estates, catering, switchboard, payroll, children's services). Fresh wordings in our own words, none
// from the documents read: each reading with the flag it must keep beside the trap it must pass.
const findings = (text: string, context: TextKind = 'advert') =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('an adjective before an unknown noun describes what "of" names after it', () => {
  it.each<[string, string[]]>([
    ['Keep an attractive display of cakes and fruit on the café counter.', []],
    ['Plate up with an attractive presentation of every meal before it leaves the kitchen.', []],
    ['Attractive presentation is expected of everyone on the front desk.', ['appearance-led@0:Attractive']],
    ['We want an attractive presentation of yourself to visitors.', ['appearance-led@11:attractive']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('"hungry" in a sentence about a body\'s needs is hunger, not a trait', () => {
  it.each<[string, string[]]>([
    ['Could you settle toddlers at the crèche when they are teething, hungry or just want a cuddle?', []],
    ['You will spot when residents are thirsty or hungry and let the nurse know.', []],
    ['We want a hungry self-starter for the breakfast round.', ['age-hungry@10:hungry']],
    ['Are you hungry to learn? Our kitchen serves 900 meals a day.', ['age-hungry@8:hungry']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('abbreviations: a heading in capitals the text also writes as words, a level after the letters, everyday letters', () => {
  it.each<[string, string[]]>([
    ['Daily duties\nDAILY DUTIES\nRestock the wards twice a day.', []],
    ['What the job involves\nROTA AND LEAVE\nYou will agree a rota and your leave with the supervisor.', []],
    ['Report faults to the CARE desk.', ['unexpanded-acronym@21:CARE']],
    ['You will work towards an NVQ in pharmacy services; holders of NVQ3 start on the higher band.', ['unexpanded-acronym@25:NVQ']],
    ['Holders of NVQ3 start on the higher band.', ['unexpanded-acronym@11:NVQ3']],
    ['You may use AI to check your spelling, but the statement must be your own.', []],
    ['Our perfusion team trains scientists from across GB and Ireland.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('a post\'s title split by a slash is the post, not a person\'s name', () => {
  it.each<[string, string[]]>([
    ['If the High Dependency / Recovery Nurse is called away, she must hand over to the theatre lead.', ['generic-pronoun@56:she']],
    ['Unless the Outreach / Resus Practitioner is free, he will ask the site manager to attend.', ['generic-pronoun@50:he']],
    ['Speak to Priya Nair / Theatre Manager. She will show you round.', []],
    ['If Tom Reid rings about the rota, tell him it is agreed.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('a known abbreviation in brackets after the writer\'s own words for the kind of thing it names', () => {
  it.each<[string, string[]]>([
    ['Every batch is checked against agreed working procedures (SOPs) before release.', []],
    ['Every batch is checked against the procedures (SOPs) before release.', ['unexpanded-acronym@47:SOPs']],
    ['A degree in mental health nursing (RMN) or social work is essential.', ['unexpanded-acronym@35:RMN']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('a word written small only in a web address does not make capitals a word', () => {
  it.each<[string, string[]]>([
    ['Ask our SHINE team for help: www.example-trust.nhs.uk/shine-team', ['unexpanded-acronym@8:SHINE']],
    ['Ask our SHINE team for help; we shine a light on good practice.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
