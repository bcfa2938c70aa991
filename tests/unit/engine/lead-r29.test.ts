import { describe, expect, it } from 'vitest';
import { missing, read } from './read-findings';
import { analyse } from '@/lib/engine';

// Round 29 (lead, from what the unseen fresh29 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

describe('"no" hyphened into an adjective', () => {
  it('is no negation of what follows', () => {
    expect(read("Honestly she came across as a no-nonsense sort who'd need a thick skin on nights.", 'email')).toEqual([['thick-skin', 'a thick skin', 58]]);
  });
});

describe('a team called young, with a noun before its head', () => {
  it('reads the team, not the therapy, as what is young', () => {
    expect(read('The outpatient physiotherapy team is small, young and lively.')).toEqual([
      ['age-young', 'young', 44],
      ['age-energetic', 'lively', 54],
    ]);
  });
  it('reads a crowd as people', () => {
    expect(read('Our IT support crowd is mostly Gen Z.', 'email')).toEqual([['age-idioms', 'Gen Z', 31]]);
  });
  it('leaves lively talk, which is no person', () => {
    expect(read('The chat at break time gets noisy and lively.', 'email')).toEqual([]);
  });
});

describe('how someone speaks', () => {
  it('flags "well spoken" of a candidate', () => {
    expect(read('Candidate 2 was very well spoken and polished.', 'email')).toEqual([['well-spoken', 'well spoken', 21]]);
  });
  it('flags "proper English" asked for', () => {
    expect(read('Spoken English must be proper English, not slang.')).toEqual([['proper-english', 'proper English', 23]]);
  });
  it('leaves a breakfast', () => {
    expect(read('The cafe does a proper English breakfast on Saturdays.')).toEqual([]);
  });
});

describe('a right-hand man or woman', () => {
  it('offers "right-hand person" for any of them', () => {
    const [finding] = analyse("She'll be the matron's right-hand lady on the ward.", { context: 'advert' }).findings;
    expect([finding?.ruleId, finding?.text, finding?.start, finding?.suggestions[0]?.text]).toEqual(['right-hand-gendered', 'right-hand lady', 23, 'right-hand person']);
  });
});

describe('a panel told to ask about children', () => {
  it('flags how someone would arrange the school run', () => {
    expect(read("Could you check with each applicant how they'd arrange the school run?", 'email')).toEqual([
      ['question-children', "how they'd arrange the school run", 36],
    ]);
  });
  it('flags asking every applicant about their family', () => {
    expect(read('Can you ask every applicant about their family commitments?', 'email')).toEqual([
      ['question-children', 'ask every applicant about their family commitments', 8],
    ]);
  });
});

describe('a pronoun after someone named in the possessive', () => {
  it('still flags the one who will follow them', () => {
    expect(read("Priya's successor will need to know her way round the rota.", 'email')).toEqual([['generic-pronoun', 'her', 36]]);
  });
  it('leaves "she" after "Sunita\'s … post"', () => {
    expect(read("Sunita's Band 6 Physiotherapist post is being redesigned and she has asked for a meeting.", 'email')).toEqual([]);
  });
  it("still flags the post-holder after an organisation's possessive", () => {
    expect(read("The Trust's new Ward Manager will start in May; she will lead the team.", 'email')).toEqual([['generic-pronoun', 'she', 48]]);
  });
});

describe('independent as the scope of practice', () => {
  it('leaves independent visits and clinics', () => {
    expect(read('You will carry out independent home visits across the patch.')).toEqual([]);
  });
});

describe('moods put down to hormones', () => {
  it('flags a note that blames them', () => {
    expect(read('Apologies, I think he was a bit hormonal in that meeting.', 'email')).toEqual([['hormones-blamed', 'a bit hormonal', 26]]);
  });
  it.each([
    'The menopause clinic sees women with hormonal symptoms.',
    'You will treat hormonal and thyroid conditions in the endocrine day unit.',
    'Knowledge of the hormones that regulate sleep is desirable.',
    'Our staff network meets monthly on women’s issues.',
  ])('leaves clinical and network wording: %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('leaves a note of symptoms and the support agreed', () => {
    expect(read('He gets hormonal headaches, so we agreed a quieter desk.', 'email')).toEqual([]);
  });
});

describe('an illness doubted', () => {
  it('flags a note that doubts it', () => {
    expect(read("If you ask me, there's nothing medically wrong with him.", 'email')).toEqual([['illness-doubted', 'nothing medically wrong with him', 23]]);
  });
  it('leaves a test result', () => {
    expect(read('The ECG showed nothing wrong with him.', 'email')).toEqual([['unexpanded-acronym', 'ECG', 4]]);
  });
});

describe('blood as people, and as samples', () => {
  it('flags younger blood wanted', () => {
    expect(read('The practice could use some younger blood on reception.')).toEqual([['age-fresh', 'younger blood', 28]]);
  });
  it('leaves fresh blood samples', () => {
    expect(read('Please label the fresh blood samples before noon.', 'email')).toEqual([]);
  });
  it('leaves a blood sciences laboratory and its analysers', () => {
    expect(read('Our new blood sciences hub opens in spring, with new blood analysers throughout.')).toEqual([]);
  });
});

describe('a record of no sickness, and grooming', () => {
  it('flags "not one sick day" asked for', () => {
    expect(read('Essential: not one sick day in the past two years.')).toEqual([['attendance-record', 'not one sick day', 11]]);
  });
  it('flags grooming asked of staff', () => {
    expect(read('All staff must be nicely groomed.')).toEqual([['appearance-led', 'nicely groomed', 18]]);
  });
});

describe('whole-advert statements said in other ways', () => {
  it('reads pay with a bonus added by "+"', () => {
    expect(missing('Dispenser. £23,000 – £25,000 + bonus. We welcome applications from all backgrounds, offer reasonable adjustments at interview and flexible working.')).toEqual([]);
  });
  it('reads positive action as an equality statement', () => {
    expect(missing(`Care Navigator. £23,500 a year. We particularly want to hear from people under-represented in our team. We will make reasonable adjustments at interview. Flexible working is offered.`)).toEqual([]);
  });
  it('reads workplace adjustments offered as an adjustments statement', () => {
    expect(missing('Porter. £23,615 a year. We will discuss adjustments, such as a seat or shorter shifts. We welcome applications from everyone. Flexible working is offered.')).toEqual([]);
  });
  it('reads a choice of weekly hours as flexible working', () => {
    expect(missing('Receptionist. £23,615 a year, 15, 22.5 or 30 hours a week. We welcome applications from everyone and will make reasonable adjustments at interview.')).toEqual([]);
    expect(missing('Dispenser. £23,615 a year, 20 or 30 hours per week. We welcome applications from everyone and will make reasonable adjustments at interview.')).toEqual([]);
  });
  it('does not read the length of a shift or a wait as a choice of hours', () => {
    expect(missing('Healthcare Assistant. £24,071 a year. Shifts are 7.5 or 11.5 hours long. We welcome applications from everyone and will make reasonable adjustments at interview.')).toEqual(['no-flexible-working-statement']);
    expect(missing('Triage Nurse. £35,000 a year. Calls are returned within 1 or 2 hours. We welcome applications from everyone and will make reasonable adjustments at interview.')).toEqual(['no-flexible-working-statement']);
  });
  it('does not take patients under-represented, or adjustments as a duty, for statements', () => {
    expect(missing('Health Trainer. £26,000 a year. You will reach under-represented groups in the cancer screening programme. We will make reasonable adjustments at interview. Flexible working is offered.')).toEqual(['no-equality-statement']);
    expect(missing('HR Adviser. £32,000 a year. You will advise managers on workplace adjustments. We welcome applications from everyone. Flexible working is offered.')).toEqual(['no-reasonable-adjustments-statement']);
  });
  it('still notes a fixed pattern', () => {
    expect(missing('Receptionist. £23,615 a year, 37.5 hours a week. We welcome applications from everyone and will make reasonable adjustments at interview.')).toEqual(['no-flexible-working-statement']);
  });
});

describe('an age given as the reason a person would leave', () => {
  it('flags "considering his age" and retiring assumed', () => {
    expect(read('Off the record, considering his age he might rather retire than move sites.', 'email')).toEqual([
      ['age-as-reason', 'considering his age', 16],
      ['age-retirement', 'might rather retire', 39],
    ]);
  });
  it('reads "between us" as a confidence, not the organisation', () => {
    expect(read("Between us, given his age he'd probably take the voluntary package.", 'email')).toEqual([['age-as-reason', 'given his age', 12]]);
  });
  it.each([
    'Considering the age of the scanner, we will replace it.',
    'Given her age, the GP referred her to the memory clinic.',
    'Given his age, he qualifies for the flu jab this winter.',
    'Considering her age, the pharmacist halved the starting dose.',
  ])('leaves an age that is no reason about work: %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});
