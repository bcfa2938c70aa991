import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

/** Age and origin findings as [rule, text, start]. */
function found(text: string, context: 'advert' | 'email' = 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category === 'age' || f.category === 'race-nationality').map((f) => [f.ruleId, f.text, f.start]);
}

describe('wording the writer proposes for the advert in quotation marks is read as the advert', () => {
  it.each<[string, [string, string, number][]]>([
    ['For the spec, just put "at least 15 years on the wards".', [['age-years-experience', 'at least 15 years', 24]]],
    ['Could we say "perfect for a recent graduate"?', [['age-graduate', 'recent graduate', 28]]],
    ['Maybe phrase it as "British nationals only" or "UK only".', [['passport-holders', 'British nationals only', 20]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Please never say "recent graduate" in an advert.',
    'We can\'t put "British nationals only" any more; HR said so.',
    'Rather than say "digital native", we now say "confident with IT".',
    'Could we add "recent graduate" before the panel meets and discuss it?',
    'A reader wrote in: "you only hire recent graduates".',
  ])('keeps quoted wording quoted: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('an applicant\'s age noted in an e-mail (age-noted)', () => {
  it.each<[string, [string, string, number][]]>([
    ['Applicant F is 59. Worth training someone who could be gone soon?', [['age-noted', 'Applicant F is 59. Worth training someone who could be gone soon', 0]]],
    ['Shortlist attached. Dr Okafor is 63 but very able.', [['age-noted', 'Dr Okafor is 63', 20]]],
    ['At 20 she would be the youngest on the ward by far.', [['age-noted', 'At 20', 0], ['age-young', 'youngest', 23]]],
    ['At eighteen, he will need a lot of support on nights.', [['age-noted', 'At eighteen', 0]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Mrs Okafor is 83 and has lived alone since her fall.',
    'At 18 weeks she will be offered the anomaly scan.',
    'We meet at 30 Market Street; she has the keys.',
    'The previous sentence named our patients. At 90, they still walk to clinic.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('an immigration status held against a particular candidate in a note (origin-judged)', () => {
  it.each<[string, [string, string, number][]]>([
    ['Applicant 7 holds a graduate visa, so I have rejected the form.', [['origin-judged', 'rejected the form', 45]]],
    ['- Ana: strong on paper. Her student visa ends in June, which is a headache.', [['origin-judged', 'a headache', 64]]],
    ['Candidate 2 needs sponsorship, so let us avoid the red tape.', [['origin-judged', 'avoid the red tape', 41]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, 'advert' | 'email']>([
    ['Candidate 2 needs sponsorship; the post is eligible, so that is fine.', 'email'],
    ['Applicant 3 has settled status and can start after her notice.', 'email'],
    ['If you need a visa, we are unable to consider your application for this post.', 'email'],
    ['We cannot offer sponsorship for this post, so please do not apply if you need a visa.', 'advert'],
  ])('passes %j', (text, context) => {
    expect(found(text, context).filter(([rule]) => rule === 'origin-judged')).toEqual([]);
  });
});

describe('a place of training or a move in a note with its subject left out', () => {
  it.each<[string, [string, string, number][]]>([
    ['Good interview. Qualified in Accra though, so I worry about our systems.', [['origin-judged', 'Qualified in Accra', 16]]],
    ['Strong CV. Originally moved over from Manila, so not sure she would settle.', [['origin-judged', 'moved over from Manila', 22]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Qualified in Accra though has eight years in the NHS.',
    'Trained in Bristol and can start on the first of June.',
    'Trained in Cardiology at Leeds, though.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a candidate\'s English judged, in any register (english-judged)', () => {
  it.each<[string, [string, string, number][]]>([
    ['Worth checking whether his telephone English is good enough for triage.', [['english-judged', 'his telephone English', 23]]],
    ['We should test if her conversational English is up to running a clinic.', [['english-judged', 'her conversational English', 18]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Her English test results met the NMC standard, so no concerns.',
    'We will check everyone\'s clinical English the same way at interview.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a qualification limited to a UK equivalent, or one gained abroad turned away', () => {
  it.each<[string, [string, string, number][], 'advert' | 'email']>([
    ['Essential: Level 3 in Dental Nursing, or a British equivalent only.', [['uk-equivalent-only', 'British equivalent only', 43]], 'advert'],
    ['Nursing degrees awarded outside the EU cannot be accepted.', [['overseas-trained-unwanted', 'degrees awarded outside the EU', 8]], 'advert'],
    ['Please make it clear we are not having foreign ones this time.', [['overseas-trained-unwanted', 'foreign ones', 39]], 'email'],
  ])('%j', (text, expected, context) => {
    expect(found(text, context)).toEqual(expected);
  });

  it.each([
    'Essential: Level 3 in Dental Nursing, or a UK or international equivalent.',
    'Degrees awarded outside the UK are welcome; we check equivalence for everyone.',
  ])('passes %j', (text) => {
    expect(found(text, 'advert')).toEqual([]);
  });
});

describe('someone patients can understand, said of the person wanted (accent-understood)', () => {
  it.each<[string, [string, string, number][]]>([
    ['For reception we want someone the callers could properly understand.', [['accent-understood', 'someone the callers could properly understand', 22]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Please write discharge letters our patients can understand.',
    'We want staff who explain things so patients can understand their options.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('years asked for with the floor after them (age-years-experience)', () => {
  it.each<[string, [string, string, number][], 'advert' | 'email']>([
    ['Band 6: 8+ years on a surgical ward.', [['age-years-experience', '8+ years', 8]], 'advert'],
    ['Put it as six years in theatres as a minimum.', [['age-years-experience', 'six years', 10]], 'email'],
    ['Can we ask for twelve years in primary care?', [['age-years-experience', 'twelve years', 15]], 'email'],
  ])('%j', (text, expected, context) => {
    expect(found(text, context)).toEqual(expected);
  });

  it.each<[string, 'advert' | 'email']>([
    ['Our team has 40+ years on the wards between us.', 'advert'],
    ['The lease runs for 10 years minimum.', 'advert'],
    ['We are looking for 2 years of commitment to the rota.', 'advert'],
  ])('passes %j', (text, context) => {
    expect(found(text, context)).toEqual([]);
  });
});

describe('a stage of life turned away (age-group-excluded) and a generation named by its devices (age-digital-native)', () => {
  it.each<[string, [string, string, number][]]>([
    ['Weekend cover is fixed, so retirees need not apply.', [['age-group-excluded', 'retirees need not apply', 27]]],
    ['Honestly, no teenagers this time.', [['age-group-excluded', 'no teenagers', 10]]],
    ['Someone who grew up with a tablet in their hands would be ideal.', [['age-digital-native', 'grew up with a tablet in their hands', 12]]],
  ])('%j', (text, expected) => {
    expect(found(text, 'advert')).toEqual(expected);
  });

  it.each([
    'No students will be on the ward over Christmas, please note.',
    'We offer placements to students; no students are charged for parking.',
    'She grew up with a brother in her care.',
  ])('passes %j', (text) => {
    expect(found(text, 'advert')).toEqual([]);
  });
});

describe('English as a second language turned away, and an ethnicity asked for at application', () => {
  it.each<[string, [string, string, number][]]>([
    ['Those for whom English is a second language are unsuitable for triage.', [['second-language-refused', 'English is a second language', 15]]],
    ['On the first page, state your ethnicity and two referees.', [['nationality-asked', 'state your ethnicity', 19]]],
  ])('%j', (text, expected) => {
    expect(found(text, 'advert')).toEqual(expected);
  });

  it.each([
    'English as an additional language is no barrier: we offer support with written reports.',
    'Tell us your preferred name and pronouns.',
  ])('passes %j', (text) => {
    expect(found(text, 'advert')).toEqual([]);
  });
});

describe('getting on and old-fashioned, said of a person (age-idioms)', () => {
  it.each<[string, [string, string, number][]]>([
    ['Good CV, but he is getting on, so nights could be hard.', [['age-idioms', 'he is getting on', 13]]],
    ['Lovely woman, though they\'d be too old-fashioned for our front desk.', [['age-idioms', "they'd be too old-fashioned", 21]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'He is getting on with his audit this week.',
    'She is getting on the early train.',
    'The waiting room is old-fashioned but comfortable.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
