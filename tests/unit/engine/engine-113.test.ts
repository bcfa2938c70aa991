import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 39 (engine-113): the study slice's traps and the newest study documents' misses, each in other
// words than the documents that showed them.

describe('letters glossed in plain words in brackets straight after them', () => {
  it('are explained by a few plain words that close the phrase', () => {
    expect(read('You will also help with EEGs (brain wave recordings).', 'advert')).toEqual([]);
    expect(read('Staff wear PAPRs (powered air hoods), which we fit for you.', 'advert')).toEqual([]);
  });
  it('are not explained by brackets that qualify, count or run on into the phrase', () => {
    expect(read('You will teach BLS (adult and paediatric) to new starters.', 'advert')).toEqual([['unexpanded-acronym', 'BLS', 15]]);
    expect(read('You will join the MSK rota (about one evening in four) once trained.', 'advert')).toEqual([['unexpanded-acronym', 'MSK', 18]]);
    expect(read('Applicants need SCPHN (health visiting) registration.', 'advert')).toEqual([['unexpanded-acronym', 'SCPHN', 16]]);
  });
});

describe('a code with its number after a hyphen, then words in brackets', () => {
  it('is explained by the words in the brackets', () => {
    expect(read('Coders use SNOMED-3 (the clinical terms list) every day.', 'advert')).toEqual([]);
  });
  it('is not explained by a count or a range in the brackets', () => {
    expect(read('Coders use SNOMED-3 (or later) every day.', 'advert')).toEqual([['unexpanded-acronym', 'SNOMED', 11]]);
  });
});

describe('letters, a plain noun, then brackets that open with their initial', () => {
  it('are explained by the words in the brackets', () => {
    expect(read('We fund CME sessions (continuing education for doctors) each year.', 'advert')).toEqual([]);
    expect(read('Ask the SIT questions (Symptoms and how long they have lasted) at the counter.', 'advert')).toEqual([]);
  });
  it('are not explained where the brackets open with another letter or a qualifier', () => {
    expect(read('We fund CME sessions (paid study leave) each year.', 'advert')).toEqual([['unexpanded-acronym', 'CME', 8]]);
    expect(read('You will cover ICU beds (including weekends) on the rota.', 'advert')).toEqual([['unexpanded-acronym', 'ICU', 15]]);
  });
});

describe('a date of birth the writer asks to take off the form', () => {
  it('is not a request for it', () => {
    expect(read('Please remove the date of birth box from our application pack before it goes live.', 'email')).toEqual([]);
    expect(read('- Date of birth line on the cover sheet: delete it, we never use it.', 'email')).toEqual([]);
  });
  it('is still flagged where it is asked for', () => {
    expect(read('Please add a date of birth box to our application pack before it goes live.', 'email')).toEqual([['date-of-birth', 'date of birth', 13]]);
  });
});

describe('no car or licence said not to be needed', () => {
  it('is not held against anyone', () => {
    expect(read('The home visits are covered by the pool driver, so no licence is required for this job.', 'email')).toEqual([]);
  });
  it('is still flagged where it rules someone out', () => {
    expect(read('He has the best interview score but no licence, so that rules him out.', 'email')).toEqual([['no-car-held-against', 'no licence', 36]]);
  });
});

describe('"pregnant" before a plural of the people a service is for', () => {
  it('names a patient group, not the candidate', () => {
    expect(read('She will be on the counter most days and will run our Best Start folic acid clinic for pregnant women and toddlers.', 'email')).toEqual([]);
  });
  it('is still noted of the candidate herself', () => {
    expect(read('She ran the counter well at the trial shift, and she is pregnant.', 'email')).toEqual([['family-noted', 'pregnant', 56]]);
  });
});

describe('a criterion item after one that ends in brackets', () => {
  it('is read on its own after the semicolon', () => {
    expect(read('Person specification\nEssential: good maths (or equivalent); British-educated; a calm manner', 'advert')).toEqual([
      ['uk-only-qualification', 'British-educated', 60],
    ]);
  });
  it('still takes the route its own item gives', () => {
    expect(read('Person specification\nEssential: a calm manner (with patients); British-educated or equivalent; good maths', 'advert')).toEqual([]);
  });
});

describe('"driven" said of the workplace the candidate is told to expect', () => {
  it('is coded as the people in it are', () => {
    expect(read('You will join a fast, sales-driven unit where every list overruns.', 'advert').map(([rule, text]) => [rule, text])).toEqual([['masculine-driven', 'driven']]);
  });
  it('is not said of a market or of what steers the work', () => {
    expect(read('The trust operates in a target-driven environment for GP recruitment.', 'advert')).toEqual([]);
    expect(read('We are a values-driven culture.', 'advert')).toEqual([]);
  });
});

describe('"confident" with working alone', () => {
  it('is the trait asked for, not a skill with a tool', () => {
    expect(read('You will be calm, tidy and confident working unsupervised on night visits.', 'advert')).toEqual([['masculine-confident', 'confident working unsupervised', 27]]);
  });
  it('is not flagged where the confidence is with a tool or a task', () => {
    expect(read('You will be calm, tidy and confident working with the booking software.', 'advert')).toEqual([]);
  });
});

describe('a past condition after the post is said not to suit anyone with it', () => {
  it('is a bar on applicants', () => {
    expect(read('We do not think this role is suitable for anyone with a history of panic attacks.', 'advert')).toEqual([['health-barred', 'panic attacks', 67]]);
  });
  it('is not a bar where it is asked about or said of patients', () => {
    expect(read('Anyone with a history of asthma should tell occupational health.', 'advert')).toEqual([]);
    expect(read('This clinic is not suitable for patients with a history of seizures.', 'advert')).toEqual([]);
  });
});

describe('years of service demanded', () => {
  it('ask for years as years of experience do', () => {
    expect(read('Applicants need at least 7 years\' unbroken service in primary care.', 'advert')).toEqual([
      ['age-years-experience', 'at least 7 years\'', 16],
      // The service must also be unbroken (round 49's continuous-service-demanded).
      ['continuous-service-demanded', 'unbroken service', 34],
    ]);
  });
  it('are not a demand where the years earn a benefit', () => {
    expect(read('Holiday rises to 29 days after 5 years\' continuous service.', 'advert')).toEqual([]);
  });
});
