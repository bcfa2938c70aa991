import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 42 (lead): each kind the unseen fresh42 set showed, in other words than the documents that showed it.

describe('what one person did, put down to where their group is from', () => {
  flags([['Typical of the Romanian carers, he kept quiet about the rota until he left.', 'email', [['origin-stereotyped', 'Typical of the Romanian carers', 0]]]]);
  leaves([
    ['A typical week for our international recruits includes a buddy shift.', 'email'],
    ['This is typical of the older patients on the ward.', 'email'],
  ]);
});

describe('someone in particular, with an adverb before what they did', () => {
  leaves([['The applicant later rang to say she had accepted another post.', 'email']]);
  flags([['The new porter will also need to show he can lift safely.', 'email', [['generic-pronoun', 'he', 38]]]]);
});

describe('"older" before a thing is its age, not a person’s', () => {
  leaves([['Older invoices are archived in the finance office.', 'advert']]);
});

describe('a call-out to the staff a message goes to', () => {
  flags([['Calling all night lads: Ward 3 is short tonight.', 'email', [['staff-called-girls', 'lads', 18]]]]);
});

describe('a job said to suit retired people', () => {
  flags([['A perfect job for retirees who want a few hours a week.', 'advert', [['age-would-suit', 'perfect job for retirees', 2]]]]);
  leaves([['Our lunch club is for retired people in the village.', 'advert']]);
});

describe('an unpaid observation shift before appointing', () => {
  flags([['Applicants must first complete an unpaid observation shift.', 'advert', [['unpaid-trial', 'unpaid', 34]]]]);
  leaves([['Staff on unpaid leave can still join the observation day.', 'advert']]);
});

describe('a career’s end or length wished for in the one appointed', () => {
  flags([
    ['Ideally the new partner will see this as their final post before retiring.', 'advert', [['age-stage-preferred', 'final post before retiring', 47]]],
    ['Ex-paramedics with a long career behind them are preferred.', 'advert', [['age-stage-preferred', 'long career behind them', 21]]],
  ]);
  leaves([['Jo joined us for her final post before retirement and mentors our students.', 'advert']]);
});

describe('people wanted for a part of them, or by the year they graduate', () => {
  flags([
    ['The ward needs younger legs on nights.', 'email', [['age-fresh', 'younger legs', 15]]],
    ['This post would suit a 2026 graduate.', 'advert', [['age-graduate', '2026 graduate', 23]]],
  ]);
});

describe('health and caring asked for before an offer, in a sentence or a list under "please reply with"', () => {
  flags([
    ['Please send us details of any medicines you take.', 'email', [['health-disclosure', 'any medicines you take', 26]]],
    ['Please reply with:\n- your full name;\n- your childcare commitments.', 'email', [['caring-responsibilities', 'childcare commitments', 44]]],
  ]);
  leaves([
    ['Please bring any medicines you take to your clinic appointment.', 'email'],
    ['Please reply with:\n- your full name;\n- your preferred interview time.', 'email'],
  ]);
});

describe('people of one sex addressed and steered to kinds of work', () => {
  flags([
    ['Ladies, a career in radiography is made for you!', 'advert', [['sex-preferred', 'Ladies, a career in radiography is made for you', 0]]],
    ['Boys, take a look at engineering apprenticeships; girls, midwifery is for you.', 'email', [['sex-preferred', 'Boys, take a look at engineering apprenticeships', 0], ['sex-preferred', 'girls, midwifery is for you', 50]]],
  ]);
  leaves([
    ['Lads, have a look at the van before you go.', 'email'],
    ['Men, think about a career in midwifery: we encourage applications from men, who are under-represented.', 'advert'],
  ]);
});

describe('what pupils of one sex are said to like', () => {
  flags([['Boys usually prefer the workshop jobs, so point them to estates.', 'email', [['sex-preferred', 'Boys usually prefer', 0]]]]);
  leaves([['Girls are invited to the careers breakfast.', 'email']]);
});

describe('quoted lines under a heading that offers them are read as wording to use', () => {
  flags([['Draft straplines\n"Join our lads in the workshop!"', 'email', [['staff-called-girls', 'lads', 27]]]]);
  leaves([['Phrases to avoid\n"Join our lads in the workshop!"', 'email']]);
});

describe('a script’s speakers and scenes, and labels in a numbered series, are not abbreviations', () => {
  it('reads "GUEST", "HOST" and "SCENE" as words', () => {
    expect(read('GUEST (Priya): Thanks for having me.\nHOST: Welcome back.\nSCENE 3. The pharmacy at night.', 'email')).toEqual([]);
  });
  it('reads S1, S2 and S3 as a series of labels, and a lone S1 as a code to explain', () => {
    expect(read('Sift scores: S1 Teamwork 4 | S2 Communication 3 | S3 Safety 5', 'email')).toEqual([]);
    expect(read('Send the completed S1 to payroll.', 'email')).toEqual([['unexpanded-acronym', 'S1', 19]]);
  });
});
