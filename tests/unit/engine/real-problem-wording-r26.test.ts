import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Round 26, a fifth set of problem wording real employers used (engine-68), weighted to dress codes
// and hair, criminal records asked too broadly, trade union membership, the menopause asked about,
// names and accents, and ages said of a person. Each reading in other words than the sources, with a
// trap for the sense it leaves out.

describe('every conviction and caution asked about, not only unspent ones', () => {
  it.each<[string, Context, Found]>([
    ['Have you ever been convicted of any offence?', 'question', [['question-criminal-record', 'Have you ever been convicted', 0]]],
    ['Do you have a criminal record?', 'question', [['question-criminal-record', 'Do you have a criminal record', 0]]],
    ['Has the candidate ever been cautioned by the police?', 'email', [['question-criminal-record', 'Has the candidate ever been cautioned', 0]]],
    ['List all convictions and cautions, however old.', 'advert', [['question-criminal-record', 'all convictions and cautions', 5]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Do you have any unspent convictions?', 'question'],
    ['We ask about convictions only after an offer.', 'email'],
    ['This post is exempt, so spent convictions that are not filtered must be declared.', 'email'],
    ['Has the patient ever been cautioned about driving?', 'email'],
  ])('leaves unspent convictions, an exempt post and a patient: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('trade union membership or activity weighed in who gets the job', () => {
  it.each<[string, Context, Found]>([
    ['Are you in a union?', 'question', [['question-trade-union', 'Are you in a union', 0]]],
    ['Is she a member of the trade union?', 'email', [['question-trade-union', 'Is she a member of the trade union', 0]]],
    ['We passed on him because of his union activities.', 'email', [['question-trade-union', 'his union activities', 28]]],
    [
      'Jobs are open only to people who are not members of a trade union.',
      'advert',
      [['question-trade-union', 'only to people who are not members of a trade union', 14]],
    ],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each([
    'You can bring a trade union representative to the meeting.',
    'We work closely with our trade unions.',
    'Staff get paid time off for trade union duties and activities.',
  ])('leaves a representative, partnership working and facility time: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a rule on hair, tattoos, shoes, make-up or the colour of headwear', () => {
  it.each<[string, Context, Found]>([
    ['Staff must have no visible tattoos.', 'advert', [['body-art-banned', 'no visible tattoos', 16]]],
    ['Hair must not fall below the collar.', 'advert', [['grooming-rule', 'Hair must not fall below the collar', 0]]],
    ['Female staff must wear heels on reception.', 'advert', [['grooming-rule', 'Female staff must wear heels', 0]]],
    ['Make-up must match the approved shades.', 'advert', [['grooming-rule', 'Make-up must match', 0]]],
    ['Her braids will need to be cut off before she starts.', 'email', [['grooming-rule', 'braids will need to be cut off', 4]]],
    ['We turned her down because of her natural hair.', 'email', [['grooming-rule', 'because of her natural hair', 19]]],
    ['Could she change the colour of her turban?', 'email', [['grooming-rule', 'change the colour of her turban', 10]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Long hair must be tied back for infection control.', 'advert'],
    ['Flat, closed-toe shoes must be worn on the ward.', 'advert'],
    ['We will agree alternatives for religious or cultural dress.', 'advert'],
    ['A patient with dreadlocks asked for a hair wash.', 'email'],
  ])('leaves infection control, safe shoes, a fair offer and a patient: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('the menopause asked about or held against a woman', () => {
  it.each<[string, Context, Found]>([
    ['Are you perimenopausal?', 'question', [['question-health', 'Are you perimenopausal', 0]]],
    ['Is she going through the menopause?', 'email', [['question-health', 'Is she going through the menopause', 0]]],
    ['Has she hit the menopause yet?', 'email', [['question-health', 'Has she hit the menopause', 0]]],
    ['He said she must be in her menopause.', 'email', [['age-judged', 'must be in her menopause', 12]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['If you are going through the menopause, you can ask for a fan.', 'email'],
    ['Is anyone going through the changes to the rota?', 'email'],
    ['Staff in the menopause can ask for adjustments.', 'email'],
    ['Are you on the menopause support group list?', 'question'],
    ['Remember that the menopause is a natural stage of life.', 'email'],
  ])('leaves support offered, rota changes and a stage of life named as natural: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
  it('still flags a stage of life held against a person', () => {
    expect(read('At his stage of life he would not stay long.', 'email')).toEqual([
      ['age-stage-of-life', 'stage of life', 7],
      ['age-stage-of-life', 'would not stay long', 24],
    ]);
  });
});

describe('a name made English, an accent to be changed, sex at birth asked', () => {
  it.each<[string, Context, Found]>([
    ['Could you make your name more English for the phones?', 'email', [['name-judged', 'make your name more English', 10]]],
    ['Pick a more anglicised name for emails.', 'email', [['name-judged', 'a more anglicised name', 5]]],
    ['Please change your name while at work.', 'email', [['name-judged', 'change your name while at work', 7]]],
    ['She should sound more southern on the phone.', 'email', [['accent', 'sound more southern', 11]]],
    ['Which sex were you assigned at birth?', 'question', [['question-orientation', 'Which sex were you assigned at birth', 0]]],
    ['You misrepresented yourself as a man at interview.', 'email', [['question-orientation', 'You misrepresented yourself as a man', 0]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['The alarm should sound more often.', 'email'],
    ['Equality monitoring: is your gender the same as the sex you were registered at birth? (optional)', 'question'],
  ])('leaves an alarm and the monitoring question: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('age said of a person by a name or a look', () => {
  it.each<[string, Found]>([
    ["Honestly, he's a bit of an old fogey.", [['age-idioms', 'old fogey', 27]]],
    ['Our new receptionist is a stroppy teenager.', [['age-idioms', 'stroppy teenager', 26]]],
    ["You're a dinosaur with computers.", [['age-idioms', "You're a dinosaur", 0]]],
    ["She doesn't look her age.", [['age-idioms', "doesn't look her age", 4]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it('leaves a dinosaur on the children’s ward', () => {
    expect(read("The children's ward has a dinosaur mural.", 'email')).toEqual([]);
  });
});

describe('a lawful condition of an offer and a known abbreviation', () => {
  it('leaves a health questionnaire named as a condition of employment', () => {
    expect(read('Conditions of employment include a completed health questionnaire and references.', 'email')).toEqual([]);
  });
  it('still flags a health questionnaire brought to interview', () => {
    expect(read('Please bring your completed health questionnaire to the interview.', 'advert')).toEqual([
      ['health-questionnaire', 'health questionnaire', 28],
    ]);
  });
  it('reads MoT as known', () => {
    expect(read('You will need a valid MoT for your car.', 'advert')).toEqual([]);
  });
});

describe('where someone comes from asked with "come"', () => {
  it.each<[string, Found]>([
    ['Does he come from abroad?', [['question-nationality', 'Does he come from abroad', 0]]],
    ['Do you originally come from overseas?', [['question-nationality', 'Do you originally come from overseas', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it.each(['Do you come from the Leeds office?', 'Do you come from a nursing background?'])('leaves an office and a background: %j', (text) => {
    expect(read(text, 'question')).toEqual([]);
  });
});

describe('a condition called an excuse or a sticking point', () => {
  it.each<[string, Found]>([
    ['He keeps making excuses about his epilepsy.', [['condition-doubted', 'making excuses about his epilepsy', 9]]],
    ['Her asthma is a sticking point for us.', [['condition-doubted', 'asthma is a sticking point', 4]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'Please excuse the delay; she has been off with anxiety and we have agreed support.',
    'Parking is the sticking point for most candidates.',
  ])('leaves an apology with support agreed and a car park: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('pay or grade tied to age', () => {
  it.each<[string, Context, Found]>([
    ['Salary depends on your age.', 'advert', [['pay-by-age', 'Salary depends on your age', 0]]],
    ['Staff are graded according to their age.', 'advert', [['pay-by-age', 'graded according to their age', 10]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['Apprentices are paid according to their age under the national minimum wage.', 'advert'],
    ['Pay is set by the band, not by their age.', 'advert'],
  ])('leaves minimum wage bands and a refusal: %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('promotion held back for full-time hours', () => {
  it.each<[string, Context, Found]>([
    ['Would you go back to full-time hours once you are promoted?', 'question', [['full-time-only', 'go back to full-time hours once you are promoted', 10]]],
    ['Part-timers must return to full time hours for a promotion.', 'email', [['full-time-only', 'return to full time hours for a promotion', 17]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it('leaves the hours after a phased return', () => {
    expect(read('After your phased return you will go back to normal hours.', 'email')).toEqual([]);
  });
});

describe('a post filled informally or made for one person', () => {
  it.each<[string, Found]>([
    ['The post was created specifically for him.', [['informal-appointment', 'post was created specifically for him', 4]]],
    ['We gave her the role without advertising.', [['informal-appointment', 'gave her the role without advertising', 3]]],
    ['I tapped her on the shoulder for the acting-up post.', [['informal-appointment', 'tapped her on the shoulder for the acting-up post', 2]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each([
    'The role was created for the new stroke unit.',
    'Tap the patient on the shoulder to wake them.',
    'We will interview every shortlisted applicant.',
  ])('leaves a new unit, a patient and a fair interview: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a past condition asked about with "suffered from" or "diagnosed with"', () => {
  it.each<[string, Found]>([
    ['Have you ever suffered from stress?', [['question-health', 'Have you ever suffered from stress', 0]]],
    ['Have you been diagnosed with anything we should know about?', [['question-health', 'Have you been diagnosed with', 0]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'question')).toEqual(expected);
  });
  it('leaves colleagues supported through a diagnosis', () => {
    expect(read('Have you supported colleagues who have been diagnosed with cancer?', 'question')).toEqual([]);
  });
});

describe('spells of sickness counted on an application form', () => {
  it('flags the spells a candidate has had', () => {
    expect(read('Tell us how many periods of absence she has had.', 'email')).toEqual([
      ['absence-asked', 'how many periods of absence she has had', 8],
    ]);
  });
  it.each([
    'How many episodes of absence were recorded on the ward last year?',
    'We audit how many periods of sickness absence the ward has each quarter.',
  ])('leaves a ward audit: %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
});
