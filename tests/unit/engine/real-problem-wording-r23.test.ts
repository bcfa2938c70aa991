import { describe, expect, it } from 'vitest';
import { read, type Found } from './read-findings';

// Round 23, a second set of problem wording real employers used (engine-60): tribunal decisions,
// regulator guidance and news reports quoting panel notes, e-mails about a candidate, interview
// questions and adverts. Each reading in other words than the sources, with a trap for the sense it
// leaves out.

describe('an offer withdrawn or a job refused for what follows', () => {
  it.each<[string, Found]>([
    ["We've decided to withdraw her offer because of her epilepsy.", [['condition-doubted', 'withdraw her offer because of her epilepsy', 17]]],
    ['The panel refused him the job because he uses a wheelchair.', [['condition-doubted', 'refused him the job because he uses a wheelchair', 10]]],
    ["We can't offer you the post as you are pregnant.", [['family-judged', "can't offer you the post as you are pregnant", 3]]],
    ['Offer withdrawn: he is Muslim and will need Fridays off.', [['faith-judged', 'Offer withdrawn: he is Muslim', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'We withdrew the offer because the funding for the post ended.',
    'The offer was withdrawn after the references came back unsatisfactory.',
    "We can't offer you the post on this occasion.",
  ])('leaves a withdrawal or a refusal for a reason about the post: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('hiring restricted with "only recruit", "only hire"', () => {
  it('flags a career stage it restricts to', () => {
    expect(read('We only hire staff at the start of their career.', 'email')).toEqual([['age-recently-qualified-preferred', 'start of their career', 26]]);
  });
  it('leaves a restriction on when, not whom', () => {
    expect(read('We only appoint after two satisfactory references.', 'email')).toEqual([]);
  });
});

describe('candidates of child-bearing age not interviewed', () => {
  it('flags the refusal', () => {
    expect(read("We're not interviewing candidates of childbearing age this time.", 'email')).toEqual([['family-judged', 'not interviewing candidates of childbearing age', 6]]);
  });
  it.each(['Women of child-bearing age attending the clinic are offered folic acid.', 'We are not interviewing candidates until the advert closes.'])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('questions about pregnancy, children and family in further words', () => {
  it.each<[string, Found]>([
    ['Are you thinking about having a baby soon?', [['question-pregnancy', 'Are you thinking about having a baby', 0]]],
    ['What ages are your kids now?', [['question-children', 'What ages are your kids', 0]]],
    ['Would the role clash with your family commitments?', [['question-children', 'Would the role clash with your family commitments', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['Are you thinking about having a break before you start?', 'Would the role clash with your other job?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('questions about faith in further words', () => {
  it.each<[string, Found]>([
    // A capitalised name of God is no name to skip in a question about faith.
    ['Do you believe in Allah?', [['question-religion', 'Do you believe in Allah', 0]]],
    ['Do you attend the synagogue on Saturdays?', [['question-religion', 'Do you attend the synagogue', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['Do you believe in the value of clinical audit?', 'Do you attend the team huddle?'])('leaves %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('religious dress asked about with a possessive', () => {
  it('flags "keep wearing your turban" asked of a candidate', () => {
    expect(read('Will you keep wearing your turban on the ward?', 'question')).toEqual([['faith-asked', 'wearing your turban', 14]]);
    expect(read('Does she plan to keep wearing her hijab?', 'email')).toEqual([['faith-asked', 'wearing her hijab', 22]]);
  });
  it.each(['Staff may keep wearing their headscarf under the uniform policy.', 'You can keep wearing your hijab with our uniform.'])('leaves it allowed: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a beard to be shaved', () => {
  it('flags the demand', () => {
    expect(read('Would you shave off your beard for the role?', 'question')).toEqual([['clean-shaven', 'shave off your beard', 10]]);
  });
  it('leaves the alternative offered for religious reasons', () => {
    expect(read('Staff who cannot shave their beard for religious reasons are fitted with a powered hood.', 'email')).toEqual([]);
  });
});

describe("a question about how a candidate's family took their transition", () => {
  it('flags it', () => {
    expect(read('How did your parents cope with your transition?', 'question')).toEqual([['question-orientation', 'your parents cope with your transition', 8]]);
  });
  it('leaves a transition to a new system', () => {
    expect(read('How did your team cope with the transition to the new system?', 'question')).toEqual([]);
  });
});

describe('a visa asked about before an offer, in further words', () => {
  it.each<[string, Found, 'email' | 'question']>([
    ["What's the position with your visa at the moment?", [['visa-asked-before-offer', 'position with your visa', 11]], 'question'],
    ['Is she on a visa?', [['visa-asked-before-offer', 'Is she on a visa', 0]], 'email'],
  ])('flags %j', (text, expected, context) => {
    expect(read(text, context)).toEqual(expected);
  });
  it('leaves the right-to-work question asked of everyone', () => {
    expect(read('Do you have the right to work in the UK?', 'question')).toEqual([]);
  });
});

describe('English "spoken more clearly" is an accent judged', () => {
  it('flags it', () => {
    expect(read("We'd prefer someone who speaks English more clearly.", 'email')).toEqual([['accent', 'speaks English more clearly', 24]]);
  });
  it('leaves speaking clearly to patients', () => {
    expect(read('Please speak clearly and slowly to patients with hearing loss.', 'email')).toEqual([]);
  });
});

describe("remarks on a candidate's age", () => {
  it.each<[string, Found]>([
    ["She's not 30 any more.", [['age-too-old', "She's not 30 any more", 0]]],
    ['I thought he was older than that.', [['age-too-old', 'thought he was older than', 2]]],
    ['By their late forties most people have lost that drive.', [['age-decade', 'By their late forties', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['I thought the patient was older than that.', 'By the late 1990s the service had doubled in size.'])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('flags the age of the staff usually in the post, said to a candidate', () => {
    expect(read('We normally get older staff in this post - how will you find that?', 'question')).toEqual([['question-age', 'normally get older staff in this post', 3]]);
    expect(read('We normally get older patients in this clinic.', 'question')).toEqual([]);
  });
});

describe('the first years of a career wanted', () => {
  it('flags it when wanted', () => {
    expect(read('We are after nurses in the first two years of their career.', 'email')).toEqual([['age-recently-qualified-preferred', 'first two years of their career', 27]]);
  });
  it('leaves support given in those years', () => {
    expect(read('We support nurses in the first two years of their career through preceptorship.', 'email')).toEqual([]);
  });
});

describe('eye contact judged in a candidate', () => {
  it.each<[string, Found, 'email' | 'question']>([
    ['Candidate 2 barely made eye contact, so I scored her down.', [['eye-contact-judged', 'eye contact', 24]], 'email'],
    ['Did he hold eye contact when answering?', [['eye-contact-judged', 'eye contact', 12]], 'question'],
  ])('flags %j', (text, expected, context) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each(['Candidate 2 described keeping eye contact with patients who are anxious.', 'Do not score eye contact.'])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('where a name is from', () => {
  it('flags "where is it from" straight after a name', () => {
    expect(read('What an unusual surname - where is it from?', 'question')).toEqual([
      ['name-judged', 'unusual surname', 8],
      ['question-nationality', 'where is it from', 26],
    ]);
  });
  it('leaves "it" that stands for something else', () => {
    expect(read('The parcel had your name on it, but where is it from?', 'question')).toEqual([]);
  });
});

describe('time off given by the employer is no doubt', () => {
  it.each(['Colleagues are given time off for Eid and Diwali.', 'Time off is offered for religious festivals.'])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('still flags time off held against a candidate', () => {
    expect(read("He's Sikh, so he'll want time off for Vaisakhi, which is a worry.", 'email')).toEqual([
      ['faith-judged', 'Sikh', 5],
      ['faith-asked', 'time off for Vaisakhi', 25],
    ]);
  });
});

describe('a gendered title given with its counterpart', () => {
  it.each(['Waiter or waitress wanted for the day centre cafe.', 'Barman or barmaid wanted for the social club.'])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags the title alone', () => {
    expect(read('Barmaid wanted for the social club.')).toEqual([['waitress', 'Barmaid', 0]]);
  });
});

describe('age asked for the national minimum wage bands', () => {
  it('leaves it', () => {
    expect(read('We need your date of birth because the minimum wage depends on age.', 'email')).toEqual([]);
  });
  it('still flags a date of birth asked for with no reason', () => {
    expect(read('Please put your date of birth on the form.', 'email')).toEqual([['date-of-birth', 'date of birth', 16]]);
  });
});

describe('"jack-the-lad" calls no member of staff a lad', () => {
  it('leaves it', () => {
    expect(read("He's a bit of a jack-the-lad, but great with patients.", 'email')).toEqual([]);
  });
  it('still flags staff called lads', () => {
    expect(read('The lads in estates will show you round.', 'email')).toEqual([['staff-called-girls', 'lads', 4]]);
  });
});

describe('years still to come are no experience asked for', () => {
  it('leaves "how many years do you hope to keep working"', () => {
    expect(read('How many years do you hope to keep working?', 'question')).toEqual([]);
  });
  it('still reads years worked as experience', () => {
    expect(read('How many years have you worked in outpatients?', 'question')).toEqual([['age-years-experience', 'many years', 4]]);
  });
});

describe('a team of the people refused', () => {
  it('reads the people after "a team of" as the ones refused', () => {
    expect(read("I don't want a team of men on nights.", 'email')).toEqual([['sex-preferred', 'men', 23]]);
  });
  it('leaves a team named by its work', () => {
    expect(read("I don't want a team of agency staff on nights.", 'email')).toEqual([]);
  });
});

describe("a referee asked about a candidate's sickness", () => {
  it('flags it', () => {
    expect(read('Can you tell us about his sickness record?', 'email')).toEqual([['absence-asked', 'tell us about his sickness record', 8]]);
  });
  it('leaves occupational health after an offer', () => {
    expect(read('Occupational health will tell us about her sick leave.', 'email')).toEqual([]);
  });
});

describe('"can\'t be sure" doubts the person it names', () => {
  it.each<[string, Found]>([
    ['We could not be sure his stammer would not affect his work.', [['condition-doubted', 'not be sure his stammer', 9]]],
    ["I can't be sure her depression won't come back.", [['condition-doubted', "can't be sure her depression", 2]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(["We can't be sure of the start date yet.", "I can't be sure the references will arrive before Friday."])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a group turned away by the writer, pregnant women among the groups', () => {
  it.each<[string, Found, 'email' | 'advert']>([
    ["We don't want pregnant applicants.", [['circumstance-excluded', "don't want pregnant applicants", 3]], 'email'],
    ["We'd avoid hiring expectant mums.", [['circumstance-excluded', 'avoid hiring expectant mums', 5]], 'email'],
    ["I don't want any more graduates, thanks.", [['age-group-excluded', "don't want any more graduates", 2]], 'email'],
    ['Pregnant women need not apply.', [['circumstance-excluded', 'Pregnant women need not apply', 0]], 'advert'],
  ])('flags %j', (text, expected, context) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'We have no students on the ward this week.',
    'The practice is not suitable for parents with prams.',
    'We welcome pregnant applicants and make adjustments.',
    'Our midwives care for pregnant women across the county.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a pregnancy or maternity leave called inconvenient or bad timing', () => {
  it.each<[string, Found]>([
    ['Her pregnancy is bad timing for the new clinic.', [['family-judged', 'pregnancy is bad timing', 4]]],
    ['Her maternity leave is inconvenient for the rota.', [['family-judged', 'maternity leave is inconvenient', 4]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it('leaves an interview slot that is inconvenient', () => {
    expect(read('The interview slot is inconvenient for me, can we move it?', 'email')).toEqual([]);
  });
});

describe('a candidate expected to be bored at the level of the post', () => {
  it.each<[string, Found]>([
    ["She'd be bored at this level within a month.", [['age-overqualified', 'bored at this level', 9]]],
    ['He would soon get bored and leave.', [['age-overqualified', 'soon get bored', 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it('leaves children bored in a room', () => {
    expect(read('The children get bored in this room.', 'email')).toEqual([]);
  });
});
