import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 42 (mend-42b): findings of the independent review of engine-126's and engine-127's changes, each
// mended by a general reading. Every case is fresh wording: one that was wrong before, beside the near
// miss that must stay as it was.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('"our ways of working" to be learnt is ordinary; "our ways" alone is still taken on', () => {
  check([
    ['Bank staff will have to pick up our ways of working on the unit.', 'advert', []],
    ['Locums must get used to our ways of work within a week.', 'email', []],
    ['Newcomers need to adopt our ways or they will not last.', 'email', ['culture-fit@10:need to adopt our ways']],
  ]);
});

describe("culture fit as joining a family covers the family's words; a patient's or client's family is not the team", () => {
  check([
    ['Visits must fit in with the family, so call ahead each morning.', 'advert', []],
    ["Care calls should fit in with the client's family and their routine.", 'advert', []],
    ['We hope you will fit straight into the surgery family.', 'advert', ['culture-fit@17:fit straight into the surgery family']],
    ['A nurse who will fit right into our friendly little family.', 'advert', ['culture-fit@17:fit right into our friendly little family']],
    // A name inside the family's words still stops the span before it.
    ['Every starter will fit into our Meadowbank family.', 'advert', ['culture-fit@19:fit into our']],
  ]);
});

describe('whether someone from abroad means to stay in the country is asked of them; staying on a ward, team or shift is a routine question', () => {
  check([
    ['Two of our nurses trained overseas; ask if they plan to stay with the renal team.', 'email', []],
    ['She came from abroad last year. At her review ask whether she wants to stay on days.', 'email', []],
    ['He trained abroad, so ask whether he plans to stay in the UK.', 'email', ['question-nationality@26:whether he plans to stay']],
    ['She is an international recruit; ask if she intends to stay for good.', 'email', ['question-nationality@37:if she intends to stay']],
  ]);
});

describe('an older workforce called a risk, to be made younger; its average age as a figure is no such wish', () => {
  check([
    ['Our ageing workforce is a real risk, and the average age of our practice nurses is 55.', 'email', []],
    ['Our ageing workforce is a real risk, so we must lower the average age.', 'email', ['age-judged@4:ageing workforce is a real risk']],
  ]);
});

describe('a hedge ("I can\'t promise", "can\'t guarantee"), or "can\'t … that" going on with "but", does not turn the request down', () => {
  check([
    ["You also mentioned you'd prefer someone under 35. Sorry, I can't guarantee it, but our bank staff are mostly young.", 'email', ["age-limit@40:under 35", 'age-young@109:young']],
    ["You asked for a male porter. I can't sort on that, but I'll put the male applicants first.", 'email', ['sex-preferred@16:male']],
    // Turned down outright, with or without "but", the request is still not the writer's wording.
    ["You asked for a male porter. I can't sort on that, I'm afraid.", 'email', []],
    ["You asked for a male porter. I can't do that, but I can send you every applicant.", 'email', []],
  ]);
});

describe("an English test is the regulator's requirement only in the same clause, or in brackets or as how it is met after it, or joined to it by 'as'", () => {
  check([
    ['Physiotherapists need IELTS 8 in each band; the HCPC requirement is 7.', 'advert', ['unexpanded-acronym@22:IELTS', 'unexpanded-acronym@48:HCPC']],
    ['Pharmacists must meet the GPhC standard (IELTS 7.0).', 'advert', ['unexpanded-acronym@26:GPhC']],
    ['You must meet the NMC English requirement, shown by OET grade B.', 'advert', ['unexpanded-acronym@18:NMC']],
    ['Radiographers need IELTS 7.0 overall, as the HCPC requires.', 'advert', ['unexpanded-acronym@45:HCPC']],
    ['Radiographers need IELTS 7.5 overall, above the HCPC requirement.', 'advert', ['unexpanded-acronym@19:IELTS', 'unexpanded-acronym@48:HCPC']],
  ]);
});

describe('a report that people from a country were hired only or first is past, not a preference', () => {
  check([
    ['Last winter we hired doctors from Nigeria only.', 'advert', []],
    ['In 2023 the trust appointed 30 nurses from the Philippines first.', 'advert', []],
    ['We want doctors from Nigeria only.', 'advert', ['nationality-preference@8:doctors from Nigeria only']],
  ]);
});
