import { describe, expect, it } from 'vitest';
import { type Context, type Found, read } from './read-findings';

// Round 32, the study slice's families after fresh31 joined it (engine-87): class judged in panel
// notes, an age read off "a woman of her age", a balance of ages kept, strong religious views barred,
// a birthplace praised for sparing a visa, applicants screened out for needing sponsorship, remarks on
// an accent reported rather than made, "Oxbridge" beside a hospital, a reply to an applicant about
// her children, applicants prioritised by their family and "consider a man". Every case is new
// wording, with a near sentence that stays quiet.

describe('a candidate judged by class or schooling', () => {
  it('flags the schooling and the manner', () => {
    expect(read('Good clinical answers. State school type, rough round the edges; not one for the Board yet.', 'email')).toEqual([
      ['class-school-type', 'State school type', 23],
      ['class-judged', 'rough round the edges', 42],
    ]);
  });
  it('leaves a building described the same way', () => {
    expect(read('The old clinic building is a bit rough around the edges, but the team is lovely.', 'advert')).toEqual([]);
  });
});

describe('an age read off "a man of his age"', () => {
  it('flags it', () => {
    expect(read('For a man of his age he picked up the new rota software quickly.', 'email')).toEqual([['age-idioms', 'For a man of his age', 0]]);
  });
  it('leaves patients of an age group', () => {
    expect(read('She sees patients of her age group.', 'email')).toEqual([]);
  });
});

describe('a balance of ages kept on a team', () => {
  it('flags it', () => {
    expect(read('Bring your passport, as the partners want to keep a good spread of ages on the front desk.', 'email')).toEqual([
      ['age-team-match', 'keep a good spread of ages', 45],
    ]);
  });
  it('leaves the ages of patients', () => {
    expect(read('Our patients cover a wide spread of ages.', 'advert')).toEqual([]);
  });
});

describe('religious views barred', () => {
  it('flags a bar on holding them', () => {
    expect(read('Applicants must not hold strongly held religious views about contraception.', 'advert')).toEqual([
      ['faith-views-barred', 'strongly held religious views', 25],
    ]);
  });
  it('leaves respect for them', () => {
    expect(read('We respect the religious views of every member of staff.', 'advert')).toEqual([]);
  });
});

describe('a birthplace praised for sparing a visa, and applicants screened out for sponsorship', () => {
  it.each<[string, Found]>([
    ['Second candidate: UK-born, so no sponsorship needed.', [['nationality-required', 'UK-born', 18]]],
    ['I have filtered out applicants who require visa sponsorship, as agreed.', [['visa-holders-refused', 'applicants who require visa sponsorship', 20]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each<[string, Context]>([
    ['She is UK-born and trained in Leeds.', 'email'],
    ['If you require sponsorship, the Trust is a licensed sponsor and you can apply.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('remarks on an accent or a name reported, not made', () => {
  it.each([
    'In her grievance she said a porter mimicked her accent every shift.',
    'He told HR that colleagues made fun of his accent.',
    'She said that patients had made comments on her accent and her name, which she found wearing.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('flags the writer’s own remark', () => {
    expect(read('Her accent is very strong, so I would not put her on the phones.', 'email')).toEqual([['accent', 'accent', 4]]);
  });
});

describe('"Oxbridge" beside a hospital', () => {
  it('flags the university named of a candidate', () => {
    expect(read('Oxbridge and a big teaching hospital, which the chair liked.', 'email')).toEqual([['elite-university', 'Oxbridge', 0]]);
  });
  it('leaves a university hospital', () => {
    expect(read('She trained at a top university hospital.', 'email')).toEqual([]);
  });
});

describe('a reply to an applicant about her children', () => {
  it('flags the doubt', () => {
    expect(read('Thank you for your request. With two toddlers at home I think you would struggle with our on-call.', 'email')).toEqual([
      ['family-judged', 'toddlers at home I think you would struggle', 37],
    ]);
  });
  it('leaves help offered', () => {
    expect(read('Thank you for your request. With two toddlers at home you may find our nursery scheme useful.', 'email')).toEqual([]);
  });
});

describe('applicants prioritised by their family, and a man considered', () => {
  it.each<[string, Found]>([
    ['The partners want to prioritise applicants who have finished their family.', [['family-judged', 'prioritise applicants who have finished their family', 21]]],
    ['Given the rota, let’s consider a man this time.', [['sex-preferred', 'man', 33]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'email')).toEqual(expected);
  });
  it.each(['We prioritise patients who have young children for the flu clinic.', 'Please consider a female chaperone for intimate examinations.'])(
    'leaves %j',
    (text) => {
      expect(read(text, 'email')).toEqual([]);
    },
  );
});

describe('a leader judged by manner in notes', () => {
  it('flags "not a born leader" said of a candidate', () => {
    expect(read('Kind and organised, but she’s not a born leader.', 'email')).toEqual([['demeanour-judged', 'not a born leader', 30]]);
  });
  it('leaves a general remark about leaders', () => {
    expect(read('Not everyone is a natural leader, and the course will help.', 'email')).toEqual([]);
  });
});

describe('"one of us" closing a list of remarks in notes', () => {
  it('flags it after a comma', () => {
    expect(read('Good interview, one of us.', 'email')).toEqual([['affinity', 'one of us', 16]]);
  });
  it.each(['Please call one of us.', 'If you need anything, one of us will help.'])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('an abbreviation glossed where it is used', () => {
  it.each([
    '- Refer on to IAPT (now NHS Talking Therapies) where suitable.',
    '- Leases are accounted for under IFRS 16 (the leasing standard).',
    'SystmOne is our clinical record system, and EMIS is the record the hub uses.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert')).toEqual([]);
  });
  it.each<[string, Found]>([
    ['You will see IAPT (now and then) on the referral list.', [['unexpanded-acronym', 'IAPT', 13]]],
    ['Run the pharmacy to the CPCF, the Human Medicines Regulations and our policies.', [['unexpanded-acronym', 'CPCF', 24]]],
  ])('still flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
});
