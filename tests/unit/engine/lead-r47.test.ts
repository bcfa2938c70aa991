import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 47 (lead): each kind the unseen fresh47 set showed, in other words than the documents that showed it.

describe('a qualification that must be British, by its name', () => {
  flags([
    ['Essential: a UK diploma in sterile services management', 'advert', [['uk-only-qualification', 'UK diploma', 13]]],
    ['Essential: British HND in electrical engineering', 'advert', [['uk-only-qualification', 'British HND', 11]]],
    ['You will hold an accredited UK apprenticeship in plumbing.', 'advert', [['uk-only-qualification', 'accredited UK apprenticeship', 17]]],
  ]);
  leaves([
    ['Essential: a UK diploma in dental nursing, or an equivalent qualification gained outside the UK', 'advert'],
    ['Essential: a diploma in dental nursing or equivalent', 'advert'],
  ]);
});

describe('a faith practice forbidden', () => {
  flags([
    ['Staff must not observe religious festivals that fall on clinic days.', 'advert', [['faith-practice-forbidden', 'must not observe religious festivals', 6]]],
    ['Please note you will not keep Shabbat on this rota.', 'email', [['faith-practice-forbidden', 'will not keep Shabbat', 16]]],
  ]);
  leaves([
    ['Patients must not observe religious fasting before the procedure without telling the team.', 'advert'],
    ['Staff who observe religious fasting can ask for changed breaks.', 'advert'],
  ]);
});

describe('an applicant’s own question in an FAQ asks, it does not demand', () => {
  leaves([
    ['Do I need to be a native speaker of English to apply?', 'advert'],
    ['Will I need native-level fluency in Welsh?', 'advert'],
  ]);
  flags([
    // A statement is still a demand; so is a question the answer confirms.
    ['You need to be a native speaker of English.', 'advert', [['native-english-speaker', 'native speaker of English', 17]]],
  ]);
});

describe('the job pictured for a mother, or as pocket money', () => {
  flags([
    ['Great for a student or a mother looking for work round the school run.', 'advert', [['working-mums', 'a mother looking for work round the school run', 23]]],
    ['Ideal for anyone after a bit of pin money.', 'advert', [['pin-money', 'a bit of pin money', 23]]],
  ]);
  leaves([['Our health visitors support mums looking for help around the school run.', 'advert']]);
});

describe('where a candidate has lived demanded', () => {
  flags([
    ['Essential: lived locally all your life', 'advert', [['local-origin', 'lived locally all your life', 11]]],
    ['Candidates must have lived in Harrogate for at least three years.', 'advert', [['residence-required', 'must have lived in Harrogate for at least three years', 11]]],
  ]);
  leaves([
    ['Patients must have lived in Harrogate for three years to join the scheme.', 'advert'],
    ['I have lived locally all my life, so I know the practice well.', 'email'],
  ]);
});

describe('every weekend demanded', () => {
  flags([
    ['You must be available every Sunday for the dispensary.', 'advert', [['every-weekend-demanded', 'must be available every Sunday', 4]]],
    ['Applicants must commit to Saturday lists every week.', 'advert', [['every-weekend-demanded', 'must commit to Saturday lists every week', 11]]],
    ['- Available every day, including Saturdays', 'advert', [['every-weekend-demanded', '- Available every day, including Saturdays', 0]]],
  ]);
  leaves([
    ['The surgery is open every Saturday morning.', 'advert'],
    ['You will be available every other weekend, with swaps possible.', 'advert'],
    ['You do not need to be available every weekend.', 'advert'],
  ]);
});

describe('the World Health Organization is known to every applicant', () => {
  it('leaves WHO before a checklist or guidance, and still reads an unknown abbreviation beside it', () => {
    expect(read('Complete the WHO Surgical Safety Checklist and the LocSSIPs for each list.')).toEqual([['unexpanded-acronym', 'LocSSIPs', 51]]);
    expect(read('We follow WHO hand hygiene guidance.')).toEqual([]);
  });
});

// Round 47's review (47a) of the lead's readings: each case the reviewer gave, and a fresh one.
describe('every weekend demanded of the hire, not a service open at weekends', () => {
  leaves([
    ['Appointments are available every Saturday.', 'advert'],
    ['Flu jabs are available every Saturday in October.', 'advert'],
    ['Parking is available every weekend free of charge.', 'advert'],
    ['Is availability every weekend needed? No.', 'advert'],
  ]);
  flags([
    ['You must be available every weekend, as our patients need seven-day cover.', 'advert', [['every-weekend-demanded', 'must be available every weekend', 4]]],
    ['Porters are expected to work every Sunday to meet patient demand.', 'advert', [['every-weekend-demanded', 'expected to work every Sunday', 12]]],
  ]);
});

describe('a UK qualification offered, or a visa, is no UK-only demand', () => {
  leaves([
    ['You will need a valid UK certificate of sponsorship.', 'advert'],
    ['We offer a recognised UK apprenticeship in business administration for the successful candidate.', 'advert'],
    ['The successful candidate will be enrolled on an accredited UK apprenticeship.', 'advert'],
  ]);
});

describe('a residence demand names any town, and not a child’s eligibility or a guess', () => {
  flags([
    ['Applicants must have lived in Milton Keynes for two years.', 'advert', [['residence-required', 'must have lived in Milton Keynes for two years', 11]]],
    ['You must have lived in Scotland for five years.', 'advert', [['residence-required', 'must have lived in Scotland for five years', 4]]],
  ]);
  leaves([
    ['The child must have lived in Bradford for three years to be eligible for the service.', 'advert'],
    ['Honestly, she must have lived in Sheffield for ten years by now.', 'email'],
  ]);
});

describe('a faith practice forbidden, in its other forms', () => {
  flags([
    ['You cannot observe religious fasting while on shift.', 'advert', [['faith-practice-forbidden', 'cannot observe religious fasting', 4]]],
    ['Staff can\'t keep Ramadan on nights.', 'advert', [['faith-practice-forbidden', 'can\'t keep Ramadan', 6]]],
    ['Religious practices may not be observed in clinical areas.', 'advert', [['faith-practice-forbidden', 'Religious practices may not be observed', 0]]],
  ]);
});
