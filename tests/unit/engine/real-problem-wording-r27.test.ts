import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 27, a sixth set of problem wording real employers used (engine-71), weighted to staff-group
// messages, Gypsy and Traveller applicants, sexual orientation, family plans and caring, the Sabbath and
// prayer, beards, age said as a range, and the fair versions of each. Each reading in other words than
// the sources, with a trap for the sense it leaves out.

describe('slurs and taunts aimed at Gypsies, Roma and Irish Travellers', () => {
  it.each<[string, Context, Found]>([
    ['He turned up to the interview dressed like a tinker.', 'email', [['traveller-slur', 'dressed like a tinker', 30]]],
    ['Watch that one, she is a proper pikey.', 'email', [['traveller-slur', 'pikey', 32]]],
    [
      'He is like one of the people from My Big Fat Gypsy Wedding.',
      'email',
      [['traveller-slur', 'like one of the people from My Big Fat Gypsy Wedding', 6]],
    ],
    ['Where have you parked your horse and cart today?', 'question', [['traveller-slur', 'your horse and cart', 22]]],
    ['Is he one of those Irish gypsies?', 'question', [['traveller-slur', 'Irish gypsies', 19]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'Let me have a tinker with the rota template.',
    'We run a Gypsy, Roma and Traveller health outreach clinic.',
    'He said being called a gyppo at work was racist.',
    'The horse and cart display at the county show starts at noon.',
  ])('leaves the verb, a service, a complaint reported and a show: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a person’s colour made the reason for a judgement', () => {
  it.each<[string, Found]>([
    ['Everyone knows she got the post because she’s black.', [['race-remark', 'because she’s black', 32]]],
    ['He always plays the race card.', [['race-remark', 'plays the race card', 10]]],
    ['It’s like spot the black nurse on this ward.', [['race-remark', 'spot the black nurse', 10]]],
    ['Most of the thefts were committed by asian lads.', [['race-remark', 'committed by asian lads', 24]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'She was shortlisted because she met every essential criterion.',
    'Black staff told the survey they felt unheard.',
    'She chose the white tunic because it was cooler.',
  ])('leaves merit, a staff voice and a tunic: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('slurs on, and prying into, sexual orientation', () => {
  it.each<[string, Found]>([
    ['The new porter is a bit of a poofter, isn’t he?', [['orientation-slur', 'poofter', 29], ['generic-pronoun', 'he', 44]]],
    ['How do two women have sex, though?', [['orientation-slur', 'How do two women have sex', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['She complained that being called a poofter was homophobic.', 'Our LGBT+ network runs a Pride stall.'])(
    'leaves a complaint reported and a staff network: %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});

describe('one sex preferred with its verb written out', () => {
  it('flags "… candidates are wanted"', () => {
    expect(read('Male candidates are wanted for the warehouse role.')).toEqual([['one-sex-advert', 'Male candidates are wanted', 0]]);
  });
  it.each(['Female staff are required to wear a tunic.', 'Female patients are preferred by the midwifery team.'])(
    'leaves a rule on staff and patients: %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe('family plans asked, a pregnancy’s timing remarked, a return after maternity leave doubted', () => {
  it.each<[string, Context, Found]>([
    ['Are you planning on having a baby soon?', 'question', [['question-pregnancy', 'Are you planning on having a baby', 0]]],
    ['Does she plan to get pregnant this year?', 'question', [['question-pregnancy', 'Does she plan to get pregnant', 0]]],
    ['She timed her pregnancy perfectly.', 'email', [['question-pregnancy', 'She timed her pregnancy perfectly', 0]]],
    [
      'She isn’t going to come back after her maternity, is she?',
      'email',
      [['family-plans', 'isn’t going to come back after her maternity', 4]],
    ],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'When you planned her pregnancy care, did you book an interpreter?',
    'We will hold your job open while you are on maternity leave.',
    'Employers must not refuse to appoint you because of your pregnancy.',
  ])('leaves a patient’s care, a promise and a prohibition: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('children and caring asked about or held against someone', () => {
  it.each<[string, Context, Found]>([
    ['Do your kids take up much of your time these days?', 'question', [['question-children', 'Do your kids take up much of your time', 0]]],
    ['Will you have to look after your daughter in the holidays?', 'question', [['question-children', 'Will you have to look after your daughter', 0]]],
    ['How would you work late whilst caring for your children?', 'question', [['question-children', 'whilst caring for your children', 24]]],
    ['You are taking so much time off because of your kids.', 'email', [['question-children', 'so much time off because of your kids', 15]]],
    [
      'Those who want weekends off or have to pick the kids up from school need not apply.',
      'advert',
      [['caring-responsibilities', 'pick the kids up from school', 39]],
    ],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Will you need to look after patients on two wards?', 'question'],
    ['You can take time off because of your son’s hospital appointments, just let us know.', 'email'],
    ['Shifts finish at 2.30 so you can pick the kids up from school.', 'advert'],
  ])('leaves patients, leave offered and hours explained: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('the Sabbath and prayer held against someone', () => {
  it.each<[string, Found]>([
    ['We can’t roster her because she won’t work after Friday sunset.', [['faith-practice-held-against', 'Friday sunset', 49]]],
    ['Shabbat is a problem for this rota.', [['faith-practice-held-against', 'Shabbat', 0]]],
    ['Staff are not allowed group prayers in the office.', [['faith-practice-held-against', 'group prayers', 22]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['We are happy to accommodate staff who keep the Sabbath.', 'The chaplaincy holds group prayers on Fridays.'])(
    'leaves an accommodation and the chaplaincy: %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});

describe('a beard weighed against the job, and headwear threatened', () => {
  it.each<[string, Context, Found]>([
    ['Could you cut your beard before starting?', 'question', [['clean-shaven', 'Could you cut your beard', 0]]],
    ['It’s his beard or his job.', 'email', [['clean-shaven', 'his beard or his job', 5]]],
    ['I’ll rip that hijab off her.', 'email', [['religious-dress-banned', 'hijab', 14]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Would you trim your beard if a hood is not available?', 'question'],
    ['Hijabs are welcome; we can supply a uniform one.', 'advert'],
    ['Beards worn for religious reasons must be covered with a beard snood in the kitchen.', 'advert'],
  ])('leaves the hood offered, a welcome and food hygiene: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('an age range, school pupils and UK universities wanted', () => {
  it.each<[string, Found]>([
    ['Early to mid 20s preferred.', [['age-decade', 'Early to mid 20s', 0]]],
    ['Late 30s ideally.', [['age-decade', 'Late 30s ideally', 0]]],
    ['We’d love to hear from someone still at school.', [['age-school-leaver', 'someone still at school', 23]]],
    ['Degrees from British universities only.', [['uk-only-qualification', 'British universities', 13]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    'Rates fell to the mid 20s last year.',
    'Children still at school can attend the clinic after 4pm.',
    'Degrees from UK universities or equivalent overseas qualifications are accepted.',
  ])('leaves a rate, patients and the fair route: %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('the fair versions read as fair', () => {
  it.each<[string, Context, Found]>([
    ['A health questionnaire follows after a job offer.', 'email', []],
    ['List the number of years in each post rather than the dates.', 'advert', []],
    ['You will produce beautiful designs for our patient leaflets.', 'advert', []],
    ['Could the referee tell us about her sick record?', 'email', [['absence-asked', 'tell us about her sick record', 18]]],
  ])('%j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});

describe('paid time off for antenatal care pushed aside', () => {
  it.each<[string, Found]>([
    ['Could she move her antenatal appointments to her days off?', [['antenatal-time-refused', 'antenatal appointments', 19]]],
    ['Please make the time up for your pregnancy scans.', [['antenatal-time-refused', 'pregnancy scans', 33]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'Let me know the dates of your antenatal appointments so I can arrange cover.',
    'Patients should rearrange antenatal appointments through the booking line.',
  ])('leaves cover arranged and patients: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('religious dress said to clash with what clients like, and a career break held against someone', () => {
  it.each<[string, Found]>([
    ['His turban would not align with the image our clients want.', [['religious-dress-banned', 'turban', 4]]],
    ['After four years out, she’s unemployable.', [['gap-judged', 'years out', 11]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['We respect customers’ preferences about appointment times.', 'He took a year out to travel and came back refreshed.'])(
    'leaves a preference about times and a year out told without judgement: %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});
