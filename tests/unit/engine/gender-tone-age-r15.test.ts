import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 15 (gendered language, tone, age): readings of who the words are about and whether they are
// held for or against someone, each with fresh wordings and a trap beside it. None of these
// sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const cases = (list: [string, TextKind, string[]][]) =>
  it.each(list)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe("patients' liking for one sex, when the one liked is staff at a post or named as staff are", () => {
  cases([
    ['Most of our clients respond better to a bloke, so keep that in mind.', 'email', ['sex-preferred@40:bloke']],
    ['Residents relate better to a chap in the lounge.', 'email', ['sex-preferred@29:chap']],
    ['Callers often expect a woman to answer.', 'email', ['sex-preferred@23:woman']],
    ['Our patients prefer a woman on reception.', 'email', ['sex-preferred@22:woman']],
    // The word for staff is its own rule's, shown first.
    ['The families at the baby clinic expect a girl on the front desk.', 'email', ['staff-called-girls@41:girl']],
    // Same-sex care, a chaperone, a clinician for screening: the patient's right, not a post filled by sex.
    ['Some patients prefer personal care from a woman, so each night we roster one female carer under our same-sex care policy.', 'email', []],
    ['Patients may ask for a female clinician for intimate examinations.', 'email', []],
    ['Many patients prefer a female doctor for cervical screening.', 'advert', []],
  ]);
});

describe('one sex wanted by lack or by asking after it', () => {
  cases([
    ["We're short on men for the heavy lifting.", 'email', ['sex-preferred@15:men']],
    ['We could do with a few more blokes.', 'email', ['sex-preferred@28:blokes']],
    ['Any chance of a lad this time?', 'email', ['sex-preferred@16:lad']],
    ['There is a good chance of a woman being appointed.', 'email', []],
    // Encouraging the other sex to apply is positive action, not a preference.
    ['Female applicants are particularly welcome as our team is all male.', 'advert', []],
    ["We're an all-female team.", 'advert', ['sex-preferred@13:female']],
  ]);
});

describe('a body demanded with a sex: the sex is wanted too', () => {
  cases([
    ['For the stores we want at least two burly lads.', 'email', ['physically-fit@36:burly', 'staff-called-girls@42:lads']],
    ['Honestly, a couple of hefty blokes please.', 'email', ['sex-preferred@28:blokes']],
  ]);
});

describe('a candidate summed up by sex in notes', () => {
  cases([
    ['Applicant 5 seemed a decent chap, if a bit quiet.', 'email', ['staff-called-girls@28:chap']],
    ['Applicant 2: lovely girl, very keen.', 'email', ['staff-called-girls@20:girl']],
    ['Ask the girls at the front desk for a key.', 'email', ['staff-called-girls@8:girls']],
    // Someone who did something, or who is described doing it, is not summed up; nor is a place they went to staff.
    ['A lovely lady rang the ward this morning about her husband.', 'email', []],
    ['Our new neighbour is a nice chap who helps at the food bank.', 'email', []],
  ]);
});

describe('energy a person would bring', () => {
  cases([
    ['Applicant 3 would bring a bit of energy to the back office.', 'email', ['age-energetic@18:bring a bit of energy']],
    ['We want someone who brings a burst of energy to the team.', 'advert', ['age-energetic@20:brings a burst of energy']],
    ['The new boiler brings some energy savings to the surgery.', 'advert', []],
    ['Our volunteers bring new energy to the garden project for residents.', 'advert', []],
  ]);
});

describe('a candidate doubted with new technology', () => {
  cases([
    [
      "Applicant 6 has run a busy front desk for years, but she'll never get to grips with the new rota app.",
      'email',
      ['age-new-tech-doubted@60:never get to grips with the new rota app'],
    ],
    ['Great references. He struggles with the new clinical system though.', 'email', ['age-new-tech-doubted@21:struggles with the new clinical system']],
    // Patients, and staff offered training.
    ['Several patients struggle with the new online booking system, so please show them at the desk.', 'email', []],
    ['Staff who find it hard to learn the new system get an extra training session.', 'email', []],
  ]);
});

describe('endurance without complaint demanded', () => {
  cases([
    [
      "You'll work long shifts without grumbling and won't buckle under pressure.",
      'advert',
      ['thick-skin@24:without grumbling', "thick-skin@46:won't buckle under pressure"],
    ],
    ["We want a receptionist who isn't precious about covering lunches.", 'advert', ["thick-skin@27:isn't precious"]],
    ["The old server won't buckle under the new load.", 'email', []],
    ["We're not precious about job titles: everyone helps.", 'advert', []],
  ]);
});

describe('the team as a family, and tough for its own sake', () => {
  cases([
    ["We're a close-knit family at the surgery.", 'advert', ["like-minded@0:We're a close-knit family"]],
    ['Our team is like a second family.', 'advert', ['like-minded@12:like a second family']],
    ['This role is not for the thin-skinned.', 'advert', ['faint-hearted@17:for the thin-skinned']],
    // A candidate's own family, a group of practices, a family-run business, and skin as a patient's.
    ['We are a big family practice in the town centre.', 'advert', []],
    ["We're a little family-run pharmacy.", 'advert', []],
    ['Thin-skinned older patients need careful handling.', 'advert', []],
    ['She comes from a close-knit family and lives nearby.', 'email', []],
    ['We support a close-knit family of practices.', 'advert', []],
  ]);
});

describe('a pronoun for whoever is appointed, and a health visitor as a role', () => {
  cases([
    ['Dr Rowe and Mr Khan will interview. Whoever we take on, she must be able to start in June.', 'email', ['generic-pronoun@56:she']],
    ['Dr Rowe will chair. Whoever she picks starts in June.', 'email', []],
    [
      'Community Health Visitor, Band 6. We are recruiting a health visitor for our north team. He will hold a caseload of 300 families.',
      'advert',
      ['generic-pronoun@89:He'],
    ],
    ['Our health visitor, Amy Shaw, runs the baby clinic. She will show you round.', 'advert', []],
  ]);
});

describe('a family noted and then to be borne in mind', () => {
  cases([
    ['She has three kids under five - something to bear in mind for the late clinics.', 'email', ['family-judged@14:kids under five - something to bear in mind']],
    ['We offer childcare vouchers; please bear that in mind when you compare offers.', 'email', []],
  ]);
});
