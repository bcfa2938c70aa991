import { describe, expect, it } from 'vitest';
import { flags, leaves, missing, read } from './read-findings';

// Round 43 (lead): each kind the unseen fresh43 set showed, in other words than the documents that showed it.

describe('ages of people welcomed alongside "all ages" are no age preference', () => {
  leaves([
    ['Our recruits come from every age group, including a few who joined in their 60s.', 'advert'],
    ['We have staff in their 30s and 60s, and welcome applicants of any age.', 'advert'],
  ]);
});

describe('"people" on treatment after patients are more of the patients', () => {
  leaves([['The unit treats 90 patients a week, including people on haemodialysis who must not have cannulas in the fistula arm.', 'advert']]);
});

describe('an occupational fitness assessment is the job-related kind', () => {
  leaves([['Passing the occupational fitness assessment is part of the offer.', 'advert']]);
});

describe('"competitive" before what the employer funds is not a trait', () => {
  leaves([['Staff get competitive study funding every year.', 'advert']]);
});

describe('a one-sex drop-in or walk-in is a service, not who may apply', () => {
  leaves([
    ['We also run a men-only walk-in on Fridays with a male health adviser.', 'advert'],
    ['Help staff the women-only clinic on Tuesdays with a female GP.', 'advert'],
  ]);
  flags([['Female applicants only for this drop-in post.', 'advert', [['one-sex-advert', 'Female applicants only', 0]]]]);
});

describe('an age band "only", with nothing else in the sentence', () => {
  flags([['Over-50s only, as the work suits a settled pace.', 'email', [['age-limit', 'Over-50s', 0]]]]);
});

describe('health history asked on the form, or barred as "no prior" or a "clean record"', () => {
  flags([
    ['Tell us in your application about any history of mental ill health.', 'advert', [['health-disclosure', 'mental ill health', 49]]],
    ['Candidates should have no prior mental health problems.', 'advert', [['health-requirement', 'no prior mental health problems', 23]]],
    ['Please confirm you have a clean health record.', 'advert', [['health-requirement', 'clean health record', 26]]],
  ]);
  leaves([['No one on the rota was asked about medication.', 'advert']]);
});

describe('a candidate described as maternal, or to mother the team', () => {
  flags([
    ['She seemed so maternal on the call and would mother the juniors.', 'email', [
      ['sex-stereotyped-traits', 'so maternal', 11],
      ['sex-stereotyped-traits', 'mother the juniors', 45],
    ]],
  ]);
  leaves([['Our maternal mental health team is expanding.', 'advert']]);
});

describe('a man wanted, by an informal word for one', () => {
  flags([['Honestly we’d prefer a bloke who can handle the difficult callers.', 'email', [['gendered-idioms', 'prefer a bloke who', 14]]]]);
});

describe('a body wanted: gym fit, in shape', () => {
  flags([
    ['Being gym fit helps on this ward.', 'advert', [['physically-fit', 'gym fit', 6]]],
    ['Ideally you are in great shape.', 'advert', [['physically-fit', 'are in great shape', 12]]],
  ]);
  leaves([['We teach patients how to get in shape after surgery.', 'advert']]);
});

describe('"No" opening a clause before the people described turns them away', () => {
  flags([['No old-school receptionists, please.', 'email', [['age-idioms', 'old-school', 3]]]]);
  leaves([['We have no old-school receptionists here.', 'email']]);
});

describe('a numbered clause’s first word is where a capital is expected', () => {
  flags([['3.2 He or she will order the stock.', 'advert', [['he-or-she', 'He or she', 4]]]]);
  leaves([['4.1 Order stock for the ward.', 'advert']]);
});

describe('a UK apprenticeship demanded, and dual nationality refused', () => {
  flags([
    ['Essential: completed a British apprenticeship in plumbing.', 'advert', [['uk-only-qualification', 'completed a British apprenticeship', 11]]],
    ['Sorry, we cannot accept candidates with dual citizenship.', 'advert', [['passport-holders', 'cannot accept candidates with dual citizenship', 10]]],
  ]);
  leaves([
    ['The UK apprenticeship levy funds your course.', 'advert'],
    ['People with dual nationality are welcome to apply.', 'advert'],
  ]);
});

describe('letters under a heading whose words they abbreviate', () => {
  leaves([['Key performance areas\nKPA 1: Patient care\nKPA 2: Audit', 'advert']]);
  it('still asks for them under any other heading', () => {
    expect(read('Main duties\nKPA 1: Patient care', 'advert')).toEqual([['unexpanded-acronym', 'KPA', 12]]);
  });
});

describe('a team described before the fit, an image, home and family, and some countries wanted', () => {
  flags([
    ['She ran the session well, but we felt another applicant would be a better fit for our close-knit team.', 'email', [['culture-fit', 'better fit for our close-knit team', 67]]],
    ['Front of house staff need a glamorous image.', 'advert', [['appearance-led', 'glamorous image', 28]]],
    ['Ideally you will have no baggage at home, as the rota changes weekly.', 'advert', [['family-status-requirement', 'no baggage at home', 22]]],
    ['The post would suit someone whose own family is complete.', 'advert', [['family-status-requirement', 'whose own family is complete', 28]]],
    ['We will only shortlist doctors from certain countries.', 'email', [['nationality-preference', 'doctors from certain countries', 23]]],
  ]);
  leaves([['The agency supplies nurses from many countries.', 'email']]);
});

describe('the person wished for in their own clause, whatever patients another clause names', () => {
  flags([
    ['We want somebody sporty, since the patients play walking football every week.', 'email', [['sporty-requirement', 'sporty', 17]]],
    ['Ideally early in your career, to support a team caring for older patients.', 'advert', [['age-recently-qualified-preferred', 'early in your career', 8]]],
  ]);
  leaves([['We want someone sporty to lead exercise sessions for patients.', 'advert']]);
});

describe('a rota that works around caring commitments offers flexible working', () => {
  it('finds the offer', () => {
    expect(missing('Our rota works around caring commitments and college days wherever we can.')).not.toContain('no-flexible-working-statement');
    expect(missing('Our rota covers seven days, and everyone works some weekends.')).toContain('no-flexible-working-statement');
  });
});

it('keeps the numbered-clause reading to numbers at the start of a line', () => {
  expect(read('We treat 12 He patients a week.', 'advert')).toEqual([]);
});
