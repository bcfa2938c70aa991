import { describe, expect, it } from 'vitest';
import { read } from './read-findings';
import { analyse } from '@/lib/engine';

// Round 29 (lead, from what the unseen fresh29 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

/** The whole-advert findings of a text, by rule. */
function missing(text: string): string[] {
  return analyse(text, { context: 'advert', minWordsForStatements: 0 }).document.map((d) => d.ruleId);
}

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
    expect(read('Candidate 2 was very well spoken and polished.', 'email')).toEqual([['accent', 'well spoken', 21]]);
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
    expect(read('Apologies, I think he was a bit hormonal in that meeting.', 'email')).toEqual([['hormones-blamed', 'hormonal', 32]]);
  });
  it('leaves symptoms a clinic treats', () => {
    expect(read('The menopause clinic sees women with hormonal symptoms.')).toEqual([]);
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
  });
  it('still notes a fixed pattern', () => {
    expect(missing('Receptionist. £23,615 a year, 37.5 hours a week. We welcome applications from everyone and will make reasonable adjustments at interview.')).toEqual(['no-flexible-working-statement']);
  });
});

describe('an age given as the reason a person would leave', () => {
  it('flags "considering his age" and retiring assumed', () => {
    expect(read('Off the record, considering his age he might rather retire than move sites.', 'email')).toEqual([
      ['age-retirement', 'considering his age', 16],
      ['age-retirement', 'might rather retire', 39],
    ]);
  });
  it('reads "between us" as a confidence, not the organisation', () => {
    expect(read("Between us, given his age he'd probably take the voluntary package.", 'email')).toEqual([['age-retirement', 'given his age', 12]]);
  });
  it("leaves a scanner's age", () => {
    expect(read('Considering the age of the scanner, we will replace it.', 'email')).toEqual([]);
  });
});
