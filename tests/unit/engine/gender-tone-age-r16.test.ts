import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 16 (gendered language, tone, age): readings of who the words are about and what is held
// against them, each with fresh wordings and a trap beside it. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const cases = (list: [string, TextKind, string[]][]) =>
  it.each(list)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('an age set apart in a note and weighed ("only 19", "already 62")', () => {
  cases([
    [
      'Re the shortlist for the porter post: the second chap is sound, only 20 and keen, and he has done bank shifts.',
      'email',
      ['staff-called-girls@49:chap', 'age-noted@64:only 20'],
    ],
    ['Interview notes: the first applicant was excellent, already 62, but keen to do nights.', 'email', ['age-noted@52:already 62']],
    // A count, and a patient's age, are not an applicant's.
    ['Re the interviews: the clinic list is short today, only 25, so we can start early.', 'email', []],
    ['Re the vacancy: Mrs Khan came to clinic with her son, only 52, and newly diagnosed.', 'email', []],
  ]);
});

describe("a place's names are no person's, so a pronoun after them is the post-holder's", () => {
  cases([
    [
      'We are recruiting a community nurse for the team serving Eastholme and Upper Brayford. She will visit patients at home.',
      'advert',
      ['generic-pronoun@87:She'],
    ],
    ['You will work across Birch and Willow wards. The ward clerk keeps the records: she answers the phones.', 'advert', ['generic-pronoun@79:she']],
    ['Our lead nurse, Amira Khan, will support you. She has run the unit for ten years.', 'advert', []],
  ]);
});

describe('staff named by sex in passing', () => {
  cases([
    ['The back-office girls will sort your payroll.', 'email', ['office-girls@9:office girls']],
    ['The front-of-house girls will show you round.', 'email', ['staff-called-girls@19:girls']],
    ["We're a small crew and all lads at the moment.", 'advert', ['staff-called-girls@27:lads']],
    ['We run a drop-in for teenage girls and their carers.', 'advert', []],
    ['Our school nurses see new mums and their baby girls.', 'advert', []],
  ]);
});

describe('toughness asked of the person: trouble, a thick skin against patients, hand-holding', () => {
  cases([
    ['We need a support worker who keeps calm when things kick off on the ward.', 'advert', ['thick-skin@40:when things kick off']],
    ['When things kick off at 9am, the clinic fills quickly.', 'advert', []],
    // Patients in another clause are the reason given, not whose skin it is.
    ['A thick skin helps, as patients can be short with reception.', 'advert', ['thick-skin@0:A thick skin']],
    ["Our podiatrists treat thick skin on the soles of patients' feet.", 'advert', []],
    ['If you need your hand held, look elsewhere.', 'advert', ['put-downs@0:If you need your hand held']],
    ['New starters who need extra support get a named mentor.', 'advert', []],
  ]);
});

describe('years since the end of training asked of a senior doctor', () => {
  cases([
    ['Applicants should be within four years of their CCT.', 'advert', ['age-years-since-cct@21:within four years of their CCT']],
    // Near the end of training, the usual route to a consultant post, is no age proxy.
    ['Applicants must be on the Specialist Register or within six months of CCT.', 'advert', ['unexpanded-acronym@70:CCT']],
  ]);
});

describe('staff of one sex held against them or kept so (sex-group-judged)', () => {
  cases([
    [
      "Re the porter vacancy: the female agency staff we had last winter couldn't cope with the night shifts.",
      'email',
      ['sex-group-judged@27:female agency staff'],
    ],
    ['Re the rota: the lab is a bit male-heavy, and honestly we would like to keep it that way.', 'email', ['sex-group-judged@30:male-heavy']],
    ['Re the vacancy: the secretaries, being women, would struggle with the lifting.', 'email', ['sex-group-judged@33:being women']],
    // Welcoming both, and the people a clinic serves, hold nothing against anyone.
    ['Re the vacancy: female staff and male staff are equally welcome to apply for the bank.', 'email', []],
    ['Re the clinic: mostly women attend the menopause clinic on Thursdays.', 'email', []],
  ]);
});

describe('"we" with "all" describes the staff, not the organisation', () => {
  cases([
    ["We're all fairly young and love a night out.", 'advert', ['age-young@17:young']],
    ['We are all committed to safe, kind care.', 'advert', []],
  ]);
});

describe('backbone asked of the person, and a career held to be too far on', () => {
  cases([
    ['Whoever we take on will need a bit of backbone with the consultants.', 'advert', ['thick-skin@29:a bit of backbone']],
    ['Our healthcare assistants are the backbone of the ward.', 'advert', []],
    [
      "Thanks for the CVs. I'd rather not see anyone too far along in their career for a band 5 post.",
      'email',
      ['age-too-old@46:too far along in their career'],
    ],
    ['Thanks for the CVs. It is never too late in your career to retrain with us.', 'email', []],
  ]);
});
