import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 15 (disability and race, nationality and language): word families completed from the
// sources (a health or attendance history demanded, a constitution, the use of limbs, a stance held
// for a stretch of time; English judged after the word, a name judged hard to say, papers from
// abroad refused, settled status demanded, a life lived in one place). Fresh wordings with their
// offsets and a trap beside each; none of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category === 'disability' || f.category === 'race-nationality')
    .map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('health, sickness and the body demanded of the person', () => {
  it.each<[string, TextKind, string[]]>([
    ["Essential: no significant psychiatric history.", 'advert', ["health-history-bar@11:no significant psychiatric history"]],
    ["Applicants must have no previous medical history of note.", 'advert', ["health-history-bar@21:no previous medical history"]],
    ["We are looking for someone calm under pressure with no history of sick leave.", 'advert', ["health-history-bar@52:no history of sick leave"]],
    ["We support colleagues with a previous medical history through occupational health.", 'advert', []],
    ["You will work with patients with no previous psychiatric history.", 'advert', []],
    ["We support staff with no previous medical history of note as well as those with long-term conditions.", 'advert', []],
    ["An exemplary attendance history is required.", 'advert', ["attendance-record@13:attendance history"]],
    ["Your attendance history is not part of shortlisting; we follow the sickness absence policy.", 'advert', []],
    ["Please let me know how much sick leave in the last two years each of them has had.", 'email', ["question-health@19:how much sick leave"]],
    ["Ideally someone who has never gone off with anxiety.", 'email', ["attendance-record@24:never gone off with anxiety"]],
    ["The ideal dental nurse has a hardy constitution.", 'advert', ["physically-fit@27:a hardy constitution"]],
    ["The Constitution of the NHS sets out our values.", 'advert', []],
    ["Requires full use of fingers for fine instrument work.", 'advert', ["physical-demands@9:full use of fingers"]],
    ["You must be able to sit for a whole clinic without a break.", 'advert', ["physical-extent@4:must be able to sit for a whole clinic without a break"]],
    ["You must stand for our values all day, every day.", 'advert', []],
    ["You may need to stand for short spells; a perching stool is provided.", 'advert', []],
    ["Receptionists will need to be on their feet for ten hours.", 'advert', ["physical-demands@30:on their feet for ten hours"]],
    ["Receptionists will be on their feet for ten hours, with breaks.", 'advert', []],
    ["- Priya: solid answers, though she was off sick for most of last year. Not convinced.", 'email', ["condition-doubted@35:was off sick for most of last year. Not convinced"]],
    ["Dana is off sick today so the sift will be late.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('English, accents, names, papers from abroad and where a person has lived', () => {
  it.each<[string, TextKind, string[]]>([
    ["- Tomasz: lovely manner, but English still quite patchy. Not sure.", 'email', ["english-judged@29:English still quite patchy"]],
    ["- Mei: struggled with spoken English in the role play, so I would not progress.", 'email', ["english-judged@7:struggled with spoken English"]],
    ["Many of our patients struggle with English, so we book interpreters.", 'email', []],
    ["Clear, unaccented English is essential for the switchboard.", 'advert', ["accent@7:unaccented"]],
    ["Candidate 7's surname is tricky to spell; he may not suit the front desk.", 'email', ["name-judged@14:surname is tricky to spell"]],
    ["The drug name is difficult to spell, so use the barcode.", 'email', []],
    ["Her odd name will confuse the patients.", 'email', ["name-judged@4:odd name"]],
    ["Foreign credentials cannot be accepted for this post.", 'advert', ["overseas-trained-unwanted@0:Foreign credentials"]],
    ["Applicants qualified outside the UK will not be considered.", 'advert', ["overseas-trained-unwanted@11:qualified outside the UK"]],
    ["We welcome nurses qualified outside the UK and will support your NMC application.", 'advert', []],
    ["Applicants should already hold indefinite leave to remain.", 'advert', ["no-sponsorship@11:should already hold indefinite leave to remain"]],
    ["Person specification\nEssential:\n- Born and educated in England\n- Good IT skills", 'advert', ["uk-upbringing@34:Born and educated"]],
    ["We would prefer someone who has lived locally all their life.", 'email', ["birthplace-demanded@9:prefer someone who has lived locally all their life"]],
    ["Our patients have mostly lived here all their lives.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a health note judged in a hedged next sentence or against a demand of the job, and health checked before the interview', () => {
  it.each<[string, TextKind, string[]]>([
    ["- Ben: told the panel about his epilepsy. Bit of a worry for lone working.", 'email', ["condition-doubted@32:epilepsy. Bit of a worry"]],
    ["- Ben: told the panel about his epilepsy. Seems like a strong candidate.", 'email', []],
    ["- Ruth: she wears two hearing aids. Sounds like a lot of hassle on the switchboard.", 'email', ["condition-doubted@22:hearing aids. Sounds like a lot of hassle"]],
    ["Number 6 has arthritis, so maybe not for the community round.", 'email', ["condition-doubted@13:arthritis, so maybe not for"]],
    ["Number 6 has arthritis, so maybe not the best day for her interview; we will move it.", 'email', []],
    ["- Kofi: he would need an ergonomic chair. Could be costly.", 'email', ["condition-doubted@25:ergonomic chair. Could be costly"]],
    ["- Alia: she mentioned lengthy spells of sickness in her last post. I'd be cautious.", 'email', ["condition-doubted@22:lengthy spells of sickness in her last post. I'd be cautious"]],
    ["- Will: noticeably obese; would he manage the stairs?", 'email', ["condition-doubted@19:obese; would he manage"]],
    ["- Nia: had time off with anxiety in 2023. Not a good sign.", 'email', ["condition-doubted@11:time off with anxiety in 2023. Not a good sign"]],
    ["- Sam: he uses a stick. I worry about the stairs.", 'email', ["condition-doubted@10:uses a stick. I worry about the stairs"]],
    ["- Sam: he uses a stick. I worry about the parking for his interview.", 'email', []],
    ["Can we get an OH check done on candidate 3 before we shortlist?", 'email', ["health-before-interview@43:before we shortlist"]],
    ["Please have the agency ask about sick leave before putting anyone forward.", 'email', ["absence-asked@23:ask about sick leave", "health-before-interview@44:before putting anyone forward"]],
    ["Ring her GP surgery to confirm the address before we invite her.", 'email', []],
    ["Tell us before the interview if you need any adjustments, such as extra time.", 'email', []],
    ["Occupational health clearance follows a conditional offer, never before interview.", 'advert', []],
    ["I want to go over the health and safety slides before the interview.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe("the writer's verdict spliced on after a place of training, and a colour asked for", () => {
  it.each<[string, TextKind, string[]]>([
    ["- Number 3 qualified in Harare, I'd knock a point off for that.", 'email', ["origin-judged@11:qualified in Harare"]],
    ["- Number 3 qualified in Harare, I'd say she is the strongest on paper.", 'email', []],
    ["- Number 3 qualified in Harare, I'm keen to meet her.", 'email', []],
    ["The lady in bed 6 wants a white nurse, so can we send one over?", 'email', ["origin-judged@26:white nurse"]],
    ["Please don't send a black carer to that client.", 'email', ["origin-judged@7:don't send a black carer"]],
    ["Our Black staff network meets monthly and welcomes new members.", 'email', []],
    ["Theatre staff wear a white tunic and navy trousers.", 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
