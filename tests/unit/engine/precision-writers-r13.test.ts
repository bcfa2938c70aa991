import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 13 (engine-34, precision on new writers): a colleague's title as the person the post holder
// works with, a qualification described in a note rather than asked for, a clinical "independent
// operator", a panel told a disclosure must not count, and a graduate awaiting registration. Fresh
// wordings, none from the corpus, each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('a sister title for the colleague the post holder works with, not the role', () => {
  it.each<[string, TextKind, string[]]>([
    ['Duties\n- Cover the front desk and assist the Senior Sister with the duty roster.', 'advert', []],
    ['You will report to the theatre sister on each list.', 'advert', []],
    ['Keep the diary and work closely with the sister in charge.', 'advert', []],
    // The post holder given a sex, many of them, or the hire: still the role.
    ['You will deputise for the ward sister when she is on leave.', 'advert', ['sister-generic@26:ward sister', 'generic-pronoun@43:she']],
    ['Take messages for the theatre sisters and the anaesthetists.', 'advert', ['sister-generic@22:theatre sisters']],
    ['Assist the sisters in charge with audits.', 'advert', ['sister-generic@11:sisters in charge']],
    ['We are looking for a new ward sister who can lead the team.', 'advert', ['sister-generic@25:ward sister']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a UK qualification described in a note about a candidate is not a demand', () => {
  it.each<[string, TextKind, string[]]>([
    ['Notes from today: the first applicant qualified in the UK and the second in Ghana. Both hold the registration, so both go through.', 'email', []],
    ['Candidate 2 trained in the UK, which I prefer.', 'email', ['uk-only-qualification@12:trained in the UK']],
    ['Please make sure she has a UK degree.', 'email', ['uk-only-qualification@27:UK degree']],
    ['You must hold a UK degree in pharmacy.', 'advert', ['uk-only-qualification@16:UK degree']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('"independent" as a clinical level of practice', () => {
  it.each<[string, TextKind, string[]]>([
    ['Essential\n- Independent operator in complex cataract surgery', 'advert', []],
    ['You will work as an independent practitioner within a year of starting.', 'advert', []],
    ['We want an independent, self-reliant optometrist.', 'advert', ['masculine-independent@11:independent', 'masculine-self-reliant@24:self-reliant']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a panel told that a disclosure must not count; a graduate awaiting registration', () => {
  it.each<[string, TextKind, string[]]>([
    ['If an applicant mentions their diabetes, note it and carry on; it must not affect the marks.', 'email', []],
    ['She mentioned her diabetes, so I am not sure she could cope with nights.', 'email', ['condition-doubted@18:diabetes, so I am not sure']],
    ['Bring your registration letter or, if you are a recent graduate awaiting your PIN, your offer letter.', 'email', []],
    ['We would prefer a recent graduate for this post.', 'email', ['age-graduate@18:recent graduate']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('an instruction not to screen by a trait, an age reported of one person, a degree of confidence, a route for GPs from abroad', () => {
  it.each<[string, TextKind, string[]]>([
    ["When you sift, don't screen anyone out for their accent.", 'email', []],
    ['She has a strong accent, so not for the phones.', 'email', ['accent@10:strong accent']],
    ['Our last porter told us he was refused a job in town for being over 55.', 'email', []],
    ['Nobody over 55 please.', 'email', ['age-limit@7:over 55']],
    ['He seemed less confident than the other two.', 'email', []],
    ['We need a confident, assertive leader.', 'email', ['masculine-confident@10:confident', 'masculine-assertive@21:assertive']],
    ['Please send GPs with UK general practice experience, or who have finished the induction and refresher scheme.', 'email', []],
    ['Please send GPs with UK general practice experience only.', 'email', ['uk-only-experience@21:UK general practice experience']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
