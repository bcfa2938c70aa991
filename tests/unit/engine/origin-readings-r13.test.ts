import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

/** Race-nationality findings as [rule, text, start]. */
function found(text: string, context: 'advert' | 'email' = 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category === 'race-nationality').map((f) => [f.ruleId, f.text, f.start]);
}

describe('a candidate labelled by nationality, colour, a place or first names (origin-labelled)', () => {
  it.each<[string, 'advert' | 'email', [string, string, number][]]>([
    ['Interviewed three today. The Romanian chap was the sharpest of them.', 'email', [['origin-labelled', 'Romanian chap', 29]]],
    ['Panel felt the Ghanaian candidate rushed the scenario question.', 'email', [['origin-labelled', 'Ghanaian candidate', 15]]],
    ['Bay cover is sorted: a black lad from the bank did it.', 'email', [['origin-labelled', 'black lad', 23]]],
    ['Ideally a true Fenland girl who knows the villages.', 'advert', [['origin-labelled', 'true Fenland girl', 10]]],
    ['For Saturdays, somebody named Olivia or Harry would suit the regulars.', 'email', [['origin-labelled', 'somebody named Olivia or Harry', 15]]],
  ])('%j (%s)', (text, context, expected) => {
    expect(found(text, context)).toEqual(expected);
  });

  it.each<[string, 'advert' | 'email']>([
    // A patient's origin, in a sentence about their care.
    ['The Kurdish lad in side room 3 needs an interpreter before he is discharged.', 'email'],
    // Equality figures speak of groups, not one person.
    ['Black women and Asian men were under-represented at band 7 last year.', 'email'],
    ['White candidates were 1.4 times as likely to be appointed from shortlisting.', 'email'],
    // One name is a person, not a kind of person.
    ['Somebody named Olivia phoned about the Saturday shift.', 'email'],
    // An advert may name the community it serves.
    ['You will support the Polish community centre and its drop-in.', 'advert'],
    ['We want a real team player who loves community work.', 'advert'],
  ])('passes %j (%s)', (text, context) => {
    expect(found(text, context)).toEqual([]);
  });
});

describe("speech, a name or a kind of voice held against someone (accent, name-judged)", () => {
  it.each<[string, [string, string, number][]]>([
    ['Applicant 6 knew her stuff but was tricky to tune in to on the video call.', [['accent', 'tricky to tune in to', 35]]],
    ["On the phone I couldn't understand a word he said.", [['accent', "couldn't understand a word he said", 15]]],
    ['We want a newsreader voice on the switchboard.', [['accent', 'newsreader voice', 10]]],
    ['Patients like it when they can guess where you are from.', [['accent', 'guess where you are from', 31]]],
    ['Her surname looks very Asian, and we get a lot of older callers.', [['name-judged', 'surname looks very Asian', 4]]],
    ["He's lovely, we'll just call her 'Jo' on the rota if she starts.", [['name-judged', "just call her 'Jo'", 19]]],
    ['Must have a "BBC English" sort of voice for reception.', [['accent', 'BBC English', 13]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Patients sometimes ask us to call them by a nickname.',
    'Her name sounds familiar; did she work here before?',
    'Please do not write "received pronunciation" anywhere in the advert.',
    'I could not follow the rota she sent, can you resend it?',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('training abroad disparaged, and registration set aside (overseas-trained-unwanted, registration-disregarded)', () => {
  it.each<[string, 'advert' | 'email', [string, string, number][]]>([
    ['We have had our fingers burnt with foreign graduates before.', 'advert', [['overseas-trained-unwanted', 'foreign graduates', 35]]],
    ['European degrees never quite cover community pharmacy law.', 'advert', [['overseas-trained-unwanted', 'European degrees', 0]]],
    ['Staff will need to unlearn ways picked up overseas.', 'advert', [['overseas-trained-unwanted', 'ways picked up overseas', 27]]],
    ["Trained in Accra. HCPC or no HCPC, I'd want a longer probation.", 'email', [['registration-disregarded', 'HCPC or no HCPC', 18]]],
    ["I don't mind whatever his GMC registration says, it's not a UK degree.", 'email', [['registration-disregarded', 'whatever his GMC registration says', 13]]],
    ["They're qualified, but that's not the same as a UK degree, is it.", 'email', [['registration-disregarded', "qualified, but that's not the same", 8]]],
  ])('%j (%s)', (text, context, expected) => {
    expect(found(text, context)).toEqual(expected);
  });

  it.each<[string, 'advert' | 'email']>([
    ['We welcome graduates from overseas and support you through registration.', 'advert'],
    ['European graduates can apply; the GPhC sets the route for you.', 'advert'],
    ['She is on the NMC register and her PIN checked out this morning.', 'email'],
    ['Everyone does the same six-month probation, whatever their route into nursing.', 'email'],
  ])('passes %j (%s)', (text, context) => {
    expect(found(text, context)).toEqual([]);
  });
});

describe('documents that only British people hold, and wording proposed in quotation marks', () => {
  it.each<[string, [string, string, number][]]>([
    ['New starters must show UK-issued photo ID on day one.', [['passport-holders', 'UK-issued photo ID', 23]]],
    ['Could you ask all candidates for a birth certificate with the form?', [['passport-before-offer', 'birth certificate', 35]]],
    ['Can you put "mother tongue English" in the advert?', [['first-language', 'mother tongue', 13]]],
    ['Can you add "no accents, please"?', [['accent', 'accents', 16]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'A UK driving licence is needed for the pool car; other licences can be exchanged.',
    'You told me not to put "mother tongue" on anything, so I left it out.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

/** Findings of every category as [rule, text, start]. */
function all(text: string, context: 'advert' | 'email' = 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { categories: { 'plain-english': false, jargon: false } } });
  return report.findings.map((f) => [f.ruleId, f.text, f.start]);
}

describe('an origin, a faith or a look held against a candidate by a hurdle, time off or a way of dressing', () => {
  it.each<[string, 'advert' | 'email', [string, string, number][]]>([
    [
      'Candidate 4 - sound clinically. Studied in Warsaw, so she would have to prove herself on a longer probation.',
      'email',
      [['origin-judged', 'Studied in Warsaw', 32]],
    ],
    [
      'Applicant 3 - strong. She mentioned Sabbath. Will she expect to leave early every Friday?',
      'email',
      [['faith-judged', 'Sabbath. Will she expect to leave early', 36]],
    ],
    ['Ideally a receptionist who dresses in a Western way.', 'email', [['origin-judged', 'Ideally a receptionist who dresses in a Western way', 0]]],
    ['Ideally someone who does not need subtitles on the phone.', 'email', [['origin-judged', 'Ideally someone who does not need subtitles', 0]]],
    ['Must have Christian family values.', 'advert', [['faith-demanded', 'Must have Christian family values', 0]]],
  ])('%j (%s)', (text, context, expected) => {
    expect(all(text, context)).toEqual(expected);
  });

  it.each<[string, 'advert' | 'email']>([
    ['Applicant 3 - strong. She said she would need to leave early on Tuesdays for a course.', 'email'],
    ['Our training videos need subtitles for deaf staff.', 'email'],
    ['We are proud of our Muslim family support group.', 'advert'],
  ])('passes %j (%s)', (text, context) => {
    expect(all(text, context)).toEqual([]);
  });
});

describe('a home language, a voice, a visa at any time, a skin or a nationality held for or against someone', () => {
  it.each<[string, 'advert' | 'email', [string, string, number][]]>([
    ['English must be their main language.', 'advert', [['first-language', 'English must be their main language', 0]]],
    ['Applicants should have English as their home language.', 'advert', [['first-language', 'English as their home language', 23]]],
    ['You must sound British on the phones.', 'advert', [['accent', 'sound British', 9]]],
    [
      'Applicants needing visa sponsorship now or in the future cannot be considered.',
      'advert',
      [['no-sponsorship', 'needing visa sponsorship now or in the future', 11]],
    ],
    ['Applicant 5 is quite fair-skinned; the panel felt she would fit in better with our patients.', 'email', [['origin-judged', 'fair-skinned', 21]]],
    ['She is Scottish, not sure the patients would follow her.', 'email', [['origin-judged', 'Scottish', 7]]],
  ])('%j (%s)', (text, context, expected) => {
    expect(found(text, context)).toEqual(expected);
  });

  it.each<[string, 'advert' | 'email']>([
    ['Patients whose main language is not English can have an interpreter.', 'advert'],
    ['This post is not eligible for sponsorship under the Skilled Worker route.', 'advert'],
    ['Ideally a dispenser who speaks Kurdish for our Kurdish patients.', 'email'],
    ['She is Welsh, and the panel scored her top on the scenario.', 'email'],
  ])('passes %j (%s)', (text, context) => {
    expect(found(text, context)).toEqual([]);
  });
});

describe('a group by origin said to behave one way (origin-stereotyped)', () => {
  it.each<[string, [string, string, number][]]>([
    ['Honestly, Romanians tend to move on within the year.', [['origin-stereotyped', 'Romanians tend to move', 10]]],
    ['Filipino nurses never complain, so put two on nights.', [['origin-stereotyped', 'Filipino nurses never complain', 0]]],
    ['In my experience the overseas ones are all after a band 6 in six months.', [['origin-stereotyped', 'overseas ones are all after', 21]]],
    ['West Africans usually push for more money at offer.', [['origin-stereotyped', 'West Africans usually push', 0]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Overseas nurses always get a buddy for the first month.',
    'International recruits usually finish the OSCE in twelve weeks with our support.',
    'Our Polish patients always have an interpreter booked.',
    'The night staff tend to leave the notes on the desk.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a quotation that is what the writer says a candidate would have to do', () => {
  it('reads it as the writer\'s own words', () => {
    expect(found("Kofi - sharp, but she'll have to \"lose her accent\" for the phones.")).toEqual([['accent', 'accent', 43]]);
  });
  it.each([
    'You would need to "lose the accent" - said nobody here ever.',
    'She told us a manager once said "lose the accent" to her, which is awful.',
  ])('keeps it quoted: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('where a qualification is from, a hurdle or a pile for one candidate (origin-judged)', () => {
  it.each<[string, [string, string, number][]]>([
    ['Her nursing degree was from Kerala, so I doubt it covers our protocols.', [['origin-judged', 'from Kerala', 23]]],
    ['Did his training in Harare, so he will need closer supervision than the others.', [['origin-judged', 'Did his training in Harare', 0]]],
    ['Candidate 9 holds a Graduate visa, so I have put her at the bottom.', [['origin-judged', 'put her at the bottom', 45]]],
    ['Nobody from abroad this time, please.', [['origin-judged', 'Nobody from abroad', 0]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Her degree is from Leeds, and she starts in May.',
    'The referral is from Leeds. Not sure it is urgent.',
    'Two of the applicants are from overseas; both meet the criteria.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a candidate's speech held against them (origin-judged, accent)", () => {
  it.each<[string, [string, string, number][]]>([
    ['Candidate 7 is quite difficult to follow; I doubt the switchboard would work for her.', [['origin-judged', 'difficult to follow', 21]]],
    ['Her diction let her down, the panel felt.', [['origin-judged', 'Her diction let her down', 0]]],
    ['Strong candidate, just a shame about the accent.', [['origin-judged', 'shame about the accent', 25]]],
    ['I can hardly make out what she is saying on the recording.', [['accent', 'can hardly make out what she is saying', 2]]],
    ['We need someone who sounds like they are from Yorkshire.', [['accent', 'sounds like they are from', 20]]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'The new leaflet is difficult to follow; I doubt patients will read it.',
    'She found the rota hard to understand, so I am worried.',
    'She lost her voice on the day, so we will re-interview.',
    'His speech on governance was a bit weak, not sure he is ready.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a candidate's English judged with patients named as the reason (english-judged)", () => {
  it.each<[string, [string, string, number][]]>([
    ['Candidate 3 - great on paper but her English is broken; patients would struggle.', [['english-judged', 'her English', 33]]],
    ['Lovely girl but her English needs work before she goes near patients.', [['english-judged', 'her English', 16]]],
  ])('%j', (text, expected) => {
    expect(found(text).filter(([rule]) => rule === 'english-judged')).toEqual(expected);
  });

  it.each([
    'Patients who speak poor English should be offered an interpreter.',
    'Mrs Khan is a patient with broken English; please book Language Line.',
    'Our patients have poor English, so she must be patient.',
  ])('passes %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a candidate named by their number on the shortlist (reading/who.ts)', () => {
  it('is the person the origin is said of', () => {
    expect(found('Number 6 is from Ghana originally. Not sure he would settle in a village practice.')).toEqual([
      ['origin-judged', 'from Ghana originally. Not sure', 12],
    ]);
  });
  it('passes a room number', () => {
    expect(found('Room number 6 is from Ward 4 and not sure of the way.')).toEqual([]);
  });
});
