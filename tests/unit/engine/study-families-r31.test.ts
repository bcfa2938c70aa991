import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 31, the study slice's families (round 30's fresh30-* first) and the known gaps of earlier
// rounds: each family in other words than the documents that showed it, with the near sentences a
// reviewer would leave alone.

describe('a sister named beside the charge nurse is the title pair, not a women-only word', () => {
  it.each([
    'Junior and senior sisters and charge nurses from the theatres are welcome to apply.',
    'Night sisters and charge nurses cover the four wards from 8pm.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags sisters alone for the role', () => {
    expect(read('Night sisters cover the four wards from 8pm.')).toEqual([['sister-generic', 'Night sisters', 0]]);
  });
});

describe('a generation said of "we" with "be" is the staff', () => {
  it.each([
    ["We're a bit Gen Z about paperwork, so expect everything on Teams.", [['age-idioms', 'Gen Z', 12]]],
    ['We are all millennials in the back office.', [['age-idioms', 'millennials', 11]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'We run a drop-in clinic for Gen Z patients on Thursdays.',
    'We are proud to support millennials with their money worries.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a candidate judged "a bit emotional" in notes', () => {
  it.each([
    ['Scored well on rotas, but he came across as a bit too emotional about his old team.', [['emotional-judged', 'came across as a bit too emotional', 29]]],
    ['Knows the systems. She can get a little emotional in meetings.', [['emotional-judged', 'She can get a little emotional', 19]]],
    ['Solid clinically. Bit emotional at times, mind.', [['emotional-judged', 'Bit emotional at times', 18]]],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it.each([
    'She was a bit emotional after the patient died, so we gave her the afternoon off.',
    'The post offers emotional support to carers.',
    'It was a very emotional day at the retirement lunch.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('flags the time of the month as a throwaway', () => {
    expect(read('Short with the receptionist, probably a time of the month thing.', 'email')).toEqual([['hormones-blamed', 'time of the month thing', 40]]);
  });
});

describe('wording talked over in a thread does not hide the draft\'s own words', () => {
  it('flags the draft\'s words though another line says what was taken out', () => {
    expect(read('Note from HR: I took out "rockstar" as agreed.\n\nDraft as it stands:\nBest suited to young graduates keen to learn.', 'email')).toEqual([
      ['age-young', 'young', 83],
    ]);
  });
  it('leaves the words quoted in the thread', () => {
    expect(read('Note from HR: I took out "young graduates" as agreed.', 'email')).toEqual([]);
  });
});

describe('"he" for the post-holder', () => {
  it('after a post described by what its holder brings, past a contract named by its year', () => {
    expect(read('Pay: Consultant 2003 contract.\n\nWe have a link with Derriford. We need a calm presence who will steady the clinic. She will chair the huddle.')).toEqual([
      ['generic-pronoun', 'She', 115],
    ]);
  });
  it('for any one of the locums, though a doctor was named before', () => {
    expect(read('Tuesday is Dr Ama Owusu, 3 sessions. When every locum arrives, please check he has a login.', 'email')).toEqual([['generic-pronoun', 'he', 76]]);
  });
  it.each([
    'Tuesday is Dr Ama Owusu, 3 sessions. When each locum arrives, Dr Owusu will check she has the keys.',
    'Dr Ben Hale is in on Friday. Any locum who asks can use his room.',
  ])('leaves the doctor named in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

// Review-31 mend (mend-31a): a moment of feeling in a caring note is no judgement; a judgement still is.
describe('"was a bit emotional" about why someone went into the work', () => {
  it.each([
    'She was a bit emotional when she talked about why she went into midwifery, which was lovely to hear.',
    'He got a bit emotional describing his mum’s care at the hospice, and it showed real compassion.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('flags a past judgement with an excess word', () => {
    expect(read('She was far too emotional in the interview, so maybe not.', 'email')).toEqual([['emotional-judged', 'She was far too emotional', 0]]);
  });
});

// Review-31 mend (mend-31a): "every locum" after a verb is the named doctor's object, not the pronoun's antecedent.
describe('each/every/any role opening a clause, not after a verb', () => {
  it('leaves a named doctor who supervises every locum', () => {
    expect(read('Dr Shah supervises every locum and he signs their timesheets.', 'email')).toEqual([]);
  });
  it('flags each role in a clause a subordinator opens', () => {
    expect(read('Dr Shah is in today. Once each locum arrives, please check he has a login.', 'email')).toEqual([['generic-pronoun', 'he', 59]]);
  });
});
