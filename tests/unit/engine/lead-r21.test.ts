import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 21 (lead): each kind in other words than the set that showed it.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

/** The findings of one rule, as [rule, text, start]. */
const of = (rule: string, text: string, context: 'email' | 'advert' = 'email') => read(text, context).filter(([id]) => id === rule);

describe('an item listed under a request to the reader ("Please bring:") is asked of them', () => {
  it('reads sickness and childcare asked in an invitation, whatever nouns the item holds', () => {
    const text =
      'Dear Ms Adeyemi,\n\nPlease send us before the day:\n- your signed occupational health form, with a note of any sickness absence in the past year\n- details of your childcare, since the clinic runs late on Tuesdays\n';
    expect(of('attendance-record', text)).toEqual([['attendance-record', 'sickness absence in the past', text.indexOf('sickness absence in the past')]]);
    expect(of('caring-responsibilities', text)).toEqual([['caring-responsibilities', 'childcare', text.indexOf('childcare,')]]);
  });
  it('leaves an item that says something of its own subject', () => {
    const text = 'Please provide:\n- an interpreter if needed, as some of our patients are elderly\n';
    expect(read(text).filter(([id]) => id.startsWith('age-'))).toEqual([]);
  });
  it('reads a polite request as asked of the reader, unless its noun has a verb of its own', () => {
    const asked = 'Kindly complete the staff health form, including any sickness absence in the last three years.';
    expect(of('attendance-record', asked)).toEqual([['attendance-record', 'sickness absence in the last', asked.indexOf('sickness absence in the last')]]);
    expect(read('Please remember our patients are often elderly and frail.', 'advert')).toEqual([]);
    expect(read('Please note that patients may be young and vulnerable.', 'advert')).toEqual([]);
  });
});

describe('someone asked of an agency or HR is the hire', () => {
  it.each([
    ['Could you supply us a nurse whose mother tongue is English?', 'first-language', 'mother tongue'],
    ['Please send someone whose first language is English for the Saturday clinic.', 'first-language', 'first language is English'],
    ['Native speakers only please, or at the very least someone whose mother tongue is English.', 'first-language', 'mother tongue'],
    ['Can you find me a porter who is young and strong?', 'age-young', 'young'],
  ])('flags %j', (text, rule, match) => {
    expect(of(rule, text)).toEqual([[rule, match, text.indexOf(match)]]);
  });
  it.each([
    'Please send patients who are elderly straight to the fracture clinic.',
    'Please send the leaflets to families whose first language is not English.',
    'Can you find out if the ex-Navy lad is still interested?',
  ])('leaves patients, leaflets and a question about a candidate %j', (text) => {
    expect(read(text).filter(([id]) => id === 'first-language' || id === 'age-older' || id === 'staff-called-girls')).toEqual([]);
  });
});

describe('a trait after a comma in a list of adjectives for the hire', () => {
  it('reads each adjective of "a forceful, headstrong planner" as the hire\'s', () => {
    const text = 'We want a forceful, headstrong planner for the winter programme.';
    expect(of('masculine-headstrong', text, 'advert')).toEqual([['masculine-headstrong', 'headstrong', text.indexOf('headstrong')]]);
  });
  it('leaves an instruction that opens a line', () => {
    expect(of('masculine-lead', 'Key tasks:\n- Lead, coach and develop the reception team.', 'advert')).toEqual([]);
  });
});

describe('photos of whoever an agency puts forward', () => {
  it('flags the request', () => {
    const text = "Before I book anyone, could you email pictures of whoever you're sending?";
    expect(of('photo-of-applicant', text)).toEqual([['photo-of-applicant', 'pictures', text.indexOf('pictures')]]);
  });
  it('leaves clinical photographs', () => {
    expect(of('photo-of-applicant', 'Please send photographs of the pressure ulcer to whoever is on call.')).toEqual([]);
  });
});

describe('the work said to be for the young', () => {
  it.each([
    ["Let's be honest, ward nights are a young person's job.", "young person's job"],
    ["Portering has always been a younger man's game.", "younger man's game"],
    ['It is really a role for a younger person.', 'younger person'],
  ])('flags %j', (text, match) => {
    expect(of('age-young-hire', text, 'advert')).toEqual([['age-young-hire', match, text.indexOf(match)]]);
  });
  it.each(["We review the young person's care plan each week.", "You will help with the young person's role in their own recovery plan."])('leaves a patient %j', (text) => {
    expect(read(text, 'advert').filter(([id]) => id.startsWith('age-'))).toEqual([]);
  });
});

describe('overseas qualifications refused after a UK-only demand', () => {
  it('flags the demand when the sentence refuses the route rather than gives it', () => {
    const text = 'UK-trained hygienists only; we cannot accept overseas qualifications.';
    expect(of('uk-only-qualification', text, 'advert')).toEqual([['uk-only-qualification', 'UK-trained', 0]]);
  });
  it('leaves a demand that gives the route', () => {
    expect(of('uk-only-qualification', 'UK-trained, or overseas qualifications the GDC recognises.', 'advert')).toEqual([]);
  });
});

describe('a named candidate asked about marriage', () => {
  it('flags the question', () => {
    const text = 'Quick one before I ring her: is Amira married or settled?';
    expect(of('family-status-screening', text)).toEqual([['family-status-screening', 'is Amira married or settled', text.indexOf('is Amira')]]);
  });
  it('leaves a statement', () => {
    expect(of('family-status-screening', 'Our practice manager is now married and back from leave.')).toEqual([]);
  });
});

describe('a system said to be what it is after a comma', () => {
  it.each(['Scan letters into Docman, our document management software, each morning.', 'Book clinics on TPP, the booking system all our sites use.'])('takes %j as explained', (text) => {
    expect(of('unexpanded-acronym', text, 'advert')).toEqual([]);
  });
  it('still notes a body an aside goes on about', () => {
    const text = 'You will work across the ICS, our partners in health and care.';
    expect(of('unexpanded-acronym', text, 'advert')).toEqual([['unexpanded-acronym', 'ICS', text.indexOf('ICS')]]);
  });
});

describe('things, not people, called active or dominant', () => {
  it.each(['Test active implants and infusion devices before use.', 'Code active problems and past history from old letters.', 'Ask which is the dominant eye before the field test.'])('leaves %j', (text) => {
    expect(read(text, 'advert').filter(([id]) => id.startsWith('masculine-'))).toEqual([]);
  });
  it('still flags the trait', () => {
    const text = 'We want an active problem solver.';
    expect(of('masculine-active', text, 'advert')).toEqual([['masculine-active', 'active', text.indexOf('active')]]);
  });
});

describe('a conjunction with no comma opens a clause of its own', () => {
  it('reads patients described after "as" as patients', () => {
    expect(read('Spoken English matters here since most of our clients are elderly.', 'advert').filter(([id]) => id.startsWith('age-'))).toEqual([]);
  });
  it("reads the hire's trait before it as the hire's", () => {
    const text = 'You must be energetic because the clinic is busy.';
    expect(of('age-energetic', text, 'advert')).toEqual([['age-energetic', 'energetic', text.indexOf('energetic')]]);
  });
  it('reads a phrase after a comma by the sentence, not the clause before', () => {
    const text = "You'll be on your feet from eight until the list is done, no sitting.";
    expect(read(text, 'advert').map(([id]) => id)).toContain('physical-demands');
  });
});
