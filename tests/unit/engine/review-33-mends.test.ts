import { describe, expect, it } from 'vitest';
import { analyse, RULESET } from '@/lib/engine';
import { Doc, type TextKind } from '@/lib/engine/document';
import { remarkBefore } from '@/lib/engine/reading/judged';
import { tokenize } from '@/lib/engine/tokenize';

// The checker's must-fix and should-fix findings of round 33's review (report-review-33.md): each false
// alarm in the review's words and in fresh ones, with near sentences that must still be caught.

/** Every finding but plain English, as [rule, text]. */
function read(text: string, context: TextKind = 'advert'): [string, string][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text]);
}
/** The findings of one rule. */
function of(rule: string, text: string, context: TextKind = 'advert'): string[] {
  return read(text, context)
    .filter(([id]) => id === rule)
    .map(([, t]) => t);
}

describe('M1: a new generation that the recruits will teach, not be', () => {
  it.each([
    'We are recruiting practice educators to help train a new generation of nurses.',
    'Join our preceptorship team and support the new generation of nurses joining the ward.',
    'Join our School of Nursing as a lecturer and teach a new generation of nurses.',
    'We are a training practice seeking a GP trainer to develop the new generation of doctors.',
    'Apply now to become a practice educator and shape a new generation of paramedics.',
    'We are hiring a clinical tutor to mentor the new generation of apprentices.',
  ])('leaves %j', (text) => {
    expect(of('age-new-generation', text)).toEqual([]);
  });
  it.each([
    ['We are recruiting a new generation of nurses for our wards.', 'new generation of nurses'],
    ['Join us: we are hiring a fresh generation of call handlers who we will train.', 'fresh generation of call handlers'],
  ])('flags %j', (text, found) => {
    expect(of('age-new-generation', text)).toEqual([found]);
  });
});

describe('M11: the writer condemning a judgement of someone’s sexuality', () => {
  it.each([
    'Asking a candidate about their sexuality is wrong and unlawful.',
    'Judging someone on his sexuality is wrong, and we will act on any report of it.',
    'Commenting on her sexuality is wrong; please read the dignity at work policy.',
    'Gossip over your sexuality is wrong and has no place on this ward.',
  ])('leaves %j', (text) => {
    expect(of('orientation-disparaged', text, 'email')).toEqual([]);
  });
  it('still flags the possessive that opens the clause', () => {
    expect(of('orientation-disparaged', 'Frankly, her sexuality is wrong and the team should know.', 'email')).toEqual(['her sexuality is wrong']);
  });
});

describe('M3: a condition or a sanction is not a refusal to work with gay men', () => {
  it.each([
    'Outreach workers cannot speak to gay men about PrEP without first offering a private room.',
    'You cannot talk with gay men about HIV risk without using inclusive, non-judgemental language.',
    "We can't work with gay men's health charities that have not signed the data agreement.",
    "Nurses who won't work with gay men or lesbians will be referred to their manager.",
    'Staff cannot talk to gay men about their results until the consultant has seen them.',
  ])('leaves %j', (text) => {
    expect(of('orientation-disparaged', text, 'email')).toEqual([]);
  });
  it.each([
    ["I won't work with gay men, so put me on another ward.", "won't work with gay men"],
    ['He cannot work with gay men and refuses the rota.', 'cannot work with gay men'],
  ])('flags %j', (text, found) => {
    expect(of('orientation-disparaged', text, 'email')).toEqual([found]);
  });
});

describe('M4: a make-up ban or limit is not a make-up requirement', () => {
  it.each([
    'No make-up is to be worn in the aseptic unit.',
    'Make-up should be worn sparingly in the dispensary.',
    'No make-up is to be worn on the pharmacy counter.',
    'Make-up must be worn discreetly and kept to a minimum.',
  ])('leaves %j', (text) => {
    expect(of('grooming-rule', text)).toEqual([]);
  });
  it.each([
    ['Make-up is to be worn on the front desk at all times.', 'Make-up is to be worn'],
    ['Make-up should be worn by all reception staff.', 'Make-up should be worn'],
  ])('flags %j', (text, found) => {
    expect(of('grooming-rule', text)).toEqual([found]);
  });
});

describe('M5: patients and callers who have an accent', () => {
  it.each([
    'Patients who have an accent or speak little English can ask for an interpreter.',
    'Many of our callers have an accent, so clear and patient listening is essential.',
    'Residents who often have an accent from home may ask for a carer who speaks Punjabi.',
  ])('leaves %j', (text) => {
    expect(of('accent', text)).toEqual([]);
  });
  it.each([
    ['Applicants who have an accent may find the phone work hard.', 'have an accent', 'advert'],
    ['She has an accent, so I doubt the callers would follow her.', 'has an accent', 'email'],
  ] as const)('flags %j', (text, found, context) => {
    expect(of('accent', text, context)).toEqual([found]);
  });
});

describe('M6: an equal-pay check and the group’s own doubts are not a judgement of the group', () => {
  it.each([
    'Can we check whether female porters are paid the same overtime rate as the male porters?',
    'The female drivers said they could never count on the old radios in rural areas.',
    "We can't rely on women managers alone to fix the gender pay gap; everyone has a part.",
    'The male technicians told us they could never rely on the old centrifuge.',
    'Please confirm the female technicians get the same rate of pay for bank shifts.',
  ])('leaves %j', (text) => {
    expect(of('sex-group-judged', text, 'email')).toEqual([]);
  });
  it.each([
    ['We can never rely on female drivers in the snow.', 'female drivers'],
    ["Female porters are paid less because they can't cope with the lifting.", 'Female porters'],
    ["The female engineers we had couldn't cope with the night shifts.", 'female engineers'],
  ])('flags %j', (text, found) => {
    expect(of('sex-group-judged', text, 'email')).toEqual([found]);
  });
});

describe('M2: employing a disability specialist is not judging a disabled person', () => {
  it.each([
    'It is cost effective to employ a disability employment adviser across the trust.',
    'We have found it is cost effective to employ a specialist autism practitioner rather than buy agency sessions.',
    'Is it cost effective to employ a second dyslexia assessor given the waiting list for students?',
    'Is it worth the cost to recruit a wheelchair services engineer?',
  ])('leaves %j', (text) => {
    expect(of('disability-group-judged', text, 'email')).toEqual([]);
  });
  it.each([
    ['Is it worth the money to keep him on with his disability?', 'worth the money to keep him on'],
    ["It isn't cost effective to hire deaf staff for reception.", 'cost effective to hire'],
    ['Honestly, is it worth the cost to take on someone with his condition?', 'worth the cost to take on'],
  ])('flags %j', (text, found) => {
    expect(of('disability-group-judged', text, 'email')).toEqual([found]);
  });
});

describe('M14: one illness hiding behind another is clinical teaching, not a doubt', () => {
  it.each([
    'Teaching note: physical illness can hide behind depression in older adults, so do a full assessment.',
    'Sepsis can hide behind anxiety in young adults; always check the observations.',
    'Heart disease often hides behind the menopause in women over fifty.',
  ])('leaves %j', (text) => {
    expect(of('illness-doubted', text, 'email')).toEqual([]);
  });
  it.each([
    ['She is hiding behind her depression to get out of nights.', 'hiding behind her depression'],
    ["He's hiding behind the menopause, frankly.", "He's hiding behind the menopause"],
    ['They hide behind anxiety whenever the rota changes.', 'They hide behind anxiety'],
  ])('flags %j', (text, found) => {
    expect(of('illness-doubted', text, 'email')).toEqual([found]);
  });
});

describe('S1: a pension-planning offer is not a push to retire', () => {
  it.each([
    'Is it time for you to think about retirement planning? The pensions team runs a session on Tuesday.',
    'Is it time for you to think about retirement options before the scheme closes?',
  ])('leaves %j', (text) => {
    expect(of('age-retirement', text, 'email')).toEqual([]);
  });
  it('flags the push itself', () => {
    expect(of('age-retirement', 'Is it time for him to think about retiring? He is slowing down.', 'email')).toEqual([
      'time for him to think about retiring',
    ]);
  });
});

describe('S2: a complaint reported is not the writer doubting an illness', () => {
  it.each([
    'Mr Hale felt his GP thought he was faking his symptoms; please review the complaint.',
    'A relative complained that the ward sister said he was faking his illness.',
  ])('leaves %j', (text) => {
    expect(of('illness-doubted', text, 'email')).toEqual([]);
  });
  it.each([
    ['I felt she was faking her symptoms on Monday.', 'faking her symptoms'],
    ['I think she is faking her symptoms to get out of nights.', 'faking her symptoms'],
  ])('flags %j', (text, found) => {
    expect(of('illness-doubted', text, 'email')).toEqual([found]);
  });
});

describe('S3: Fenian in its literary and place senses', () => {
  it.each(['The Fenian cycle of Irish myths was the theme of the staff book club.', 'The conference hotel is on Fenian Street in Dublin.'])(
    'leaves %j',
    (text) => {
      expect(of('racist-nickname', text, 'email')).toEqual([]);
    },
  );
  it('flags it said of a colleague', () => {
    expect(of('racist-nickname', 'He keeps calling the new porter a Fenian.', 'email')).toEqual(['Fenian']);
  });
});

describe('S4: a driving standard with other roles open is not judging a blind applicant', () => {
  it('leaves the licence standard', () => {
    expect(of('disability-group-judged', 'A blind applicant cannot do the job of driver, but other roles in the transport team are open to them.')).toEqual([]);
  });
  it('flags the same words of a desk job', () => {
    expect(of('disability-group-judged', 'A blind applicant cannot do the job of receptionist here.')).toEqual(['A blind applicant cannot do the job']);
  });
});

describe('S5: remarks on an accent reported in other words', () => {
  it.each([
    'He said the team kept commenting on his accent in handover.',
    'She told me two porters were making fun of her accent at lunch.',
    'Staff have been imitating his accent on the phone.',
    'They keep taking the mickey out of her accent.',
  ])('leaves %j', (text) => {
    expect(of('accent', text, 'email')).toEqual([]);
  });
  it('flags the writer’s own judgement', () => {
    expect(of('accent', 'Honestly his accent is too strong for reception.', 'email')).toEqual(['accent']);
  });
});

describe('S6: the phrase sets read in code are the analysed ruleset’s', () => {
  const sets = RULESET.phraseSets ?? {};
  const text = 'Colleagues kept imitating her accent on the ward.';
  const k = (doc: Doc) => doc.tokens.findIndex((t) => t.norm === 'accent');
  it('reads the remarks of the sets the Doc was given', () => {
    const doc = new Doc(text, tokenize(text), 'email', [], sets);
    expect(remarkBefore(doc, k(doc))).toBe(true);
    const other = new Doc(text, tokenize(text), 'email', [], { ...sets, 'remarks-on-speech': [['kept', 'praising', 'her']] });
    expect(remarkBefore(other, k(other))).toBe(false);
  });
  it('fails when a set that code reads is missing, rather than reading it as empty', () => {
    const doc = new Doc(text, tokenize(text), 'email', []);
    expect(() => remarkBefore(doc, k(doc))).toThrow(/remarks-on-speech/);
  });
});

describe('S7: a letter and a number in brackets explain a series only after a word that counts', () => {
  /** The unexpanded abbreviations, plain English included. */
  const acronymsIn = (text: string) =>
    analyse(text, { context: 'email', minWordsForStatements: Number.POSITIVE_INFINITY })
      .findings.filter((f) => f.ruleId === 'unexpanded-acronym')
      .map((f) => f.text);
  it.each([
    ['Cardiology (C1) and C4 ward rounds start at 8am.', ['C4']],
    ['Pathology (P2) samples go with the P7 courier run.', ['P7']],
    ['Trainees at ST3 (specialty training year 3) join the ST rota.', ['ST']],
  ])('flags the rest of %j', (text, found) => {
    expect(acronymsIn(text)).toEqual(found);
  });
  it.each([
    'Each panel member scores every criterion (C1 to C6) from 1 to 5; C2 and C4 carry double weight.',
    'Answer question (Q3) before Q4.',
    'Complete the section (S2) form and the S4 return.',
    'Trainees at ST3 (specialty training year 3) or above may apply; ST4 trainees are welcome.',
  ])('leaves %j', (text) => {
    expect(acronymsIn(text)).toEqual([]);
  });
});
