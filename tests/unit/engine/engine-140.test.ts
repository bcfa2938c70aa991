// Round 45, engine-140: the 24th set of real problem wordings (interview notes, speech and focus demands,
// childcare questions, a sex "by birth", maternity leave refused, schooling). Each reading has fresh cases
// in other words than the probes, with exact findings, and near misses that must stay silent.
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

type Context = 'advert' | 'email';

/** The findings of one rule in a text: [start, end, the words]. */
function found(text: string, context: Context, ruleId: string): [number, number, string][] {
  return analyse(text, { context })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
}

/** Every finding of a text, by rule: a near miss must give none of the rule's. */
const rulesIn = (text: string, context: Context) => analyse(text, { context }).findings.map((f) => f.ruleId);

describe('a speech difference, fidgeting, tics or nerves held against a candidate in notes (condition-doubted)', () => {
  it('flags a stumble over words, fidgeting, tics and "the nervous type" read as a doubt', () => {
    expect(found('Candidate 5 tripped over her words on every question, so I doubt she could handle the switchboard.', 'email', 'condition-doubted')).toEqual([
      [12, 64, 'tripped over her words on every question, so I doubt'],
    ]);
    expect(found('He was fidgety all the way through; not convinced he would manage a full clinic list.', 'email', 'condition-doubted')).toEqual([
      [7, 49, 'fidgety all the way through; not convinced'],
    ]);
    expect(found('She seemed the nervous type, worried she would struggle on nights.', 'email', 'condition-doubted')).toEqual([[15, 36, 'nervous type, worried']]);
    expect(found('He kept twitching and making odd noises, so I am not sure patients would cope.', 'email', 'condition-doubted')).toEqual([
      [8, 57, 'twitching and making odd noises, so I am not sure'],
    ]);
  });

  it.each([
    'The child on bay 4 was fidgety and twitching overnight, so the registrar reviewed him.',
    'She tripped over her words once, then gave a very clear answer on consent.',
    'The old fridge in the staff room makes strange noises; estates are booked.',
    'He could not sit still when we told him he had got the post, which was lovely.',
    'Mum says the boy cannot sit still in class and makes odd noises, so we referred him.',
    'She got her words out slowly at first and then gave the best answer of the day.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'email')).not.toContain('condition-doubted');
  });
});

describe('fluent speech demanded (speech-standard)', () => {
  // Answering or replying without hesitation, and a steady voice, are a call handler's duty, not speech (mend-45a).
  it('flags verbal fluency', () => {
    expect(found('Strong verbal fluency is essential for this switchboard role.', 'advert', 'speech-standard')).toEqual([[7, 21, 'verbal fluency']]);
  });

  it.each([
    'You will help stroke patients rebuild verbal fluency alongside speech and language therapists.',
    'We will raise concerns without hesitation when a patient is at risk.',
    'Please speak to us without hesitation about any adjustments you need.',
    'Fluent Polish or Romanian speakers are welcome to apply.',
    'Speak calmly, with a steady voice, to distressed patients in the waiting room.',
    'Our therapists assess fluent speech and stammering in children.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'advert')).not.toContain('speech-standard');
  });
});

describe('focus for long stretches without breaks demanded (focus-without-breaks)', () => {
  it('flags the demand, whichever verb of attention and length of time', () => {
    expect(found('The post holder must be able to stay focused for long spells without a rest.', 'advert', 'focus-without-breaks')).toEqual([
      [32, 75, 'stay focused for long spells without a rest'],
    ]);
    expect(found('You should be able to concentrate for hours without taking a break.', 'advert', 'focus-without-breaks')).toEqual([
      [22, 66, 'concentrate for hours without taking a break'],
    ]);
  });

  it.each([
    'No one should work for prolonged periods without a break; your rota includes rest breaks.',
    'We know it is difficult to focus for long periods without a break, so clinics are split into sessions.',
    'Young people with ADHD may struggle to concentrate for extended periods without breaks.',
    'You are entitled to a break: nobody is asked to work for lengthy stretches without a rest.',
    'Reasonable adjustments, such as extra breaks, are available if you cannot work for long periods without a break.',
    'You will never be asked to work for long periods without a break.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'advert')).not.toContain('focus-without-breaks');
  });
});

describe('who minds or looks after the children, asked of a candidate (question-children)', () => {
  it('flags the question with any carer verb, child word and possessive', () => {
    expect(found('I asked him who would look after his son during the night shifts.', 'email', 'question-children')).toEqual([[12, 40, 'who would look after his son']]);
    expect(found('Who minds your little ones when you are on call?', 'email', 'question-children')).toEqual([[0, 26, 'Who minds your little ones']]);
  });

  it.each([
    'Who looks after the children on the paediatric ward overnight?',
    'Who will look after the new starters on their first day?',
    'Our creche minds the children of staff on early shifts.',
    'The play specialist looks after your child while you are in theatre.',
    'Who minds the reception desk at lunchtime?',
    'Can you work until 7pm on Thursdays? We ask every candidate the same.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'email')).not.toContain('question-children');
  });
});

describe('one sex demanded "by birth" (one-sex-advert)', () => {
  it('reads a qualifier before the sex as part of the demand', () => {
    expect(found('The successful candidate must be a biological woman.', 'advert', 'one-sex-advert')).toEqual([[25, 51, 'must be a biological woman']]);
    expect(found('Applicants should be genetically male.', 'advert', 'one-sex-advert')).toEqual([[11, 37, 'should be genetically male']]);
  });

  it.each([
    'The post holder must be a biological female, as this is an occupational requirement under Schedule 9 of the Equality Act 2010.',
    'We collect biological sex for monitoring only; the panel never sees it.',
    'You will look after biologically male and female patients on a mixed ward.',
    'Some patients ask to be seen by a clinician of the same biological sex, and we try to arrange it.',
    'We welcome applicants of any sex, and of any gender identity.',
    'The biological sciences degree must be accredited.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'advert')).not.toContain('one-sex-advert');
  });
});

describe('maternity or adoption leave refused for a first period of service (maternity-leave-refused)', () => {
  it('flags the refusal, active or passive', () => {
    expect(found('New starters will not be allowed to take adoption leave within the first year.', 'advert', 'maternity-leave-refused')).toEqual([
      [18, 77, 'not be allowed to take adoption leave within the first year'],
    ]);
    expect(found('Maternity leave may not be taken during your first six months with us.', 'advert', 'maternity-leave-refused')).toEqual([
      [0, 61, 'Maternity leave may not be taken during your first six months'],
    ]);
    expect(found('There is no maternity leave during probation.', 'advert', 'maternity-leave-refused')).toEqual([[9, 44, 'no maternity leave during probation']]);
  });

  it.each([
    'Occupational maternity pay needs 12 months of NHS service, so it is not paid in the first year.',
    'She had no maternity leave in her first year as a registrar, she told us.',
    'Shared parental leave cannot be taken in the first 26 weeks of employment.',
    'Maternity leave can be taken from your first day.',
    'You will not be eligible for enhanced maternity pay within your first 12 months.',
    'This post covers maternity leave during the first half of next year.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'advert')).not.toContain('maternity-leave-refused');
  });
});

describe('a "good school" asked for (class-school-type)', () => {
  it('flags a school of standing as a demand or a note', () => {
    expect(found('Ideally you attended a reputable school and went on to study nursing.', 'advert', 'class-school-type')).toEqual([[12, 39, 'attended a reputable school']]);
    expect(found('A selective school background is preferred.', 'advert', 'class-school-type')).toEqual([[2, 29, 'selective school background']]);
  });

  it.each([
    'Families moving here will find a good school in every village.',
    'Our school nurses visit children who attend a good school and those in alternative provision.',
    'The practice is close to a good school and a leisure centre, ideal for families.',
    'She has a good school nursing background.',
    'Good school attendance matters: our team supports pupils with long-term conditions.',
    'Your child can attend a good school within the catchment.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'advert')).not.toContain('class-school-type');
  });
});

describe('a condition named after a person, capitalised, held against a candidate (condition-doubted)', () => {
  it('reads "Tourettes", "Crohn\'s" and "Parkinson\'s" as conditions, not names', () => {
    expect(found('He has Tourettes, not sure he would cope on reception.', 'email', 'condition-doubted')).toEqual([[7, 26, 'Tourettes, not sure']]);
    expect(found("She disclosed Crohn's, so I doubt she could manage long theatre lists.", 'email', 'condition-doubted')).toEqual([[14, 33, "Crohn's, so I doubt"]]);
  });

  it.each([
    "He has Parkinson's experience from the movement disorders clinic, which is exactly what we need.",
    "She told us she has Crohn's and we have agreed a desk near the toilets.",
    "Our Tourette's clinic runs on Tuesdays, not sure if the room is free.",
    'Mr Crohn from estates will fix the door, not sure when.',
    "Dr Parkinson's referral letter arrived, not sure who it is for.",
    'Alex mentioned his Tourettes at interview and answered every question well.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'email')).not.toContain('condition-doubted');
  });
});

describe('social class read off a voice or an estate (class-judged)', () => {
  it('flags a note with no subject and an estate held against someone', () => {
    expect(found('Seemed a bit posh for our front desk.', 'email', 'class-judged')).toEqual([[0, 17, 'Seemed a bit posh']]);
    expect(found('Sounded very common on the phone.', 'email', 'class-judged')).toEqual([[0, 19, 'Sounded very common']]);
    expect(found('He is from a rough estate, so I would not put him on reception.', 'email', 'class-judged')).toEqual([[6, 25, 'from a rough estate']]);
    expect(found('Talks like he is off an estate.', 'email', 'class-judged')).toEqual([[0, 30, 'Talks like he is off an estate']]);
  });

  it.each([
    'Seems common in this age group, according to the audit.',
    'Seemed common sense to book the room early.',
    'Sounds posh, but the food is fine.',
    'Many of our patients live on a council estate.',
    'Staff parking is off the estate road.',
    'Sounded common enough as a question that we added it to the FAQ.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'email')).not.toContain('class-judged');
  });
});

describe('years spent raising a family held against a candidate (family-judged)', () => {
  it('reads "raising her family" and "bringing up his kids" as family life', () => {
    expect(found('She took eight years out raising her family, so I doubt she is up to date.', 'email', 'family-judged')).toEqual([
      [25, 55, 'raising her family, so I doubt'],
    ]);
    expect(found('He spent six years bringing up his kids; not convinced he is up to date.', 'email', 'family-judged')).toEqual([
      [19, 54, 'bringing up his kids; not convinced'],
    ]);
  });

  it.each([
    'She mentioned she raised her children in Kenya, and her clinical answers were excellent.',
    "She said she was brought up by her grandmother, which explains her interest in older people's care.",
    'Our health visitors support parents raising their children in temporary housing.',
    'He was brought up in Hull and trained in Sheffield.',
    'Raising their families here, many staff value our flexible rota.',
    'She spent years raising funds for the hospice.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'email')).not.toContain('family-judged');
  });
});

describe('a race read off looks or a "native" manner of speech, and locs banned in a list (origin-outlook, native-english, grooming-rule)', () => {
  it('flags a Western or European appearance, speaking like a native and locs listed after tattoos', () => {
    expect(found('Applicants should be of smart Western appearance.', 'advert', 'origin-appearance')).toEqual([[30, 48, 'Western appearance']]);
    expect(found('A European appearance is preferred for this front-of-house role.', 'advert', 'origin-appearance')).toEqual([[2, 21, 'European appearance']]);
    expect(found('Must be able to communicate like a native.', 'advert', 'native-english')).toEqual([[16, 41, 'communicate like a native']]);
    expect(found('Applicants must be clean-living with no tattoos or dreadlocks.', 'advert', 'grooming-rule')).toEqual([[37, 61, 'no tattoos or dreadlocks']]);
  });

  it.each([
    'Our patients come from many communities, and some prefer Western dress for staff.',
    'The dermatology team sees patients with Caucasian and darker complexions.',
    'He went native on his gap year, he says.',
    'British features are explored in the history module of the course.',
    'Our garden is maintained like a native woodland.',
    'No tattoos or piercings may be visible in theatre, for infection control.',
  ])('stays silent on %s', (text) => {
    const rules = rulesIn(text, 'advert');
    expect(rules).not.toContain('origin-outlook');
    expect(rules).not.toContain('origin-appearance');
    expect(rules).not.toContain('native-english');
    expect(rules).not.toContain('grooming-rule');
  });
});

describe('freedom from long-term conditions demanded (health-requirement)', () => {
  it('flags "free of / from any or all" long-term, chronic or ongoing conditions', () => {
    expect(found('Applicants must be free from all chronic medical conditions.', 'advert', 'health-requirement')).toEqual([[19, 59, 'free from all chronic medical conditions']]);
  });

  it.each([
    'We help patients stay free of any long-term health problems through early screening.',
    'Nobody needs to be free of any long-term health conditions to apply: we make reasonable adjustments.',
    'Our service keeps children free from ongoing conditions where it can.',
    'The clinic is free of all charges for patients with long-term conditions.',
    'Many of our staff live with long-term conditions, and we support them.',
    'You will help service users live free from ongoing health problems.',
  ])('stays silent on %s', (text) => {
    expect(rulesIn(text, 'advert')).not.toContain('health-requirement');
  });
});
