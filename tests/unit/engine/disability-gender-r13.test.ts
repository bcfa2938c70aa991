import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 13 (disability and gender-coded wording): fresh wordings of each family added, with their
// offsets, and a trap beside each. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('a body part or a health problem held against a candidate, a group barred by it, and the verdict that follows', () => {
  it.each<[string, TextKind, string[]]>([
    ["- Tomas: strong interview, but he has chest problems. Not sure about him on nights. Probably not.", 'email', ["condition-doubted@38:chest problems. Not sure about him on nights. Probably not"]],
    ["- Bea: told us about her knee trouble. I doubt she'd keep up on the wards. Pass.", 'email', ["condition-doubted@21:her knee trouble. I doubt she'd keep up on the wards. Pass"]],
    // A verdict for the person is not part of the doubt.
    ["- Bea: told us about her knee trouble. I doubt she'd keep up on the wards. Probably yes though.", 'email', ["condition-doubted@21:her knee trouble. I doubt she'd keep up"]],
    ["Shortlist: 2 - Fay. Lovely, but I don't think her hips would cope with home visits.", 'email', ["condition-doubted@34:don't think her hips"]],
    ["We don't want anyone with bowel problems on the unit.", 'email', ["health-judged@3:don't want anyone with bowel problems"]],
    ["Please, nobody on restricted duties.", 'email', ["health-judged@8:nobody on restricted duties"]],
    ["Anyone with mobility issues or a history of back trouble: screen them out at sift.", 'email', ["health-barred@12:mobility issues"]],
    ["Several of our patients have breathing problems, so we are not sure of the numbers yet.", 'email', []],
    ["If a candidate mentions a mental health condition, it must not affect the score.", 'email', []],
    ["Anyone with breathing problems should tell us so we can plan adjustments.", 'email', []],
    ["We never screen out applicants with a history of heart problems.", 'email', []],
    ["I'll ask her back for a second interview; she was strong.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a posture held for hours, and a weight to lift with no task named', () => {
  it.each<[string, TextKind, string[]]>([
    ["Applicants must be able to sit for 9 hours at the dispatch desk.", 'advert', ["physical-demands@27:sit for 9 hours"]],
    ["You will need to kneel for long periods in the plaster room.", 'advert', ["physical-demands@17:kneel for long periods"]],
    ["Essential: able to stand for 11-hour theatre sessions.", 'advert', ["physical-demands@19:stand for 11-hour"]],
    ["Essential: able to lift heavy boxes regularly.", 'advert', ["physical-demands@19:lift heavy boxes"]],
    // The task named with its object is the job's own.
    ["You'll need to lift heavy instrument sets in theatre.", 'advert', []],
    ["The job involves sitting for long periods; we supply a sit-stand desk.", 'advert', []],
    ["Patients must be able to sit for 2 hours after the procedure.", 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe("Gaucher's masculine families in idioms: command, the competition beaten, toughness, bravado", () => {
  it.each<[string, TextKind, string[]]>([
    ["We want a surveyor with a firm, commanding speaking voice.", 'advert', ["masculine-lead@32:commanding speaking voice"]],
    ["We want a nurse in charge who can command the ward.", 'advert', ["masculine-lead@34:command the ward"]],
    ["Commanding sea views from the hospice garden.", 'advert', []],
    ["We need a practice manager who will leave the competition for dust.", 'advert', ["masculine-win@36:leave the competition for dust"]],
    ["We need a coder with some swagger.", 'advert', ["masculine-boast@26:swagger"]],
    ["Ideally a big hitter with the commissioners.", 'advert', ["masculine-combat-idiom@10:big hitter"]],
    ["A Roman gladiator exhibition opens at the museum.", 'advert', []],
    ["The dentist should have fire in the belly.", 'advert', ["masculine-driven@24:fire in the belly"]],
    ["Candidates should be tough as old boots.", 'advert', ["masculine-unflinching@21:tough as old boots"]],
    ["You'll take the bull by the horns when the rota slips.", 'advert', ["masculine-force@7:take the bull by the horns"]],
    // A list under a heading that asks for someone describes the person wanted; under another heading, patients.
    ["Looking for\n- Someone who will hunt down every missing result.", 'advert', ["masculine-hunt-idiom@31:hunt down"]],
    ["Who we help\n- Someone who has had a stroke and needs to relearn to walk.\n- Someone who will fight their corner.", 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a health questionnaire before an offer, sickness and the mind judged, a body asked of a manual job', () => {
  it.each<[string, TextKind, string[]]>([
    ["Please bring the completed medical questionnaire to your interview.", 'email', ["health-questionnaire@27:medical questionnaire"]],
    ["Attach a health declaration form to your application.", 'advert', ["health-questionnaire@9:health declaration form"]],
    ["After an offer, occupational health will send you a health questionnaire.", 'email', []],
    ["New patients complete a health questionnaire when they register with the practice.", 'email', []],
    ["We can't keep anyone who's off all the time.", 'email', ["sickness-held-against@27:off all the time"]],
    ["The phones are switched off all the time at night, which patients hate.", 'email', []],
    ["We need steady, normal people for this ward, not anyone with issues.", 'email', ["health-history-bar@16:normal people"]],
    ["Help patients lead normal lives at home.", 'email', []],
    ["I want someone who won't wilt after a full clinic.", 'email', ["physique-idiom@19:won't wilt"]],
    ["The flowers in reception never wilt.", 'email', []],
    // Eyes named in the sentence of an idiom are not an eye examination's.
    ["We need someone who will not be blind to poor practice on the ward - you need eyes everywhere.", 'email', ["blind-spot@32:blind to"]],
    ["The blind spot in the left eye was larger.", 'email', []],
    ["- Dr Okafor: semi-retired, I think. Sound on paper, but might not have the stamina for a full duty day.", 'email', ["age-stage-of-life@13:semi-retired", "health-judged@56:might not have the stamina"]],
    ["We want a sturdy porter for the loading bay.", 'advert', ["physique-demanded@3:want a sturdy porter"]],
    ["We need a robust manager to steady the finances.", 'advert', []],
    ["We want a robust HCA induction.", 'advert', ["unexpanded-acronym@17:HCA"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('the body and health barred in other words', () => {
  it.each<[string, TextKind, string[]]>([
    ["You must have full use of all four limbs.", 'advert', ["physical-demands@14:full use of all four limbs"]],
    ["Physiotherapy helps patients regain full use of their hands.", 'advert', []],
    ["You must be able to carry heavy equipment up stairs.", 'advert', ["physical-demands@20:carry heavy equipment"]],
    ["Essential: able to stand, bend and kneel.", 'advert', ["physical-demands@11:able to stand, bend and kneel"]],
    ["Applicants must not be taking any medication.", 'advert', ["health-barred@30:any medication"]],
    ["You must not be taking patients' medication home.", 'advert', []],
    ["Applicants must be free from epilepsy.", 'advert', ["health-barred@29:epilepsy"]],
    ["Patients must be free from infection before surgery.", 'advert', []],
    ["Must have no mental health history.", 'advert', ["health-history-bar@10:no mental health history"]],
    ["Must be able to take a full psychiatric history.", 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a condition noted of a candidate with a bare verdict or a doubt how they would do', () => {
  it.each<[string, TextKind, string[]]>([
    ["- Omar: ADHD I think, all over the place. Probably not.", 'email', ["condition-doubted@8:ADHD I think, all over the place. Probably not"]],
    ["- Kim: stutters a lot, patients might struggle.", 'email', ["condition-doubted@7:stutters a lot, patients might struggle"]],
    ["Candidate 4 is partially sighted - how would she do the notes?", 'email', ["condition-doubted@15:partially sighted - how would she do"]],
    ["- Jo: wears a hearing aid. Probably yes.", 'email', []],
    // The verdict on the next line is the next candidate's.
    ["- Sam: dyslexic, told us at interview.\n- Ana: weak on clinical questions. Probably not.", 'email', []],
    ["She has a hearing aid - how would she like us to set up the interview?", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe("Gaucher's compet-, fight and hard families as verbs and compounds", () => {
  it.each<[string, TextKind, string[]]>([
    ["We want someone who competes hard for every contract.", 'advert', ["masculine-win@20:competes hard"]],
    ["You will thrive on competing with other practices.", 'advert', ["masculine-win@9:thrive on competing"]],
    ["You will outperform your peers.", 'advert', ["masculine-win@9:outperform your peers"]],
    ["Practices compete for the same staff across the county.", 'advert', []],
    ["Balancing competing priorities is part of the job.", 'advert', []],
    ["We want someone who will fight for resources.", 'advert', ["masculine-fight@25:fight for resources"]],
    ["Patients are fighting for breath on arrival.", 'advert', []],
    ["You'll need to be hard-headed.", 'advert', ["masculine-relentless@18:hard-headed"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('weight asked for, a group barred by what they have been through, a job unsuitable for a condition', () => {
  it.each<[string, TextKind, string[]]>([
    ["A healthy BMI is essential.", 'advert', ["physically-fit@0:A healthy BMI"]],
    ["Non-smokers only, and you must be a healthy weight.", 'advert', ["lifestyle-demanded@0:Non-smokers", "physically-fit@34:a healthy weight"]],
    ["We help patients reach a healthy weight.", 'advert', []],
    ["Applicants who have been off with stress need not apply.", 'advert', ["health-barred@25:off with stress"]],
    ["Applicants who have had surgery in the last year must tell occupational health after an offer.", 'advert', []],
    ["This role is unsuitable for anyone with a heart condition.", 'advert', ["not-suitable-for-disabled@13:unsuitable for", "health-barred@42:heart condition"]],
    ["This clinic is unsuitable for patients with a heart condition.", 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a fair instruction about a condition, and a driving demand whose route for non-drivers comes later', () => {
  it.each<[string, TextKind, string[]]>([
    ["If an applicant mentions dyslexia or asks for an adjustment, log it and carry on; it must not affect the score.", 'email', []],
    ["A car driver essential.\n\nVisits are part of the job; where someone cannot drive we will look at taxis and Access to Work.", 'advert', []],
    ["Full driving licence essential. Applicants who cannot drive will not be considered.", 'advert', ["driving-licence@0:Full driving licence"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('health judged of a candidate in a note: well enough, unwell, could she manage, ask her about her health', () => {
  it.each<[string, TextKind, string[]]>([
    ["Can you ask her about her health at interview?", 'email', ["question-health@8:ask her about her health"]],
    ["I'll ask her about her experience of clinics.", 'email', []],
    ["Nurses ask patients about their health at every visit.", 'email', []],
    ["- Dan: not sure he's well enough for full-time hours.", 'email', ["condition-doubted@7:not sure he's well enough"]],
    ["Not sure she knows the patch well enough yet.", 'email', []],
    ["- Raj: clearly unwell at interview, very pale. Let's not.", 'email', ["condition-doubted@7:clearly unwell at interview, very pale. Let's not"]],
    ["Patients who are clearly unwell are seen first.", 'email', []],
    ["- Bo: walks with a limp. Could he manage the stairs?", 'email', ["condition-doubted@12:with a limp. Could he manage the stairs"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe("Gaucher's independent, challenge, dominant and lead families in nouns and idioms", () => {
  it.each<[string, TextKind, string[]]>([
    ["We want someone with independence of mind.", 'advert', ["masculine-independent@21:independence of mind"]],
    ["We support patients' independence of mind and body.", 'advert', []],
    ["You will be a challenger of poor practice.", 'advert', ["masculine-challenge@14:challenger"]],
    ["You will relish a scrap.", 'advert', ["masculine-combat-idiom@9:relish a scrap"]],
    ["We want someone who barks orders.", 'advert', ["masculine-aggressive-idiom@20:barks orders"]],
    ["We want someone with a strong backbone.", 'advert', ["masculine-relentless@23:strong backbone"]],
    ["Our HCAs are the backbone of the ward.", 'advert', ["unexpanded-acronym@4:HCAs"]],
    ["We want someone who will lead the charge on digital.", 'advert', ["masculine-lead@25:lead the charge"]],
    ["The charge nurse will lead the ward round.", 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('mental illness as slang in more forms', () => {
  it.each<[string, TextKind, string[]]>([
    ["The weather is so bipolar this week.", 'email', ["psychiatric-slang@15:so bipolar"]],
    ["She was diagnosed with bipolar disorder a while ago.", 'email', []],
    ["That candidate was completely mental.", 'email', ["ableist-slang@15:was completely mental"]],
    ["The job is really mental health focused.", 'email', []],
    ["We're not running a mental asylum here.", 'email', ["ableist-slang@20:mental asylum"]],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('softness held against the person, the other side of tough', () => {
  it.each<[string, TextKind, string[]]>([
    ["3. Jordan - decent, bit of a pushover.", 'email', ["masculine-unflinching@20:bit of a pushover"]],
    ["We need someone who is not a soft touch.", 'email', ["masculine-unflinching@23:not a soft touch"]],
    ["The new software is a pushover to learn.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
