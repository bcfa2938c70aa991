import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import type { TextKind } from '@/lib/engine/document';

// Round 29, the study slice's misses and flagged traps by family (round 28's fresh28-* first): each
// family in other words than the documents that showed it, with the senses a reviewer would leave alone.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: TextKind = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('"Whoever … his" after a colleague was named', () => {
  it.each([
    ['Ms Hart chairs the board. Whoever gets this job must be across his budget from the first week.', [['generic-pronoun', 'his', 63]]],
    ['Our finance director agreed the terms. Whoever takes the secondment will want to set out his priorities early.', [['generic-pronoun', 'his', 89]]],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it.each([
    'Dr Rees chaired the panel. Whoever we pick must be ready to take over her clinics in June.',
    'Whoever we pick will shadow our practice manager and take on her list.',
    'Mr Obi retires in May. Whoever replaces him will inherit his caseload.',
    'Mr Obi is the clinical lead. Whoever he appoints will start in May.',
  ])('leaves an object, a colleague after "whoever" and a pronoun after "him" or "he" in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a workplace culture called young and fast-paced', () => {
  it.each([
    ['Ours is a young, fast-paced start-up culture where everyone mucks in.', [['age-young-workplace', 'young, fast-paced start-up', 10]]],
    ["We're a young, fast-paced clinic that loves new ideas.", [['age-young-workplace', 'young, fast-paced clinic', 8]]],
    [
      'Our culture is young and fun, and we want someone who will fit right in.',
      [['age-young-workplace', 'Our culture is young and fun', 0], ['culture-fit', 'fit right in', 59]],
    ],
  ])('flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'We serve a young, fast-paced city with a growing student population.',
    'Our surgery is fast-paced and young families make up half the list.',
  ])('leaves a place and patients in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"from abroad" or "overseas" in the reasons a candidate was turned down', () => {
  it.each([
    ['- Candidate 7 not shortlisted: a nurse from overseas, would need a lot of support.', [['trained-abroad-held-against', 'nurse from overseas', 33]]],
    ["I'd rule out the two applicants who studied abroad.", [['trained-abroad-held-against', 'studied abroad', 36]]],
  ])('flags %j', (text, findings) => {
    expect(read(text, 'email')).toEqual(findings);
  });
  it.each([
    '- Candidate 3 (a physio from abroad) shortlisted: strong on every criterion.',
    'We welcome applications from nurses from overseas and offer a full induction.',
  ])('leaves a candidate taken forward and a welcome in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('golf and other pastimes held as a plus', () => {
  it.each([
    ["Decent interview, and he's a golfer, which never hurts with the partners.", 'email', [['background-favoured', 'golfer', 29]]],
    ["She won't mind a round of golf with the practice managers now and then, I'm sure.", 'email', [['background-favoured', 'round of golf', 17]]],
    ['If you play tennis, even better: two of the partners have a court.', 'advert', [['background-favoured', 'play tennis', 7]]],
  ] as const)('flags %j', (text, context, findings) => {
    expect(read(text, context)).toEqual(findings);
  });
  it.each([
    'Where else would you get a round of golf with the partners on a summer evening?',
    'Patients who play golf after a knee replacement are even better placed to recover.',
  ])('leaves a perk offered and patients in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('someone who does not watch the clock', () => {
  it.each([
    ["You'll need to be a nurse who doesn't clock-watch, as the partners often run over.", 'advert', [['unbounded-availability', "doesn't clock-watch", 30]]],
    ["We need someone who'll never watch the clock when the dictation piles up.", 'email', [['unbounded-availability', 'never watch the clock', 23]]],
  ] as const)('flags %j', (text, context, findings) => {
    expect(read(text, context)).toEqual(findings);
  });
  it.each(['Please watch the clock during timed assessments.', 'Patients must not watch the clock during the memory test.'])(
    'leaves timing a task and patients in %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe('capitals that are a name or a notice, not an abbreviation', () => {
  it.each([
    ['Op COURAGE is the NHS mental health service for veterans.', 'advert'],
    ['Operation BRAVE supports staff who are ex-forces.', 'advert'],
    ['**VACANCY ALERT** Two receptionist posts at Hill Surgery', 'email'],
  ] as const)('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
  it('still reads a coded word in capitals in a sentence', () => {
    expect(read('We want someone with COURAGE and drive.')).toEqual([
      ['masculine-courageous', 'COURAGE', 21],
      ['masculine-driven', 'drive', 33],
    ]);
  });
});

describe('a hearing loss noted of a candidate, then how they would hear', () => {
  it.each([
    ['He told us he is profoundly deaf. How would he hear the bleep on nights?', 'email', [['condition-doubted', 'deaf. How would he hear the bleep', 28]]],
    ['3. Sam - hard of hearing. How would she hear the phone on a busy desk?', 'email', [['condition-doubted', 'hard of hearing. How would she hear the phone', 9]]],
    ['Candidate 5 wears hearing aids. How would they hear the phone on a busy desk?', 'email', [['condition-doubted', 'hearing aids. How would they hear the phone', 18]]],
  ] as const)('flags %j', (text, context, findings) => {
    expect(read(text, context)).toEqual(findings);
  });
  it.each([
    ['Lots of our patients are deaf. How would you hear the phone over the noise?', 'email'],
    ['How would you hear the phone when the waiting room is busy?', 'question'],
  ] as const)("leaves patients' deafness and a question asked of everyone in %j", (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('seven days a week on a rota named before it', () => {
  it.each([
    'On the rota, you will have to work seven days a week during the winter months.',
    'As the rota covers every day, staff may need to work 7 days a week at times.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['You must be able to work seven days a week.', [['availability-24-7', 'to work seven days a week', 17]]],
    ['Our rota is fixed. You must be able to work seven days a week.', [['availability-24-7', 'to work seven days a week', 36]]],
  ])('still flags %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
});

describe('fresh ideas beside a word about youth', () => {
  it.each([
    ['We would love a younger physio who can bring fresh ideas to the clinic.', 'advert', [['age-young', 'younger', 16], ['age-fresh-ideas', 'fresh ideas', 45]]],
    ['Ideally a recent graduate with a fresh perspective on primary care.', 'advert', [['age-graduate', 'recent graduate', 10], ['age-fresh-ideas', 'fresh perspective', 33]]],
    ['The partners want fresh thinking, ideally from someone in their twenties.', 'email', [['age-fresh-ideas', 'fresh thinking', 18], ['age-decade', 'in their twenties', 55]]],
  ] as const)('flags %j', (text, context, findings) => {
    expect(read(text, context)).toEqual(findings);
  });
  it.each([
    'We welcome fresh ideas from everyone in the team.',
    "Our young people's service is looking for fresh ideas on outreach.",
    'Our youth club team welcomes fresh ideas from volunteers.',
  ])('leaves ideas from anyone and a service for the young in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a driving licence with its reason or another way', () => {
  it.each([
    'The patches are rural. For that reason a full UK driving licence, or one recognised in the UK, is essential.',
    'A driving licence, or another way of getting to the outlying villages, is needed.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags a bare demand', () => {
    expect(read('A full UK driving licence is essential.')).toEqual([['driving-licence', 'full UK driving licence', 2]]);
  });
});

describe('an older person in an interview case study', () => {
  it.each([
    'At interview we will give you a case study about an older woman who keeps missing her insulin.',
    'The scenario at interview is an elderly man who has fallen twice at home.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('still flags a candidate', () => {
    expect(read("Candidate 4 is an older man, so I doubt he'd stay long.", 'email')).toEqual([['age-older', 'older', 18]]);
  });
});
