import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 17 (gendered language, tone): readings by mechanism, each with fresh wordings and a trap
// beside it. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const cases = (list: [string, TextKind, string[]][]) =>
  it.each(list)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a candidate called by their sex: what they are, a note on them, those invited to apply', () => {
  cases([
    ["Re Tuesday's shortlist: Ravi - he's a big strong lad, so the heavy lifting won't bother him.", 'email', ['staff-called-girls@49:lad']],
    ['Notes from the panel: Kerry - she seems a timid little girl, not sure about nights.', 'email', ['staff-called-girls@55:girl']],
    ["Jo - good answers, but she's a slip of a girl and the hoists are heavy.", 'email', ['staff-called-girls@41:girl']],
    ['Candidate 4 - ex-army, tough lad, would suit the stores.', 'email', ['staff-called-girls@29:lad']],
    ['Gents are welcome to apply as well.', 'advert', ['staff-called-girls@0:Gents']],
    ['Between us, a lass would soften the team a bit.', 'email', ['staff-called-girls@14:lass']],
    ['From: Jo\nTo: Panel\nSubject: Friday\n\nLadies,\nThe interviews start at nine.', 'email', ['staff-called-girls@36:Ladies']],
    // A patient, a patient's family, or a candidate's family is not the candidate.
    ["Re the clinic: Mrs Patel's son is a big lad, so we used the hoist.", 'email', []],
    ['The patient - he\'s a big lad, so use the standing hoist.', 'email', []],
    ["Candidate 2 - says her husband is in the navy (he's a big lad apparently).", 'email', ['partner-job-noted@19:her husband is']],
    // Patient groups who apply for a service, not for the post.
    ['Teenage girls and boys can apply for a place at the youth clinic.', 'advert', []],
    ['Girls aged 11 to 14 can apply for the summer scheme.', 'advert', []],
  ]);
});

describe('abuse to be absorbed, asked of the person, in any inflection', () => {
  cases([
    ['You need to be someone who gives as good as they get with the consultants.', 'advert', ['thick-skin@27:gives as good as they get']],
    ['She gave as good as she got in the role play.', 'email', ['thick-skin@4:gave as good as she got']],
    ["On a bad night you'll take a hammering, so we rotate the triage desk.", 'advert', ["thick-skin@15:you'll take a hammering"]],
    ['We want a practitioner who can take the knocks.', 'advert', ['thick-skin@27:can take the knocks']],
    ["If you can't hack it, this isn't the team for you.", 'advert', ["thick-skin@7:can't hack it"]],
    // The weather's damage, a past knock to someone's confidence, and code cut about are not.
    ['The roof took a battering in the storm, so the estates team is busy.', 'advert', []],
    ['He has taken a few knocks to his confidence since the accident.', 'email', []],
    ['We can hack it into the old template if need be.', 'email', []],
  ]);
});

describe('what people of one sex can cope with, doubted', () => {
  cases([
    ["I don't think a woman would manage the night shifts.", 'email', ['sex-preferred@14:a woman would manage']],
    ["Women don't tend to last in this workshop, they find it too rough.", 'email', ["sex-preferred@0:Women don't tend to last"]],
    ["Honestly, a man wouldn't cope with the mums at baby clinic.", 'email', ["sex-preferred@10:a man wouldn't cope"]],
    ["Girls can't handle the heavy lifting on this ward.", 'email', ["sex-preferred@0:Girls can't handle"]],
    ['Blokes never last long on reception here.', 'email', ['sex-preferred@0:Blokes never last']],
    ['Any woman would struggle with the on-call rota.', 'email', ['sex-preferred@0:Any woman would struggle']],
    ['Men generally struggle with the paperwork side.', 'advert', ['sex-preferred@0:Men generally struggle']],
    // Help offered, patients, one person in particular, self-care, a plain fact, a group present.
    ['Women can struggle to find childcare, so we offer flexible shifts.', 'advert', []],
    ['Many women struggle with menopause symptoms at work, so we have a support group.', 'advert', []],
    ['The woman on reception struggled with the new phones.', 'email', []],
    ['Women who struggle with continence can self-refer.', 'advert', []],
    ['Men manage their diabetes better with the app.', 'advert', []],
    ['Women manage most of our wards.', 'advert', []],
    ["I'd want to hear her speak first, some of the women might struggle with the accent.", 'email', ['origin-judged@4:want to hear her speak']],
  ]);
});
