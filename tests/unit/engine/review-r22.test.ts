import { describe, expect, it } from 'vitest';
import { analyse, RULESET } from '@/lib/engine';

// Round 22's review (review-22a): each wrong result the review found, as a case in our own words
// that must now pass, and a fresh case the mended reading must still flag.

type Found = [string, string, number][];

/** Every finding but plain English and acronyms, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' | 'question' = 'email'): Found {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english' && f.category !== 'jargon')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('"wondering if" as a polite request (item 2)', () => {
  it('leaves a request of anyone, of us or of the reader', () => {
    expect(read('Morning team, I was wondering if someone could swap Priya\'s Tuesday clinic while Priya is on maternity leave.')).toEqual([]);
    expect(read('Just wondering whether we could offer Sam a phased return after her maternity leave.')).toEqual([]);
  });
  it('still reads a doubt of the candidate written to', () => {
    expect(read('Thanks for coming in to interview. Your answers were strong, but the panel wondered whether the travel with a young family would be manageable.')).toEqual([
      ['family-judged', 'wondered whether the travel with a young family', 75],
    ]);
  });
});

describe('asking about health needs a candidate asked (item 3)', () => {
  it('leaves a clinical or staff-support instruction', () => {
    expect(read('At the new patient check, ask about mental health and alcohol, then take a blood pressure.')).toEqual([]);
    expect(read('Tell me about a time you needed to ask about health during a home visit.', 'question')).toEqual([]);
    expect(read('Could you ask her about mental health support when she starts?')).toEqual([]);
  });
  it('flags asking the candidate', () => {
    expect(read('Please ask applicants about medical history when they come in on Thursday.')).toEqual([
      ['question-health', 'ask applicants about medical history', 7],
    ]);
  });
});

describe('a body part asked after (item 4, C5)', () => {
  it('leaves a patient named by title and a colleague\'s small talk', () => {
    expect(read('Can you check with Mr Ahmed whether his knee is better since the fall?')).toEqual([]);
    expect(read('Is your shoulder better? Good to have you back on the ward.')).toEqual([]);
  });
  it('flags it about a candidate, with "\'s" as its verb', () => {
    expect(read('Before we shortlist him, can you find out whether his back\'s OK now?')).toEqual([
      ['health-before-interview', 'Before we shortlist', 0],
      ['question-health', "whether his back's OK", 42],
    ]);
  });
});

describe('one sex first (item 5)', () => {
  it('leaves the order patients are seen in', () => {
    expect(read('At the flu clinic we call boys first, if possible, then girls.', 'advert')).toEqual([]);
    expect(read('Women first, please, then men, as the bloods take longer.')).toEqual([]);
  });
  it('flags one sex put first for a post', () => {
    expect(read('When you shortlist for the porter post, lads first if possible.')).toEqual([
      ['one-sex-advert', 'lads first', 40],
    ]);
  });
});

describe('orientation said of a candidate (item 6)', () => {
  it('leaves a prefix, a patient group and slang', () => {
    expect(read('Candidate 3 did trans-oesophageal echo work, but I am not sure he would cope with the on-call.')).toEqual([]);
    expect(read('Candidate 8 runs groups for lesbian and bisexual women at the clinic, though I worry about her audit skills.')).toEqual([]);
    expect(read('Candidate 5 got a bit gay about the parking, not sure why.')).toEqual([]);
  });
  it('flags a candidate judged by being trans', () => {
    expect(read('Candidate 5 is trans - not sure the ward is ready for that.')).toEqual([['orientation-judged', 'Candidate 5 is trans', 0]]);
  });
  it('names gender reassignment and its guidance', () => {
    const rule = RULESET.rules.find((r) => r.id === 'orientation-judged')!;
    expect(rule.message).toContain('gender reassignment');
    expect(rule.suggestions.map((s) => s.text).join(' ')).toContain('equalityhumanrights.com');
  });
});

describe('family words (item 9)', () => {
  it('leaves a patient\'s relatives and an offer to the candidate', () => {
    expect(read('Mrs Patel has a daughter who rings every evening, but I worry she will not manage the stairs.')).toEqual([]);
    expect(read('Thank you for your application. If childcare is an issue for you, we could discuss a compressed week.')).toEqual([]);
  });
  it('still flags a candidate judged by her children', () => {
    expect(read('Candidate 3 has a young son, so I\'m not sure she could do the nights.')).toEqual([['family-judged', "young son, so I'm not sure", 18]]);
  });
});

describe('a time well demanded (item 12)', () => {
  it('leaves recovery celebrated and a disclosure noted', () => {
    expect(read('Our recovery college marks years of wellness with the people it supports.', 'advert')).toEqual([]);
    expect(read('Candidate 4 said she has had two years without medication since her depression.')).toEqual([]);
  });
  it('flags it as a demand on applicants', () => {
    expect(read('You must have had 12 months without medication to join the bank.', 'advert')).toEqual([
      ['health-requirement', 'must have had 12 months without medication', 4],
    ]);
  });
});

describe('a sex stereotype deciding duties (item 15, C7)', () => {
  it('leaves an offer of help or of kit', () => {
    expect(read('Men often find it hard to talk, so I put him on the peer support list.')).toEqual([]);
    expect(read('Women usually find the new headsets lighter, so we will put you on the order for one.')).toEqual([]);
  });
  it('flags it deciding shifts', () => {
    expect(read('Mums usually hate the late shifts, so I\'ll keep you off them.')).toEqual([['parent-stereotype-duties', 'Mums usually hate', 0]]);
    const f = analyse('Mums usually hate the late shifts, so I\'ll keep you off them.', { context: 'email' }).findings.find((x) => x.ruleId === 'parent-stereotype-duties')!;
    expect(f.message.startsWith('“Mums usually hate” is a stereotype about sex or caring.')).toBe(true);
  });
});

describe('born a citizen (item 16)', () => {
  it('flags being born a national as a nationality question', () => {
    expect(read('Were you born a Commonwealth national?')).toEqual([['question-nationality', 'Were you born', 0]]);
  });
  it('leaves "born a woman" to the orientation question', () => {
    expect(read('Were you born a girl?')).toEqual([['question-orientation', 'Were you born a girl', 0]]);
  });
});

describe('the recently retired invited (item 17)', () => {
  it('flags an invitation or a welcome', () => {
    expect(read('We would love to hear from recently retired physiotherapists for weekend cover.', 'advert')).toEqual([
      ['age-would-suit', 'recently retired', 27],
    ]);
    expect(read('We encourage recently retired GPs to join our sessional list.', 'advert')).toEqual([['age-would-suit', 'recently retired', 13]]);
  });
  it('leaves a staff group named', () => {
    expect(read('Our recently retired staff group meets monthly for coffee.', 'advert')).toEqual([]);
  });
});
