import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 28, the study slice's misses by family (round 27's fresh27-* first): each family in other
// words than the documents that showed it, with the senses a reviewer would leave alone.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('a sickness count asked with its reasons, and health examples in brackets', () => {
  it.each([
    ['Could you tell us how many days she was off sick last year, and what for?', [['question-health', 'how many days she was off sick', 18], ['question-health', 'what for', 64]]],
    ['How many sickness absences did he have in 2024, and what were they for?', [['question-health', 'How many sickness', 0], ['question-health', 'what were they for', 52]]],
    ['How many sick days has he had this year, and why?', [['question-health', 'How many sick days', 0], ['question-health', 'why', 45]]],
    [
      'Does he have any health conditions we ought to be aware of (knees, stress, that sort of thing)?',
      [['question-health', 'Does he have any health conditions we ought to be aware of (knees, stress, that sort of thing', 0]],
    ],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it.each([
    ['How many days off sick did she have, and why do we ask this?', [['question-health', 'How many days off sick', 0]]],
    ['Does she have any health conditions we should plan for (see the attached form)?', [['question-health', 'Does she have any health conditions', 0]]],
    ['Our sick pay policy covers how many days you can take and what they were for.', []],
  ])('leaves a "why" that is no question of hers, a bracket with no condition and a policy in %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
});

describe('ageing banter about a colleague', () => {
  it.each([
    ['Lovely man, early sixties, still sharp as a tack on the phones.', [['age-decade', 'early sixties', 12], ['age-idioms', 'still sharp as a tack', 27]]],
    ['Mrs Patel is older than the rest of the front desk, so take it easy on her with the new system.', [['age-idioms', 'take it easy on her with the new system', 55]]],
    ['Honestly, our millennial receptionists run rings round the partners when it comes to the phones.', [['age-idioms', 'millennial', 14]]],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it.each([
    'The practice knife sharpener keeps the scalpels still as sharp as ever.',
    "Please go easy on him with the feedback, it's his first week.",
    'Our nurses run a weekly youth clinic for teenagers.',
    'We are a nurse led, dynamic clinic in the town centre.',
  ])('leaves a blade, kindness to a new starter, a service staff run and a nurse-led clinic in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a young workplace given as the reason for whom to hire', () => {
  it.each([
    ["We're quite a young pharmacy, so we'd like someone who will fit in with the team.", [['age-young-employer', "We're quite a young pharmacy", 0], ['culture-fit', 'fit in', 60]]],
    ['We are a very young surgery and keen to find someone in their twenties.', [['age-young-employer', 'We are a very young surgery', 0], ['age-decade', 'in their twenties', 53]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    ["We're a young practice, set up in 2022, and we're looking for a salaried GP.", []],
    ['We are a young network of eight practices serving 90,000 patients.', []],
    ["We're a young practice team and want someone who'll slot straight in.", [['age-young', 'young', 8], ['culture-fit', 'slot straight in', 52]]],
  ])('leaves a new practice and a network by its size, and reads a young team as before, in %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
});

describe('a ban said with "no … is permitted"', () => {
  it.each([
    ['Kindly note no headwear is permitted behind the counter.', [['religious-dress-banned', 'no headwear', 12]]],
    ['No turbans or hijabs are permitted on the pharmacy floor.', [['religious-dress-banned', 'turbans', 3]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'No jewellery is allowed in clinical areas, but a plain headscarf is permitted.',
    'Theatre headwear must be changed between lists.',
    'No headwear is required for this office role.',
  ])('leaves an exception allowed, theatre wear and nothing asked in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('an age limit on people the lexicon does not name', () => {
  it.each([
    ['Translators must be 25 or under.', [['age-limit', '25 or under', 20]]],
    ['All cleaners should be 30 or over.', [['age-limit', '30 or over', 23]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each(['The monitors must be 20 or more.', 'Staff numbers must be 20 or over at all times.'])('leaves counted things in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("the team's average age, whatever the sentence's subject", () => {
  it('flags the age of the staff', () => {
    expect(read("We're a busy branch – the average age of our dispensers is 26 – and we like it that way.")).toEqual([['age-team-match', 'average age', 26]]);
  });
  it("leaves the patients' age", () => {
    expect(read('We are a friendly surgery – the average age of our patients is 71.')).toEqual([]);
  });
});

describe('a career break judged is a gap in employment, not a family matter', () => {
  it.each([
    ["After a six-year career break he's basically unemployable.", [['gap-judged', 'year career break', 12]]],
    ['She took a long career break and is unemployable now, in my view.', [['gap-judged', 'long career break', 11]]],
    ['3. Tomasz – had a long career break. Not sure that suits a busy ward.', [['gap-judged', 'long career break', 18]]],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it('leaves a break accounted for', () => {
    expect(read("Her career break was explained in her statement, so let's shortlist her.", 'email')).toEqual([]);
  });
});

describe("a colleague's title with its specialty", () => {
  it.each([
    ['We are recruiting a Research Sister to join the team.', [['sister-title', 'Sister', 29]]],
    ['You will work with the Research Sisters on the unit.', [['sister-title', 'Sisters', 32]]],
  ])('flags the post and many in %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each(['You will report to the Senior Endoscopy Sister.', 'You will support the Research Sister with audits.'])('leaves the one colleague in post in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it("leaves a signature's title under a name", () => {
    expect(read('Thanks all, see you on Monday.\n\nClaire Nwosu\nSenior Research Sister\n', 'email')).toEqual([]);
  });
});

describe('a single-quoted wording that ends with its own full stop', () => {
  it.each([
    "The job description still says 'the post holder will report to the lead, who will mentor him.' Please make it 'them'.",
    "The old advert read 'he must hold a full licence.' Please change it.",
  ])('is quoted in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('still reads the words after it', () => {
    expect(read("Our motto is 'care first, always.' The successful nurse will manage his own caseload.")).toEqual([['generic-pronoun', 'his', 68]]);
  });
});

describe('recent graduates invited alone', () => {
  it.each([
    ['We would love to hear from recent graduates who want to grow with us.', [['age-graduate', 'recent graduates', 27]]],
    ['Newly graduated physiotherapists are very welcome – we will teach you the rest.', [['age-graduate', 'Newly graduated', 0]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'Recent graduates and experienced radiographers are equally welcome.',
    'Recent graduates are welcome to apply, as are nurses returning to practice.',
    'Our lab technicians are also welcome to apply, and new graduates are welcome too.',
  ])('leaves graduates welcomed beside others in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a workplace or its image called young and lively, whatever noun follows', () => {
  it.each([
    ['We are a modern, young and vibrant eight-chair dental practice.', [['age-young-workplace', 'young and vibrant', 17]]],
    ['Northgate is a young, dynamic and fast-growing pharmacy group.', [['age-young-workplace', 'young, dynamic', 15]]],
    ['Please suit our young and glamorous salon image.', [['age-young-workplace', 'young and glamorous', 16]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    ['The town has a vibrant and young population.', []],
    ['Kayleigh is young and bubbly.', [['age-young', 'young', 12], ['bubbly', 'bubbly', 22]]],
    ['Join our young and lively nursing team.', [['age-young', 'young', 9], ['age-energetic', 'lively', 19]]],
  ])('leaves a population, and reads a person or a team as before, in %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
});
