import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 24, the study slice's misses by family: each family in other words than the documents that
// showed it, with the senses a reviewer would leave alone.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind = 'advert', strict = false): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY, ...(strict && { settings: { strictness: 'strict' } }) })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('an armed forces or police background preferred is flagged, not a scheme that welcomes veterans', () => {
  it('flags a background given as a preference', () => {
    expect(read('Applicants with an ex-army or ex-police background are preferred.')).toEqual([
      ['forces-background-preferred', 'ex-army', 19],
      ['forces-background-preferred', 'ex-police', 30],
    ]);
    expect(read('For the porter posts, former soldiers would be my priority.', 'email')).toEqual([['forces-background-preferred', 'former soldiers', 22]]);
    expect(read('Honestly, military types slot in here better than anyone.', 'email')).toEqual([
      ['forces-background-preferred', 'military types', 10],
      ['culture-fit', 'slot in', 25],
    ]);
  });
  it.each([
    ['As a Veteran Aware trust we welcome service leavers and reservists.', 'advert'],
    ['Our outreach nurse supports ex-forces patients who are sleeping rough, and ideally you will know the local shelters.', 'advert'],
    ['Candidate 4: ex-navy, calm under questioning, strong answers on conflict.', 'email'],
  ] as const)('leaves a welcome, patients and a note with no preference in %j', (text, kind) => {
    expect(read(text, kind)).toEqual([]);
  });
});

describe('unpaid work asked before an offer', () => {
  it.each([
    ['Shortlisted candidates will be asked to shadow a dental nurse for a morning, unpaid.', 'advert', 'unpaid', 77],
    ['Tell the two best applicants the trial afternoon is without pay.', 'email', 'without pay', 52],
  ] as const)('flags %j', (text, kind, words, start) => {
    expect(read(text, kind)).toEqual([['unpaid-trial', words, start]]);
  });
  it.each([
    'All trial shifts are paid at the band 2 rate.',
    'Experience as a carer, paid or unpaid, counts towards the shortlisting score.',
    'The finance assistant chases unpaid invoices and keeps the ledger tidy.',
  ])('leaves paid trials, unpaid experience and invoices in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('socialising asked of the person: more outings, and the person wanted by what they would join', () => {
  it.each([
    ['We want a new partner who joins us at the golf club on Sundays.', 'who joins us at the golf club', 22],
    ["Ideally someone who'll come to the Thursday curry nights.", "who'll come to the Thursday curry nights", 16],
    ['Candidate B turned down the team weekend away, which tells me a lot.', 'turned down the team weekend away', 12],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['social-life-expected', words, start]]);
  });
  it.each([
    'We hold a Christmas do every year, and coming along is entirely optional.',
    'You will help residents plan a curry night and other social events.',
  ])('leaves an optional social and one run for residents in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('training abroad refused or blamed, in more words', () => {
  it.each([
    ['Overseas fellowships will not be accepted for this post.', 'advert', 'overseas-trained-unwanted', 'Overseas fellowships', 0],
    ["We've had problems with foreign training in the past, so I'd rather not.", 'email', 'overseas-trained-unwanted', 'foreign training', 24],
    ["We've had our fingers burnt with international nurses before.", 'email', 'overseas-refused', 'international nurses', 33],
  ] as const)('flags %j', (text, kind, rule, words, start) => {
    expect(read(text, kind)).toEqual([[rule, words, start]]);
  });
  it('leaves training abroad welcomed', () => {
    expect(read('Overseas training and fellowships are welcome: our tutor helps with GMC registration.')).toEqual([['unexpanded-acronym', 'GMC', 68]]);
  });
});

describe('a health question reaches every health item of its list', () => {
  it('underlines the whole list, and no further', () => {
    expect(read('Please send a form listing any health conditions, prescribed medicines and past sick leave before the interview.', 'email')).toEqual([
      ['question-health', 'any health conditions, prescribed medicines and past sick leave', 27],
      ['health-before-interview', 'before the interview', 91],
    ]);
    expect(read('Do you have any disabilities, long-term conditions or time off sick we should know about?', 'question')).toEqual([
      ['question-health', 'Do you have any disabilities, long-term conditions or time off sick', 0],
    ]);
  });
  it('leaves a list of what a clinic treats', () => {
    expect(read('Our clinic treats any medical conditions, medications and allergies our patients bring.', 'email')).toEqual([]);
  });
});

describe('"seasoned" said of the person wanted, at the default setting', () => {
  it('flags it', () => {
    expect(read('We are looking for a seasoned theatre nurse to lead the recovery area.')).toEqual([['age-seasoned', 'seasoned', 21]]);
  });
  it('leaves food', () => {
    expect(read('The kitchen serves roast vegetables seasoned with local herbs.')).toEqual([]);
  });
});

describe("living in the employer's own area demanded", () => {
  it('flags it', () => {
    expect(read('Essential: resident in the surgery area.')).toEqual([['residence-demanded', 'resident in the surgery area', 11]]);
  });
  it('leaves the patients who live there', () => {
    expect(read('The home visits are to patients who live in the practice area.')).toEqual([]);
  });
});

describe('training served or done in the UK demanded', () => {
  it.each([
    ['Essential: training completed in England.', 'advert', 'training completed in England', 11],
    ['Only send pharmacists who did their pre-registration training in the UK.', 'email', 'their pre-registration training in the UK', 30],
  ] as const)('flags %j', (text, kind, words, start) => {
    expect(read(text, kind)).toEqual([['uk-only-qualification', words, start]]);
  });
  it.each([
    ['Candidate 2 did her nursing degree in Britain before moving to Leeds.', 'email'],
    ['Nursing training completed in the UK or overseas is welcome.', 'advert'],
  ] as const)('leaves a candidate described and a route from abroad in %j', (text, kind) => {
    expect(read(text, kind)).toEqual([]);
  });
});

describe("a practice's clientele are the people it serves", () => {
  it('leaves their age alone', () => {
    expect(read('Our Tuesday clientele are mostly older, so expect a lot of hearing aid checks.', 'email')).toEqual([]);
  });
});

describe('the type of man or woman wanted', () => {
  it('flags it', () => {
    expect(read("He's just the type of fella the surgeons get on with.", 'email')).toEqual([['type-of-man', 'type of fella', 14]]);
  });
  it('leaves the patients a service reaches', () => {
    expect(read('Think about the kind of woman who avoids cervical screening, as many of our patients do.')).toEqual([]);
  });
});

describe('an old-fashioned doctor or nurse wanted', () => {
  it('flags it', () => {
    expect(read("We'd like a good old-fashioned GP who knows every family by name.")).toEqual([['age-idioms', 'old-fashioned GP', 17]]);
  });
  it('leaves old-fashioned service', () => {
    expect(read('We pride ourselves on good old-fashioned customer service.')).toEqual([]);
  });
});

describe('a degree from an elite university', () => {
  it('flags it', () => {
    expect(read('Essential: degree from an Oxbridge or Russell Group university.')).toEqual([
      ['elite-university', 'Oxbridge', 26],
      ['elite-university', 'Russell Group', 38],
    ]);
    expect(read('Ideally a 2:1 from a top university.')).toEqual([['elite-university', 'a top university', 19]]);
  });
  it.each(['We train students from a top university in the city.', 'We work with a leading university on research.'])('leaves the universities an employer works with in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a look demanded of the person', () => {
  it('flags a modern look asked of the one hired', () => {
    expect(read('This post would suit a young woman with a modern look.', 'email')).toEqual([
      ['age-young-hire', 'young woman', 23],
      ['sex-preferred', 'woman', 29],
      ['looks-demanded', 'modern look', 42],
    ]);
  });
  it('leaves a room', () => {
    expect(read('Our refurbished waiting room has a modern look.')).toEqual([]);
  });
});

describe('"lives and breathes" at the strict setting', () => {
  it('flags it there only', () => {
    const text = 'We want a data analyst who lives and breathes dashboards.';
    expect(read(text, 'advert', true)).toEqual([['pressure-hype', 'lives and breathes', 27]]);
    expect(read(text)).toEqual([]);
  });
});

describe('trade shorthand and a screening tool in capitals', () => {
  it.each([
    ['Staff will complete MUST screening on admission.', 'MUST', 20],
    ['You will spend mornings scanning and workflowing hospital letters.', 'workflowing', 37],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['unexpanded-acronym', words, start]]);
  });
  it.each([
    'Applicants MUST apply by Friday.',
    'We use the Malnutrition Universal Screening Tool (MUST) on every ward, and MUST scores go on the chart.',
    'Letters come in by post and the workflow is simple.',
  ])('leaves a shouted word, the tool spelled out and a workflow in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('family plans guessed as "thinking about" babies or kids', () => {
  it('flags them said of a candidate', () => {
    expect(read("I suspect he's thinking about kids soon, which worries me for the rota.", 'email')).toEqual([['family-plans', 'thinking about kids', 15]]);
  });
  it.each([
    ["The team is thinking about babies' feeding plans for the new clinic.", 'email'],
    ['Health visitors spend their days thinking about babies and their families.', 'advert'],
    ['You will think about children and families in every assessment.', 'advert'],
  ] as const)('leaves the work in %j', (text, kind) => {
    expect(read(text, kind)).toEqual([]);
  });
});
