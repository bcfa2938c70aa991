import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 28 (lead, from what the unseen fresh28 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

describe('"objective" as a numbered goal', () => {
  it('leaves an appraisal objective by its number', () => {
    expect(read('Appraisal summary: good progress, and objective 3 is carried over to next year.', 'email')).toEqual([]);
  });
  it('still notes the trait', () => {
    expect(read('You will need to stay objective when patients complain.')).toEqual([['masculine-objective', 'objective', 22]]);
  });
});

describe('people without children given the shifts, with parents named in another clause', () => {
  it('flags the clause that picks people by having no children', () => {
    expect(read('Honestly, anyone without children can take the bank holidays - the parents had them last time.', 'email')).toEqual([
      ['family-status-requirement', 'without children', 17],
    ]);
  });
  it('leaves a service for families, in the same clause', () => {
    expect(read('We run a drop-in for families without children under five, and for parents too.')).toEqual([]);
  });
});

describe('always available, whoever it is for', () => {
  it('flags the demand on staff though patients are named', () => {
    expect(read('The duty manager must be contactable round the clock for our patients.')).toEqual([['availability-demanded', 'must be contactable round the clock', 17]]);
  });
  it('leaves a service patients can reach', () => {
    expect(read('Patients can contact the crisis line round the clock.')).toEqual([]);
  });
});

describe('staff called girls, ladies or lads', () => {
  it('reads an e-mail turning to its readers as staff', () => {
    expect(read('Folks are doing well. Ladies, could you all check the fridge log before Friday?', 'email')).toEqual([['staff-called-girls', 'Ladies', 22]]);
  });
  it('leaves a list of people welcome', () => {
    expect(read('Ladies, gentlemen and carers are all welcome at the open evening.', 'email')).toEqual([]);
  });
  it('reads a hospital department as a workplace', () => {
    expect(read('We have some brilliant lads in radiology as well.', 'email')).toEqual([['staff-called-girls', 'lads', 23]]);
  });
});

describe('a licence with its reason before it', () => {
  it('leaves "as you\'ll be covering…"', () => {
    expect(read("As you'll be covering three branch surgeries, a full driving licence is needed.")).toEqual([]);
  });
});

describe('a faith practice offered for, not held against', () => {
  it('leaves a swap offered "if they want"', () => {
    expect(read("For Diwali week I'll let anyone celebrating swap shifts if they want.", 'email')).toEqual([]);
  });
  it('still flags a doubt about a faith', () => {
    expect(read("She's a Hindu, so I doubt she'd want to work Diwali.", 'email')).toEqual([['faith-judged', 'Hindu', 8]]);
  });
  it('flags a faith that bars the post', () => {
    expect(read('Saturdays are part of the rota - if your religion stops you working Saturdays, the post is not for you.')).toEqual([
      ['faith-bars-post', 'if your religion stops', 33],
    ]);
  });
  it('leaves a rota planned around a faith', () => {
    expect(read('If your faith means you need to leave early on Fridays, tell us and we will plan the rota around it.')).toEqual([]);
  });
});

describe('age named by a generation or an insult', () => {
  it('flags "of that generation" judged', () => {
    expect(read("He's of that generation, so he may struggle with the new app.", 'email')).toEqual([
      ['age-judged', 'that generation', 8],
      ['age-new-tech-doubted', 'struggle with the new app', 35],
    ]);
  });
  it('flags "old duffers"', () => {
    expect(read("Two old duffers in the back office who won't learn the new system.", 'email')).toEqual([
      ['age-idioms', 'old duffers', 4],
      ['age-new-tech-doubted', "won't learn the new system", 39],
    ]);
  });
});

describe('going off sick held against people', () => {
  it('flags wanting someone who will not go off sick', () => {
    expect(read("We need someone who won't go off sick every other week.")).toEqual([['sickness-expected', "who won't go off sick", 16]]);
  });
  it('flags a group said to go off sick', () => {
    expect(read("Don't put the older ones on nights, they tend to go off sick.", 'email')).toEqual([
      ['age-older', 'older', 14],
      ['sickness-expected', 'they tend to go off sick', 36],
    ]);
  });
  it('leaves the sickness procedure', () => {
    expect(read('Anyone who goes off sick should phone the ward before 8am.')).toEqual([]);
  });
});

describe('origin asked of people the reader is told to ask', () => {
  it('flags "ask where they\'re from"', () => {
    expect(read("If a candidate has a strong accent, ask where they're from.", 'email')).toEqual([
      ['accent', 'strong accent', 21],
      ['question-nationality', "where they're from", 40],
    ]);
  });
  it('leaves a refusal to ask', () => {
    expect(read('We never ask where they are from.', 'email')).toEqual([]);
  });
});

describe('gaps in a CV judged', () => {
  it('flags gaps that make the writer nervous', () => {
    expect(read('Candidate B: several gaps in her CV, which made me nervous.', 'email')).toEqual([['gap-judged', 'gaps in her CV', 21]]);
  });
  it('leaves asking every applicant to explain gaps', () => {
    expect(read('Please explain any gaps in your CV on the form.')).toEqual([]);
  });
});

describe('health and retirement in a note to the person themselves', () => {
  it('leaves a health form before the start of work', () => {
    expect(
      read(
        'The health form helps us check whether you need any adjustments before you start work; nothing in it affects your offer unless it shows a risk we cannot manage.',
        'email',
      ),
    ).toEqual([]);
  });
  it('leaves retiring and coming back', () => {
    expect(read('Thanks for telling me you are thinking of retiring in June and coming back on the bank.', 'email')).toEqual([]);
  });
  it('still flags asking about retirement plans', () => {
    expect(read('Is he thinking of retiring soon?', 'email')).toEqual([['age-retirement', 'thinking of retiring', 6]]);
  });
});

describe('natural hairstyles banned', () => {
  it('flags a ban on braids or locs', () => {
    expect(read('Staff rules: no cornrows or twists at work.')).toEqual([['grooming-rule', 'no cornrows or twists', 13]]);
  });
  it('flags a hairstyle called unprofessional', () => {
    expect(read('Cornrows look unprofessional on reception.')).toEqual([['grooming-rule', 'Cornrows look unprofessional', 0]]);
  });
  it('leaves hair tied back for infection control', () => {
    expect(read('Braids are fine if tied back for infection control.')).toEqual([]);
  });
});

describe('review of round 28: the lead\'s readings kept to their sense', () => {
  it('leaves sickness rules stated to staff', () => {
    expect(read('Long periods of sickness will not affect your pay progression.')).toEqual([]);
  });
  it('leaves a service for couples without children', () => {
    expect(read('Our fertility clinic sees couples without children, and parents hoping for a second child.')).toEqual([]);
  });
  it('still flags a pre-application health questionnaire beside "before you start your application"', () => {
    expect(read('All applicants must return a health questionnaire with the form. Read the notes before you start your application.')).toEqual([
      ['health-questionnaire', 'health questionnaire', 29],
    ]);
  });
  it('leaves asking visitors or agency staff where they are from', () => {
    expect(read("When agency staff arrive, ask where they're from and sign them in.", 'email')).toEqual([]);
  });
  it('leaves a faith whose days the rota is planned around', () => {
    expect(read("If your faith means you can't work on Saturdays, please tell us and we will plan the rota around it.")).toEqual([]);
  });
  it('leaves a clinician available to patients', () => {
    expect(read('Patients have round-the-clock access to a senior clinician, available 24/7.')).toEqual([]);
  });
  it('still flags a licence demanded "as you are aware"', () => {
    expect(read('A full driving licence is essential, as you are aware.')).toEqual([['driving-licence', 'full driving licence', 2]]);
  });
});
