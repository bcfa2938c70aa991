import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 25, the study slice's misses by family (round 24's fresh24-* first): each family in other
// words than the documents that showed it, with the senses a reviewer would leave alone.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('retirement said indirectly: the last years seen out, training wasted on a retirement, an easy ride', () => {
  it.each([
    ['Candidate 2 is strong but is 60, so she probably just wants to see out her final years somewhere quiet.', 'see out her final years', 63],
    ['Why train him up only to watch him retire next spring?', 'only to watch him retire', 17],
    ["He'd treat the post as an easy ride towards retirement.", 'easy ride towards retirement', 26],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['age-retirement', words, start]]);
  });
  it.each([
    'Our last manager saw out her final years with us and we still miss her.',
    'We were sorry to see him retire after thirty years.',
    'The hospice helps patients see out their last few years at home.',
  ])('leaves a colleague remembered, a farewell and patients in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"been round the block" in its other wordings', () => {
  it.each([
    ["Ideally someone who's been round the block in general practice.", 'been round the block', 22],
    ['She has been around the nursing block and it shows.', 'been around the nursing block', 8],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['age-idioms', words, start]]);
  });
  it('leaves a walk round the block', () => {
    expect(read('Patients walk round the block after the class.')).toEqual([]);
  });
});

describe('"born in the 80s" asked is a question of age, not of origin', () => {
  it.each([
    ['Were you born in the nineties?', 'Were you born in the nineties'],
    ["Was he born in the '70s? He looks it.", "Was he born in the '70s"],
  ])('flags %j as age', (text, words) => {
    expect(read(text)).toEqual([['question-age', words, 0]]);
  });
  it('still reads a birthplace asked as origin', () => {
    expect(read('Were you born in Leeds or did you move here?')).toEqual([['question-nationality', 'Were you born', 0]]);
  });
});

describe('a name judged as one nobody can say, and a numbered candidate ("No 4") is no negation', () => {
  it.each([
    ["No 4 has a name patients couldn't pronounce.", "name patients couldn't pronounce", 11],
    ['Honestly, callers would struggle with his surname.', 'would struggle with his surname', 18],
    ["No 2 has a name I can't even spell.", "a name I can't even spell", 9],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['name-judged', words, start]]);
  });
  it.each(['Patients would struggle with the name of the new booking app.', 'I struggled with her name at first but she put me right.'])(
    'leaves the name of a thing and a name learned in %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe('one sex wanted for a shift, with a hedge of preference', () => {
  it.each([
    [
      'Two female HCAs for the night shift where possible.',
      [
        ['sex-preferred', 'female', 4],
        ['unexpanded-acronym', 'HCAs', 11],
      ],
    ],
    ['Ideally women for the Saturday clinic.', [['sex-preferred', 'women', 8]]],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'Female staff on nights can book a taxi home if possible.',
    'We provide female chaperones for the evening clinic where possible.',
    'Male patients for the evening clinic if possible are seen by Dr Shah.',
  ])('leaves staff given something, chaperones and patients in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"one of us" and "our sort of person" said as a verdict, not as a subject', () => {
  it.each([
    ['Exactly our sort of person, frankly.', 'our sort of person', 8],
    ["Honestly she's very much one of us.", 'one of us', 25],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['one-of-us', words, start]]);
  });
  it.each(['One of us will show you round on the day.', 'Frankly one of us will have to cover the desk.'])('leaves one of the team doing something in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a family at home given as the reason the job would not suit, or would', () => {
  it.each([
    ['Honestly, with a young family she may find the late clinics difficult.', 'a young family', 15],
    ['He has two teenagers at home, so I worry about the summer rota.', 'teenagers at home', 11],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['caring-responsibilities', words, start]]);
  });
  it('flags childcare problems given as unsuitable', () => {
    expect(read('Not suitable for anyone with childcare problems, as shifts change at short notice.', 'advert').map(([rule]) => rule)).toEqual(['family-judged']);
  });
  it.each(['Several of our volunteers have grown-up families and help at the summer fair.', 'We know childcare can be difficult, so we offer term-time contracts.'])(
    'leaves a family mentioned and childcare supported in %j',
    (text) => {
      expect(read(text, 'advert')).toEqual([]);
    },
  );
});

describe('a stage of working life preferred: further along, just starting out, still building a career', () => {
  it.each([
    ["Honestly I'd go for someone further on in life for this one.", 'further on in life', 28],
    ["We'd prefer a settled practitioner rather than someone just starting out.", 'just starting out', 55],
    ["We'd prefer a practitioner rather than students for the Saturday clinic.", 'rather than students', 27],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['age-stage-preferred', words, start]]);
  });
  it.each([
    "Whether you're just starting out or coming back to work, we'd like to hear from you.",
    'Our apprenticeships support people at the start of their working life.',
  ])('leaves a welcome to every stage and a scheme in %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('a whole day on one\'s feet demanded', () => {
  it.each([
    ['You must be happy working all day on your feet in the shop.', 'working all day on your feet', 18],
    ['Staff will need to be all day on their feet at the Saturday market stall.', 'all day on their feet', 22],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'advert')).toEqual([['physical-demands', words, start]]);
  });
  it.each([
    'You will not need to work all day on your feet: the counter has stools.',
    'Our patients are often all day on their feet at work, so we run evening clinics.',
  ])('leaves a demand lifted and patients in %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('"active" said of the work or of a count of donors or cases is no masculine-coded trait', () => {
  it.each([
    'The work is active: you will walk between wards for much of the day.',
    'Help us keep our 40,000 active donors coming back.',
    'Our team has 900 active cases on the waiting list.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
  it('still flags it said of the person', () => {
    expect(read('You will be an active member of our friendly practice team.', 'advert')).toEqual([['masculine-active', 'active', 15]]);
  });
});

describe('an age given of a candidate named by title and surname, whether or not the names list knows the surname', () => {
  it('flags it in notes about hiring', () => {
    expect(read('Shortlist: Dr Okonjo is 59 and very experienced.')).toEqual([['age-noted', 'Dr Okonjo is 59', 11]]);
  });
  it.each([
    'I saw Mrs Brennan in clinic today. Mrs Brennan is 82 and newly diagnosed.',
    'Interview panel: Mr Hale is 40 minutes late, so we started without him.',
  ])('leaves a patient and a measure in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});
