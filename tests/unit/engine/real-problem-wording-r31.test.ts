import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 31, a tenth set of problem wording real employers used (engine-83), weighted to requests
// reported and refused, age limits on apprenticeships and "suitable for" a band, years of experience
// waived, work permits refused and ethnic groups turned away. Each reading in other words than the
// sources, with a trap for the sense it leaves out.

describe('a request reported and then refused is no demand', () => {
  it.each<[string, Context]>([
    ['A few of you asked whether we could favour native speakers on reception; we can’t, it would be unlawful.', 'email'],
    ['Two partners asked us to recruit local candidates only. The answer is no.', 'email'],
    ['The agency asked if we should shortlist native speakers only, and I won’t.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
  it.each<[string, Context, Found]>([
    ['The partners asked whether we could take local candidates only, and we will.', 'email', [['residence-required', 'local candidates only', 41]]],
    ['Reception asked whether we could favour native speakers; we can do that.', 'email', [['native-english', 'native speakers', 40]]],
  ])('flags a request granted: %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});

describe('a length of experience the writer says is not required', () => {
  it('leaves "we do not require a set number of years’ experience"', () => {
    expect(read("We do not require a set number of years' experience.", 'advert')).toEqual([]);
  });
  it('flags a length of experience without which no one may apply', () => {
    expect(read("Nobody can apply without 4 years' experience.", 'advert')).toEqual([['age-years-experience', "4 years' experience", 25]]);
  });
});

describe('age bands "suitable for" a post, and apprenticeships open to those of an age', () => {
  it.each<[string, Found]>([
    ['Porter post, suitable for under 35s.', [['age-limit', 'under 35s', 26]]],
    ['Our admin apprenticeship is open to those aged 17-23 only.', [['age-limit', 'aged 17-23', 42]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
  it.each(['The youth clinic is open to those aged 13-19.', 'Those aged 40 to 74 are invited for a health check.'])('leaves services for people of an age: %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});

describe('a work permit held against applicants, and Roma or Gypsies turned away', () => {
  it.each<[string, Context, Found]>([
    ['Applications from people needing a work permit will be rejected.', 'advert', [['visa-holders-refused', 'people needing a work permit', 18]]],
    ['Gypsies need not apply for the cleaning contract.', 'advert', [['origin-group-label', 'Gypsies need not apply', 0]]],
    ['We had Roma in last year and it did not work out.', 'email', [['origin-group-label', 'had Roma', 3]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['The outreach nurse visits Roma families in temporary housing.', 'email'],
    ['We run a clinic for Gypsy, Roma and Traveller communities.', 'advert'],
    ['Please bring your work permit or share code on your first day.', 'email'],
  ])('leaves services, a group named with its community and a right-to-work check: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('fertility treatment held against someone, in further words', () => {
  it.each<[string, Found]>([
    ['He has missed a lot of work for his partner’s fertility appointments.', [['family-judged', 'missed a lot of work for his partner’s fertility appointments', 7]]],
    ['Tell her the embryo transfer can go ahead when it suits the rota.', [['family-judged', 'embryo transfer can go ahead when it suits the rota', 13]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['She missed a lot of work with the flu last winter.', 'Book your egg collection appointment when it suits you.', 'Take the leave when it is convenient for work.'])(
    'leaves absence for other reasons and leave offered: %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});

describe('religious dress to be taken off, asked at interview', () => {
  it('flags "would you take your hijab off"', () => {
    expect(read('Could you take your turban off for the job?', 'question')).toEqual([['religious-dress-banned', 'turban', 20]]);
  });
  it.each(['Can you take off your gloves and apron safely?', 'Tell us about a time you dealt with a complaint.'])('leaves other questions: %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('a colleague called a fossil', () => {
  it('flags "she is such a fossil"', () => {
    expect(read('Honestly, she is such a fossil about the new system.', 'email')).toEqual([['age-idioms', 'she is such a fossil', 10]]);
  });
  it('leaves fossils and fossil fuels', () => {
    expect(read('The trust has cut its use of fossil fuels.', 'email')).toEqual([]);
  });
});

describe('criminal records: a blanket ban, and a police record demanded', () => {
  it.each<[string, Context, Found]>([
    ['We won’t take on anyone with previous convictions.', 'advert', [['criminal-record-blanket-ban', 'won’t take on anyone with previous convictions', 3]]],
    ['Ex-offenders need not apply.', 'advert', [['criminal-record-blanket-ban', 'Ex-offenders need not apply', 0]]],
    ['Bring a printout of your police record to the interview.', 'email', [['police-record-demanded', 'printout of your police record', 8]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['A conviction will not automatically rule you out; we look at each case individually.', 'advert'],
    ['We do not employ anyone with a record of gross misconduct at the trust.', 'advert'],
    ['We will never ask you for a copy of your police record.', 'email'],
  ])('leaves fair wording and other records: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

// Review-31 mends (mend-31a): each probe the review ran, and a near case on the other side.
describe('a refusal must answer the request', () => {
  it.each<[string, Context, Found]>([
    ['The partners asked us to recruit a young female receptionist. We can’t wait to welcome her.', 'email', [['age-young', 'young', 35], ['one-sex-advert', 'female receptionist', 41]]],
    ['They asked us to hire only native English speakers. Phones are not allowed on the ward.', 'email', [['native-english', 'native English speakers', 27]]],
  ])('flags a request whose next sentence refuses something else: %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['The partners asked us to recruit a young receptionist. That would be unlawful.', 'email'],
    ['The partners asked us to recruit a young receptionist; we can’t do that.', 'email'],
  ])('leaves a request refused: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('review-31 mends to this set’s rules', () => {
  it.each<[string, Context]>([
    ['Please bring a copy of your criminal record certificate to your interview.', 'advert'],
    ['Please request your police record from Disclosure Scotland via mygov.scot before starting.', 'advert'],
    ['Staff must take off jewellery and nail varnish; headscarves must be tucked in.', 'advert'],
    ['You will run the school drop-in, which is open to those aged 13 to 19 on Wednesdays.', 'advert'],
    ['Please contact Roma Sharma, Practice Manager, for an informal visit.', 'advert'],
    ['Roma has agreed to cover reception on Friday.', 'email'],
    ['Our outreach team works with Roma women and Gypsies in the city.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
  it.each<[string, Context, Found]>([
    ['Please get your own police record and bring it to the interview.', 'email', [['police-record-demanded', 'get your own police record', 7]]],
    ['Would you be willing to take off your hijab on the ward?', 'question', [['religious-dress-banned', 'hijab', 38]]],
    ['No Roma, please; the last cleaner did not work out.', 'email', [['origin-group-label', 'No Roma', 0]]],
  ])('still flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});
