import { describe, expect, it } from 'vitest';
import { missing, read } from './read-findings';

// Round 30 (lead, from what the unseen fresh30 set showed): each kind in other words than the
// documents that showed it, with the sense left out.

const FAIR = 'We welcome applications from all backgrounds and offer reasonable adjustments at interview.';

describe('flexible working refused, not offered', () => {
  it('reads "No part-time or job shares" as no offer', () => {
    expect(missing(`Dispenser, £24,000 a year. No part-time or job shares, the rota needs full-timers. ${FAIR}`)).toEqual(['no-flexible-working-statement']);
  });
  it('reads "we do not offer" and "cannot consider" before a pattern as no offer', () => {
    expect(missing(`Porter, £24,000 a year. We do not offer job shares on this rota. ${FAIR}`)).toEqual(['no-flexible-working-statement']);
    expect(missing(`Porter, £24,000 a year. We cannot consider part-time hours for this post. ${FAIR}`)).toEqual(['no-flexible-working-statement']);
  });
  it('still reads an offer beside a refusal, a welcome and a condition', () => {
    expect(missing(`Porter, £24,000 a year. We don't mind part-time or full-time. ${FAIR}`)).toEqual([]);
    expect(missing(`Porter, £24,000 a year. No problem with job shares. ${FAIR}`)).toEqual([]);
    expect(missing(`Porter, £24,000 a year. If you cannot work full time, job shares are welcome. ${FAIR}`)).toEqual([]);
    expect(missing(`Porter, £24,000 a year. We don't do fixed rotas – self-rostering is open to all. ${FAIR}`)).toEqual([]);
  });
  it('does not read "salary negotiable" as hours open to talk about', () => {
    expect(missing(`Salaried GP. Salary negotiable, standard model contract. ${FAIR}`)).toEqual(['no-flexible-working-statement', 'no-salary']);
    expect(missing(`Salaried GP, £11,000 a session. Sessions negotiable. ${FAIR}`)).toEqual([]);
  });
});

describe('statements in other words', () => {
  it('reads "equality of opportunity" as an equality statement', () => {
    expect(missing('Band 5, £29,970 a year. Equality of opportunity guides how we recruit. Reasonable adjustments at interview. Flexible working offered.')).toEqual([]);
  });
  it('reads adjustments the reader is asked to name as an adjustments statement', () => {
    expect(missing('Band 3, £24,071 a year. Let us know about any adjustments you need. We value diversity. Job shares welcome.')).toEqual([]);
  });
  it('does not read a refusal across other words, nor "salary is negotiable" as hours', () => {
    expect(missing(`Porter, £24,000 a year. No weekends and part time considered. ${FAIR}`)).toEqual([]);
    expect(missing(`Salaried GP. Salary is negotiable. ${FAIR}`)).toEqual(['no-flexible-working-statement', 'no-salary']);
  });
  it('reads adjustments the reader needs, not adjustments to the rota', () => {
    expect(missing('Band 3, £24,071 a year. Get in touch with the rota team to make adjustments to your shifts. We value diversity. Job shares welcome.')).toEqual([
      'no-reasonable-adjustments-statement',
    ]);
  });
  it('reads a sum in pounds in the heading lines as the pay', () => {
    expect(missing(`Trainee Optometrist\nHigh Street Opticians\n£22,000 while training, then £35,000\n\nJoin us. ${FAIR} Flexible working offered.`)).toEqual([]);
    expect(missing(`Trainee Optometrist\nHigh Street Opticians\n\nJoin us.\nWe raised £20,000 for charity last year. ${FAIR} Flexible working offered.`)).toEqual(['no-salary']);
    // Only a sum opening its line, and only in a text with lines: a relocation package or a paragraph pasted is no pay.
    expect(missing(`Practice Nurse\nRiverside Surgery\nRelocation package of up to £8,000\nFlexible working offered.\n${FAIR}`)).toEqual(['no-salary']);
    expect(missing(`Practice Nurse. Our new £250,000 treatment room opens in May. Flexible working offered. ${FAIR}`)).toEqual(['no-salary']);
  });
});

describe('women said to stay at home', () => {
  it('flags "housewife" in recruitment, not of a patient', () => {
    expect(read('Two of our best porters were housewives until their children left school.')).toEqual([['housewife', 'housewives', 29]]);
    expect(read('The patient, a housewife of sixty, was admitted.')).toEqual([]);
  });
  it('flags a job, role or post said to suit mothers', () => {
    expect(read('Weekday mornings only – the perfect role for mums.')).toEqual([['working-mums', 'perfect role for mums', 28]]);
  });
});

describe('age idioms said as an exclusion or with their negation', () => {
  it('flags "no oldies" as an age group turned away, and a negated "spring chicken"', () => {
    expect(read('For the night shift: no oldies, please.', 'email')).toEqual([['age-group-excluded', 'no oldies', 21]]);
    expect(read('No youngsters, sorry.', 'email')).toEqual([['age-group-excluded', 'No youngsters', 0]]);
    expect(read('She is not exactly a spring chicken, but she is reliable.', 'email')).toEqual([['age-idioms', 'not exactly a spring chicken', 7]]);
  });
  it('flags "set in your ways"', () => {
    expect(read('You may find you are a bit set in your ways for our systems.', 'email')).toEqual([['age-idioms', 'set in your ways', 27]]);
  });
});

describe('madness as a word for busy', () => {
  it('leaves how people in crisis say they feel', () => {
    expect(read('Our crisis team supports people who feel they are going mad.')).toEqual([]);
  });
  it('flags "go mad" and "mental busy"', () => {
    expect(read('The phones go mad every Monday.', 'email')).toEqual([['ableist-slang', 'go mad', 11]]);
    expect(read('We are mental busy with flu jabs.', 'email')).toEqual([['ableist-slang', 'mental busy', 7]]);
  });
});

describe('a group by origin said to need less', () => {
  it('flags two origins joined, with what they are said to need', () => {
    expect(read('Honestly the Ghanaian and Kenyan nurses tend to need less supervision.', 'email')).toEqual([
      ['origin-stereotyped', 'Ghanaian and Kenyan nurses tend to need', 13],
    ]);
  });
  it('leaves support the employer gives', () => {
    expect(read('Overseas nurses always get a buddy and extra support in the first month.', 'email')).toEqual([]);
  });
});

describe('part-timers refused by the verb that takes them on', () => {
  it('flags "cannot do part-timers"', () => {
    expect(read('We cannot do part-timers on nights.', 'email')).toEqual([['working-pattern-refused', 'cannot do part-timers', 3]]);
  });
  it('leaves what part-timers do not do, and a team without them that welcomes them', () => {
    expect(read('Part-timers do not do nights here.', 'email')).toEqual([]);
    expect(read("We don't have any part-time staff yet but we welcome applications for part-time hours.", 'email')).toEqual([]);
  });
});

describe('tattoos', () => {
  it('flags a blanket ban and a remark on how many', () => {
    expect(read('No tattoos or piercings of any kind.')).toEqual([['body-art-banned', 'No tattoos', 0]]);
    expect(read('Lots of tattoos on her hands, not sure the families will like it.', 'email')).toEqual([['appearance-led', 'Lots of tattoos', 0]]);
  });
});

describe('a faith named before "of"', () => {
  it('flags the faith wanted of someone', () => {
    expect(read('We want someone who shares the Catholic ethos of the school nursing team.')).toEqual([['faith-demanded', 'Catholic ethos', 31]]);
  });
  it("leaves an organisation's own values", () => {
    expect(read('The chaplaincy shares the Christian values of its founders.')).toEqual([]);
  });
});

describe('other senses', () => {
  it('flags energy the person has got', () => {
    expect(read("You've got bags of energy and enthusiasm.")).toEqual([['age-energetic', 'bags of energy', 11]]);
  });
  it('leaves a campaign called a drive and a place that gets lively', () => {
    expect(read('Our flu vaccination drive starts in October.', 'email')).toEqual([]);
    expect(read('Weekend clinics can get lively in winter.')).toEqual([]);
  });
  it('leaves a time of day, a script marker, a label in short capitals and a union named by its letters', () => {
    expect(read('Sat AM and Tues PM sessions.', 'email')).toEqual([]);
    expect(read('[INTRO] Welcome to the ward.', 'email')).toEqual([]);
    expect(read('ACP for PICU\n\nYou will join the Paediatric Intensive Care Unit [PICU].')).toEqual([['unexpanded-acronym', 'ACP', 0]]);
    expect(read('END CARD: apply by Friday', 'email')).toEqual([]);
    expect(read('Our GMB and Unison reps can attend.', 'email')).toEqual([]);
  });
  it('leaves one sex asked for in a condition, not one hedged', () => {
    expect(read('If a male chaperone is required for the patient, ask reception.', 'email')).toEqual([]);
    expect(read('If possible, male applicants only.', 'email')).toEqual([['one-sex-advert', 'male applicants only', 13]]);
    expect(read('Only if male: night porter post.', 'email')).toEqual([['one-sex-advert', 'male: night porter', 8]]);
  });
});

describe('work culture in other words', () => {
  it('flags targets called aggressive, not behaviour', () => {
    expect(read('You will hit the aggressive targets set by the Board.')).toEqual([['masculine-aggressive', 'aggressive targets', 17]]);
    expect(read('Experience of managing aggressive behaviour.')).toEqual([]);
  });
  it('flags a post holder asked to join the family, not a family of practices', () => {
    expect(read('We would love someone to join our little family at the surgery.')).toEqual([['like-minded', 'join our little family', 25]]);
    expect(read('Join our family of twelve practices across the county.')).toEqual([]);
    expect(read('Join our family at Riverside Surgery.')).toEqual([]);
    expect(read('Welcome to our family, Sarah!', 'email')).toEqual([]);
  });
});

describe('findings after text that normalising lengthened', () => {
  it('points at the words themselves, not at the start of the text', () => {
    // Each "…" reads as three dots; the words at the end of a long plain run after them keep their places.
    const text = `${'Note… '.repeat(20)}${'and so on '.repeat(50)}We need a young HCA.`;
    expect(read(text)).toEqual([
      ['age-young', 'young', text.indexOf('young')],
      ['unexpanded-acronym', 'HCA', text.indexOf('HCA')],
    ]);
  });
});
