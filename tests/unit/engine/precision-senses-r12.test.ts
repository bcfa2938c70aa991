import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 12 (engine-28, precision): a nursing title given with its counterpart,
// an abbreviation named in its own frame or explained after its number, a name that starts with an
// adjective, and a fitness test set by occupational health. Fresh wordings, none from the corpus,
// each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('a sister title paired with "Charge Nurse" is the accepted form', () => {
  it.each<[string, TextKind, string[]]>([
    ['Experience as a night sister or charge nurse is essential.', 'advert', []],
    ['Night sisters run the hospital at weekends.', 'advert', ['sister-generic@0:Night sisters']],
    ['Charge Nurse / Ward Sister - Day Surgery, Band 6\nJob summary\nLead the day surgery list on your shifts.', 'advert', []],
    ['Theatre Sister - Day Surgery, Band 6\nJob summary\nLead the day surgery list on your shifts.', 'advert', ['sister-post@0:Theatre Sister']],
    ['Applications are invited for the post of Senior Sister or Charge Nurse on Ward 9.', 'advert', []],
    ['Applications are invited for the post of Senior Sister on Ward 9.', 'advert', ['sister-post@41:Senior Sister']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('abbreviations: named in the same frame, a standard explained after its number, a word-like programme name', () => {
  it.each<[string, TextKind, string[]]>([
    ['Subject: CT referrals\n\nThe crisis team referrals from Ward 4 doubled in May.', 'email', []],
    ['Subject: CT referrals\n\nThe crisis team saw more people from Ward 4 in May.', 'email', ['unexpanded-acronym@9:CT']],
    ['Audits follow BS 8300, the standard for accessible buildings.', 'advert', []],
    ['Audits follow BS 8300 every year.', 'advert', ['unexpanded-acronym@14:BS']],
    ['You will support the ReACT programme across the wards.', 'advert', []],
    ['You will support the ReACT form across the wards.', 'advert', ['unexpanded-acronym@21:ReACT']],
    ['We run HIV testing and welcome LGBTQ+ applicants.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('an adjective that starts a name is part of it; a fitness test set by occupational health is the job\'s', () => {
  it.each<[string, TextKind, string[]]>([
    ['Each week we update the Strategic Dynamic Risk Register for the board.', 'advert', []],
    ['We are a dynamic and friendly practice team.', 'advert', ['age-dynamic@9:dynamic']],
    ['Every applicant takes a fitness test designed by OH around the job-related tasks of lifting and carrying.', 'advert', ['unexpanded-acronym@49:OH']],
    ['Every applicant takes a fitness test on the interview day.', 'advert', ['fitness-test@24:fitness test']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a name that ends like a nationality (Megan, Gillian, Anjali) is a person when used as one', () => {
  it.each<[string, TextKind, string[]]>([
    ['Hi Jo,\n\nOur current physio, Megan, goes on leave in March, so we need a new physio by then. She has offered a handover week.\n\nThanks', 'email', []],
    ['Hi Jo,\n\nI rang Gillian about the rota. Gillian said she would cover Fridays.\n\nThanks', 'email', []],
    ["Hi Jo,\n\nThe notes are in Anjali's tray; she will sort the references.\n\nThanks", 'email', []],
    ['Hi Jo,\n\nWe need a new nurse by March. She must be able to start early.\n\nThanks', 'email', ['generic-pronoun@38:She']],
    ['Hi Jo,\n\nThe Nigerian nurse was good but I am not sure about her accent.\n\nThanks', 'email', ['origin-judged@12:Nigerian', 'accent@64:accent']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a word named as code for something is mentioned, not used', () => {
  it.each<[string, TextKind, string[]]>([
    ['Hi Jo,\n\nI took out "lively", which HR say is often code for young.\n\nThanks', 'email', []],
    ['Hi Jo,\n\nWe want someone young on the front desk.\n\nThanks', 'email', ['age-young@24:young']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a colleague in post named by "our" or "my" is someone in particular; "our new nurse" is the post', () => {
  it.each<[string, TextKind, string[]]>([
    ['Practice Nurse, Band 6\nJob summary\nYou will work beside our lead practice nurse, who runs the diabetes clinics, and cover her list when she is on leave.', 'advert', []],
    ['Practice Nurse, Band 6\nJob summary\nOur new practice nurse will run her own diabetes clinics.', 'advert', ['generic-pronoun@67:her']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('"strapping" asks for a man: gendered language, as reviewers read it', () => {
  it.each<[string, TextKind, string[]]>([
    ['We want a strapping porter for the loading bay.', 'advert', ['strapping@10:strapping']],
    ['You do not need to be strapping: we train everyone on the hoists.', 'advert', []],
    ['Our patients include a strapping young farmer recovering from a fall.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
