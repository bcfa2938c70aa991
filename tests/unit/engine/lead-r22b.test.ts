import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 22 (helper lead-22b): how panel notes and e-mails judge particular candidates, each reading
// in other words than the fresh22 e-mails that showed it, with a trap for the sense left out.

type Found = [string, string, number][];

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' | 'question' = 'email'): Found {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('family life guessed as the reason for a gap', () => {
  it('flags the guess as an aside on the candidate', () => {
    expect(read('He left in 2021, family I suppose, and came back last year.')).toEqual([['family-noted', 'family I suppose', 17]]);
  });
  it('leaves a guess that is not an aside, or not about a candidate', () => {
    expect(read("We'll meet the kids I assume you know already.")).toEqual([]);
    expect(read('Children, I imagine, make up most of the caseload.')).toEqual([]);
  });
});

describe('a candidate written to, judged by a family', () => {
  it('reads "you" as the candidate in an e-mail to her', () => {
    expect(read('Thanks for coming in to interview. Your scores were close, but the panel wondered whether the drive with a young family would be manageable.')).toEqual([
      ['family-judged', 'wondered whether the drive with a young family', 73],
    ]);
  });
  it('leaves young families as the service users', () => {
    expect(read('Thank you for your application. You will be working in our family service, and we were not sure how young families find the clinic.')).toEqual([]);
  });
});

describe('origin guessed', () => {
  it('flags "originally" said of someone not from here', () => {
    expect(read('Good interview, though I think he is not originally from this country.')).toEqual([['origin-outsider', 'not originally from this country', 37]]);
  });
});

describe('health probed before an offer', () => {
  it('flags a body part asked after by its state', () => {
    expect(read('Could you find out whether his knee has healed before the interview?')).toEqual([['question-health', 'whether his knee has healed', 19]]);
    expect(read('Spoke to her this morning, asked about mental health as well.')).toEqual([['question-health', 'asked about mental health', 27]]);
  });
  it('leaves a patient, a building and a warning not to ask', () => {
    expect(read('Check whether her back is OK after the fall and ask the patient to rate the pain.')).toEqual([]);
    expect(read('Is her back office set up yet?')).toEqual([]);
    expect(read('We asked about health and safety training.')).toEqual([]);
    expect(read('Please do not ask about health at the interview.')).toEqual([]);
  });
});

describe('age used to doubt a named candidate', () => {
  it('reads a first name and an initial as a candidate', () => {
    expect(read('We have 12 applications. Priya S is 58, can she keep up?')).toEqual([['age-noted', 'Priya S is 58, can she keep up', 25]]);
  });
  it('leaves a ward or bay with a letter', () => {
    expect(read('We have 12 applications. Ward B is 24 beds.')).toEqual([]);
  });
  it('flags a younger person said to suit the post', () => {
    expect(read('We think a younger person would be better on reception.')).toEqual([['age-young-hire', 'younger person', 11]]);
  });
  it('leaves a young person placed in a service', () => {
    expect(read('A young person would suit the drop-in sessions on Tuesdays.')).toEqual([]);
    expect(read('A younger person would be better supported by the youth service.')).toEqual([]);
  });
});

describe('a sex or caring stereotype deciding duties', () => {
  it('flags what dads or mums "usually" find, used to set a rota', () => {
    expect(read('Dads generally struggle with the Saturday list, so I won\'t put you on it.')).toEqual([['parent-stereotype-duties', 'Dads generally struggle', 0]]);
  });
  it('leaves the same words about patients', () => {
    expect(read('Women often find the late clinic easier to attend, so we run it on Tuesdays.')).toEqual([]);
  });
});

describe('speech tied to origin', () => {
  it('flags a doubt that patients will understand the candidate', () => {
    expect(read("I'm not sure our callers would understand him on the phone.")).toEqual([['accent-understood', 'not sure our callers would understand him', 4]]);
  });
  it('leaves patients understanding her written work', () => {
    expect(read("I'm not sure the patients will understand her leaflets.")).toEqual([]);
  });
});

describe('training here preferred to training abroad', () => {
  it('flags the preference', () => {
    expect(read('Ideally a physio who qualified in the UK, not abroad.')).toEqual([['overseas-trained-unwanted', 'qualified in the UK, not abroad', 21]]);
  });
  it("leaves a statement of one person's training", () => {
    expect(read('She trained here, not overseas, and has worked in our unit since 2015.')).toEqual([]);
  });
});
