import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 27, the study slice's misses by family (round 26's fresh26-* first): each family in other
// words than the documents that showed it, with the senses a reviewer would leave alone.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('children asked about as a bare question', () => {
  it.each([
    ['Got kids at home? Think carefully about the weekend rota before you apply.', 'Got kids at home', 0],
    ['Do you have young children? The clinic runs until eight.', 'Do you have young children', 0],
    ['Have you got a young family? Nights here are long.', 'Have you got a young family', 0],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['family-status-screening', words, start]]);
  });
  it.each([
    'Any children at the clinic today will be seen by the school nurse.',
    'Got a question about the rota? Ring the ward manager.',
    'We offer term-time contracts for staff with children at home.',
  ])('leaves a question to patients, another question and a benefit in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a post filled without open competition', () => {
  it.each([
    ['Before the job goes on the website, could we fast-track somebody? My manager knows a good admin.', 'fast-track somebody', 45],
    ['Can we just bypass the recruitment process and offer it to Lee?', 'bypass the recruitment process', 12],
    ['Honestly, skipping advertising would save us a month.', 'skipping advertising', 10],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['informal-appointment', words, start]]);
  });
  it.each([
    'We will fast-track your DBS check so that you can start sooner.',
    'Please skip the advert section of the form and go straight to the job description.',
  ])('leaves checks sped up and a form section skipped in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('applicants counted by where they come from, with a complaint', () => {
  it('flags the count', () => {
    expect(read('We got 90 CVs, most of them from abroad, and it took me ages to sift them.', 'email')).toEqual([
      ['overseas-hire-blamed', 'most of them from abroad', 15],
    ]);
  });
  it.each([
    'We got 90 CVs, most of them from abroad, and we have shortlisted six.',
    'It took me ages to sift the 90 CVs we got this time.',
  ])('leaves a count with no complaint, and a complaint with no origin, in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a pair of everyday words for men and women at work is one group', () => {
  it.each([
    ['Pop into the depot and meet the lads and lasses on the night crew.', [['staff-called-girls', 'lads', 32], ['staff-called-girls', 'lasses', 41]]],
    ['Our blokes and gals in estates will show you the ropes.', [['staff-called-girls', 'blokes', 4], ['staff-called-girls', 'gals', 15]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'The boys and girls on the children’s ward love the play team.',
    'Boys and girls aged 12 to 13 are offered the vaccine at school.',
  ])('leaves children as patients in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a generation turned away with distaste', () => {
  it.each([
    ["Frankly, we've had enough of millennials - they never stay.", 'had enough of millennials', 15],
    ["We're fed up with Gen Z - they never stay.", 'fed up with Gen Z', 6],
    ["We've had our fill of boomers, sorry.", 'had our fill of boomers', 6],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['age-group-excluded', words, start]]);
  });
  it.each([
    'We are tired of students being turned away from placements, so we have added ten more.',
    "Our Gen Z staff network meets on Thursdays, and everyone's welcome.",
  ])('leaves a group helped and a staff network in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('reads a compound before the kind turned away', () => {
    expect(read('No first-year students, please.', 'email')).toEqual([['age-group-excluded', 'No first-year students', 0]]);
  });
});

describe("someone else's wish for one sex in the post", () => {
  it.each([
    ['Our head of service likes a male deputy, so bear that in mind.', 'male', 28],
    ['Between us, the department needs a steady man in charge.', 'man', 42],
    ['Our regulars like to see a young woman on the counter.', 'woman', 33],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email').filter(([rule]) => rule === 'sex-preferred')).toEqual([['sex-preferred', words, start]]);
  });
  it.each([
    'Some patients prefer a female clinician for smear tests, and we always arrange one.',
    'Our patients like a female nurse for intimate examinations, so we keep a chaperone list.',
    'Male applicants are encouraged, as the team needs a man for balance and men are under-represented.',
  ])('leaves same-sex care for patients and positive action in %j', (text) => {
    expect(read(text, 'email').filter(([rule]) => rule === 'sex-preferred')).toEqual([]);
  });
});

describe('a person listed bare with what they can do', () => {
  it('flags a lift with no bound asked of the person listed', () => {
    expect(read('What we need\n- Reliable person who can carry crates all shift\n- Food hygiene certificate')).toEqual([
      ['physical-extent', 'Reliable person who can carry crates all shift', 15],
    ]);
  });
  it('leaves the same words said of patients', () => {
    expect(read('Who we support\n- Any patient who can walk all day with a frame\n- Carers')).toEqual([]);
  });
});

describe("a want of people who do things the team's way", () => {
  it.each([
    ['We need someone who gets how we do things on this ward.', 'gets how we do things', 20],
    ['Ideally a GP who will fit seamlessly into our way of working.', 'fit seamlessly into our way of working', 22],
    ['She would not fit in with the rest of us, I suspect.', 'fit in with the rest of us', 14],
    ['We want people who think like us.', 'think like us', 19],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email').map(([, w, s]) => [w, s])).toEqual([[words, start]]);
  });
  it.each([
    'You will learn how we do things in the induction week.',
    'We will explain our way of working at interview, and there is no one way to think.',
  ])('leaves the team explaining its ways in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('words for the person wanted in the rockstar family are people', () => {
  it('reads the traits before them as the person’s', () => {
    expect(read('We want a bold, competitive data ninja.')).toEqual([
      ['masculine-competitive', 'competitive', 16],
      ['rockstar', 'ninja', 33],
    ]);
  });
});

describe("a candidate's age noted after a family planned, or as one of a group", () => {
  it.each([
    [
      'Shortlisting notes for the porter post. The first candidate is newly married and may start a family soon. Mr Okafor is 64. Keen, but will he keep up with the new system?',
      'Mr Okafor is 64. Keen, but will he keep up with the new system',
      106,
    ],
    ['Notes from the assessment day.\n4. Number 4 is 59, so probably only here a few years.', 'Number 4 is 59', 34],
    ['Two applications came in. One of the two is 63, the other 25.', 'One of the two is 63', 26],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email').filter(([rule]) => rule === 'age-noted')).toEqual([['age-noted', words, start]]);
  });
  it.each([
    'Shortlisting is on Friday. The case study for the interview is about one of our patients. Mrs Lowe is 88 and lives alone.',
    'Shortlisting notes. The family of the patient on bay 3 rang. Mr Dunne is 64 and frail.',
    'Shortlisting is on Friday. We have two sites; one of the two is 30 miles away.',
    'Interviews today. One of them is 12 minutes late.',
  ])('leaves a patient in the same paragraph, a distance and a time in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('words after a share of a group describe that group', () => {
  it.each([
    'You will visit our clients, most of them older and housebound, at home.',
    'The link worker sees patients, many of them isolated, older or bereaved, in community venues.',
  ])('leaves patients described in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags a team described so', () => {
    expect(read('Our team, most of them young and energetic, will welcome you.')).toEqual([
      ['age-young', 'young', 23],
      ['age-energetic', 'energetic', 33],
    ]);
  });
});

describe('one of a sex said to do the job better', () => {
  it.each([
    ["We've always found a big lad does best on the loading bay.", 'lad', 25],
    ['Frankly a woman would go down better with the practice partners.', 'woman', 10],
    ['In my view a man commands more respect on the wards.', 'man', 13],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email').filter(([rule]) => rule === 'sex-preferred')).toEqual([['sex-preferred', words, start]]);
  });
  it.each([
    'The man on nights does best with the new rota.',
    'A woman with endometriosis does best with early referral to the clinic.',
    'Patients tell us a female nurse goes down better for smear tests.',
  ])('leaves someone in post, a patient and same-sex care in %j', (text) => {
    expect(read(text, 'email').filter(([rule]) => rule === 'sex-preferred')).toEqual([]);
  });
});

describe('a wedding reported, then maternity leave guessed at', () => {
  it.each([
    ['Told us she is getting married next spring - possible maternity leave?', 'getting married next spring - possible maternity leave', 15],
    ['Mentioned she is getting married this summer - possibly a baby soon after?', 'getting married this summer - possibly a baby', 17],
  ])('flags the guess drawn from what the candidate said in %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['family-noted', words, start]]);
  });
  it.each([
    'Candidate 3 mentioned she is getting married next year.',
    'Told us she is getting married next spring - possible honeymoon in June.',
  ])('leaves a wedding only reported in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});
