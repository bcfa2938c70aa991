import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 48 (lead): each kind the unseen fresh48 set showed, in other words than the documents that showed it.

describe('abbreviations the text itself accounts for', () => {
  it('reads a name spelt out with "or" before its letters', () => {
    expect(read('Staff are trained for incidents where explosive, toxic or hazardous materials (ETHM) are involved.')).toEqual([]);
    // Words that do not spell the letters still leave them unexplained.
    expect(read('Staff are trained for incidents where smoke or fire (ETHM) is involved.')).toEqual([['unexpanded-acronym', 'ETHM', 53]]);
  });
  it('passes over letters inside the brackets that spell out another acronym', () => {
    expect(read('Our unit is assessed by the JAG (Joint Advisory Group on GI Endoscopy).')).toEqual([]);
    // After a comma the name has ended: the letters there are used (review 48a, item 11).
    expect(read('Our unit is assessed by the RCR (Royal College of Radiologists, ENT section).')).toEqual([['unexpanded-acronym', 'ENT', 64]]);
    expect(read('Our ENT clinic runs on Mondays.')).toEqual([['unexpanded-acronym', 'ENT', 4]]);
  });
  it('leaves letters that a message asks to be spelt out', () => {
    expect(read('Could you expand SDEC and AMU in the second paragraph?', 'email')).toEqual([]);
    expect(read('Please spell out ECT on first use.', 'email')).toEqual([]);
    expect(read('Please book SDEC for Tuesday.', 'email')).toEqual([['unexpanded-acronym', 'SDEC', 12]]);
    // The letters' own use later in the text is still read.
    expect(read('Please spell out SDEC in the summary. The post-holder will staff SDEC on Fridays.', 'email')).toEqual([['unexpanded-acronym', 'SDEC', 65]]);
  });
  it('knows more specialty abbreviations', () => {
    expect(read('Work to JESIP at every major incident.')).toEqual([['unexpanded-acronym', 'JESIP', 8]]);
    expect(read('Offer PrEP reviews in the evening clinic.')).toEqual([['unexpanded-acronym', 'PrEP', 6]]);
  });
});

describe('staff described by the writer’s own side', () => {
  flags([
    ['We are a lively crew of chatty, cheerful lads in the stores.', 'advert', [['staff-called-girls', 'lads', 41]]],
    ["We're a small bunch of friendly ladies who love a natter.", 'advert', [['staff-called-girls', 'ladies', 32]]],
  ]);
  leaves([
    ['We run a group of teenage girls who meet on Thursdays.', 'advert'],
    ['They are a bunch of cheeky, lively girls in Year 9 whom our school nurses see weekly.', 'advert'],
    // The people after "of" and a verb or another group are those the team serves.
    ['We are a team of nurses supporting girls aged 13 to 17 with eating disorders.', 'advert'],
    ['We are a team of school nurses seeing girls in Year 8 for HPV vaccination.', 'advert'],
  ]);
});

describe('part-time staff held to be less committed', () => {
  flags([
    ['In my experience part-time staff tend to be less reliable.', 'email', [['full-time-only', 'part-time staff tend to be less reliable', 17]]],
    ['Part-time nurses are less committed to the ward, in my experience.', 'email', [['full-time-only', 'Part-time nurses are less committed', 0]]],
  ]);
  leaves([
    ['It is a myth that part-time workers are less committed.', 'advert'],
    ['The old view that part-time colleagues are less committed is simply wrong.', 'advert'],
  ]);
});

describe('a vibe to fit', () => {
  flags([['We need a receptionist who fits our vibe.', 'advert', [['culture-fit', 'fits our vibe', 27]]]]);
  // Activities matched to a group's mood are not a person asked to fit.
  leaves([
    ['Music therapy sessions will match the vibe of each group.', 'advert'],
    ['We adapt activities to match the vibe of the ward on the day.', 'advert'],
  ]);
});

describe('a faith warned off the post', () => {
  flags([
    [
      'The role includes laying out the dead, so anyone whose beliefs would make this hard should think twice before applying.',
      'advert',
      [['faith-bars-post', 'whose beliefs would make this hard', 49]],
    ],
  ]);
  leaves([['If your faith would make this hard, tell us and we will talk about how the team shares the work.', 'advert']]);
});

describe('a family that must be complete', () => {
  flags([
    ['We want a partner whose family is finished, as the last two went on maternity leave.', 'advert', [['family-status-requirement', 'a partner whose family is finished', 8]]],
    ['Ideally we need someone whose family is complete.', 'advert', [['family-status-requirement', 'need someone whose family is complete', 11]]],
  ]);
  leaves([
    ['We advise patients whose family is complete about long-acting contraception.', 'advert'],
    ['Sterilisation may suit a person whose family is complete.', 'advert'],
  ]);
});

describe('other senses', () => {
  leaves([
    ['Older cautions and convictions are filtered from the certificate.', 'advert'],
    ['The panel chair is independent of the service being reviewed.', 'advert'],
  ]);
  flags([['You will be calm, independent and organised.', 'advert', [['masculine-independent', 'independent', 18]]]]);
});

describe('sight or hearing demanded without aids', () => {
  flags([['Essential: distance vision without glasses, for reading the wall charts', 'advert', [['sensory-standard', 'distance vision without glasses', 11]]]]);
  leaves([
    ['Essential: good near vision (with or without correction) for reading labels', 'advert'],
    ['Excellent eyesight (corrected is fine) is needed for the microscope work.', 'advert'],
    ['Excellent eyesight (corrected or uncorrected) is essential.', 'advert'],
    // An optometrist's duty: measuring patients' sight, not a standard asked of the candidate.
    ["You will test patients' distance vision without correction and with their glasses.", 'advert'],
    ['The optometrist will record vision without correction at each visit.', 'advert'],
  ]);
  flags([['Excellent eyesight is essential, correction is not accepted.', 'advert', [['sensory-standard', 'Excellent eyesight', 0]]]]);
});

describe('maternity held against a group', () => {
  flags([['Our dental nurses always go on maternity and never come back.', 'advert', [['family-plans', 'go on maternity and never come back', 25]]]]);
  leaves([['Patients who went on maternity leave and never came back to clinic were sent reminders.', 'advert']]);
});

describe('a young image', () => {
  flags([['The salon wants a youthful and trendy image on reception.', 'advert', [['age-young-workplace', 'youthful and trendy', 18]]]]);
  leaves([['We serve a youthful, lively city of students.', 'advert']]);
});

describe('the year someone qualified, used against them', () => {
  flags([
    ['Your form says you graduated back in 1994; will you keep up with a busy list?', 'email', [['age-qualified-years-ago', 'graduated back in 1994', 19]]],
    ["She qualified back in 1989, so I'm not sure she'd be okay with the pace.", 'email', [['age-qualified-years-ago', 'qualified back in 1989', 4]]],
    ['Anyone who qualified back in 1990 will struggle to keep up.', 'email', [['age-qualified-years-ago', 'qualified back in 1990', 11]]],
  ]);
  // The year with praise, or with no doubt about keeping up, is no judgement.
  leaves([
    ['Your form says you graduated in 1994; please bring your certificate.', 'email'],
    ['You qualified in 2004 and have kept pace with every update, which impressed the panel.', 'email'],
  ]);
});

describe('a qualifying year given in brackets is a fact; the judgement beside it is flagged on its own words', () => {
  flags([['Solid candidate (trained in 1991) but too old to adapt, I suspect.', 'email', [['age-too-old', 'too old', 38]]]]);
});

describe('a colleague retiring from the post being filled is a fact', () => {
  leaves([
    ['Mr Jones, our partner, is nearly retiring, so we are recruiting a new GP.', 'email'],
    ["Dr Patel is almost retiring after 30 years, and we'd like to wish her well.", 'email'],
    ["Our dispensary lead is about to retire, so we're advertising the post this week.", 'email'],
  ]);
  flags([
    ["He's practically retired, so I wouldn't shortlist.", 'email', [['age-retirement', 'practically retired', 5]]],
    ['Candidate 5 is a safe pair of hands but must be nearly retiring.', 'email', [['age-retirement', 'nearly retiring', 48]]],
  ]);
});

describe('people cared for described as articulate', () => {
  leaves([['Our residents are surprisingly articulate about what they want from the service.', 'advert']]);
  flags([['He was surprisingly articulate at interview.', 'email', [['well-spoken', 'surprisingly articulate', 7]]]]);
});
