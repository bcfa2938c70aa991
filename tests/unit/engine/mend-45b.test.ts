import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 45 review (mend-45b): engine-141's and engine-142's rules read more narrowly. Each case is fresh
// wording: a false alarm or a lost finding the review found the form of, and the near-miss beside it.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('"a bunch of geeks" is a team described by a pastime only when it is the team the reader joins or the writer is', () => {
  check([
    ['Join our cheerful crew of tech geeks on the digital ward.', 'advert', ['pastime-team@18:crew of tech geeks']],
    ["We're a close, loud bunch of gym rats.", 'advert', ['pastime-team@20:bunch of gym rats']],
    // Patients, a clinic's groups and a crowd through the doors are no team; a denial is no demand.
    ['The fracture clinic treats a lot of gym rats every January.', 'advert', []],
    ['Our youth service hosts a group of gamers every Thursday evening.', 'advert', []],
    ['We are not a bunch of geeks, despite the server room.', 'advert', []],
  ]);
});

describe('"visitors are asked …" after a refusal: only a later clause asking something of visitors or relatives makes them its people', () => {
  check([
    ["I don't want anyone with toddlers, and patients deserve staff who stay until close.", 'email', ["family-judged@2:don't want anyone with toddlers"]],
    ['No pensioners, so patients get a consistent face every time.', 'email', ['age-group-excluded@0:No pensioners']],
    ['The garden is not suitable for anyone with toddlers, so families should use the play area.', 'advert', []],
  ]);
});

describe('"team includes", "ranging from": an age word they govern is the team\'s, one said before them is still asked', () => {
  check([
    ['We need a mature practice nurse; sessions range from four to six a week.', 'advert', ['age-mature@10:mature']],
    ['Preferably an older, settled man because the team includes two new starters.', 'advert', ['age-older@14:older', 'sex-preferred@29:man']],
    // Said of the team in post, after "includes", it is not asked of the applicant.
    ['Our reception team includes students, returners, and mature staff working part time.', 'advert', []],
  ]);
});

describe('NHS experience: another route offered, or "only" said of something else, is no NHS-only demand', () => {
  check([
    ['Essential: experience gained in an NHS or private hospital pharmacy.', 'advert', []],
    ['Essential: experience working at an NHS trust or another large employer.', 'advert', []],
    ['Parking is only available at weekends; experience in an NHS practice is useful.', 'advert', []],
    ['Essential: experience working in an NHS community team.', 'advert', ['nhs-experience-essential@30:in an NHS']],
    ['Only candidates with NHS experience can be considered.', 'advert', ['nhs-experience-essential@21:NHS experience']],
  ]);
});

describe('years in the NHS: the NHS demand shows beside the years', () => {
  check([
    ['Essential: at least three years in the NHS.', 'advert', ['age-years-experience@11:at least three years', 'nhs-experience-essential@32:in the NHS']],
  ]);
});

describe('a physical task shared with a colleague is the fair demand', () => {
  check([
    ['You will lift the bariatric commode onto the van with a colleague.', 'advert', []],
    ['You will carry the patient transport chair down the stairs in pairs.', 'advert', []],
  ]);
});

describe('"no-nonsense team leader" is read whole', () => {
  check([['We want a no-nonsense team manager for outpatients.', 'advert', ['aggressive-idioms@10:no-nonsense team manager']]]);
});

describe('capitals spelt as a word with a closing ck, gh, ll or sh are the word', () => {
  check([
    ['Refer families to the BUCKET programme for healthy eating.', 'advert', []],
    ['Our WELLNESS pathway supports staff.', 'advert', []],
    // Letters no word closes or opens so are still an abbreviation.
    ['Refer families to the BRKTP programme for healthy eating.', 'advert', ['unexpanded-acronym@22:BRKTP']],
  ]);
});
