import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 43 (engine-131): the misses fresh42 left in the study slice and others of their families, each read
// by a general rule. Every case is fresh wording, beside near-misses that must not flag.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a band states the pay in the heading or a pay line, unless the figure is said to be withheld', () => {
  const body =
    '\nWe are looking for an occupational therapist to join our falls prevention service. You will visit people at home, assess their homes and routines, and plan support with them and their families. You will work with physiotherapists, nurses and social workers across the borough, with regular supervision, protected time for training and a car provided for visits.';
  const salary = (head: string, tail = '') => analyse(head + body + tail, { context: 'advert' }).document.some((d) => d.ruleId === 'no-salary');
  it.each([
    ['Occupational Therapist (Band 5)\nKestrel Community Services\nPermanent\nFull time', '\nSalary: negotiable for the right person.'],
    ['Occupational Therapist\nKestrel Community Services\nPermanent\nFull time', '\nPay: Band 5, remuneration on request.'],
    ['Occupational Therapist\nKestrel Community Services\nPermanent\nFull time', '\nA competitive salary and a generous pension.'],
    ['Occupational Therapist\nKestrel Community Services\nPermanent\nFull time', '\nYou will supervise two Band 3 support workers.'],
  ])('no salary: %j %j', (head, tail) => {
    expect(salary(head, tail)).toBe(true);
  });
  it.each([
    ['Occupational Therapist (Band 5)\nKestrel Community Services\nPermanent\nFull time', ''],
    ['Occupational Therapist\nKestrel Community Services\nPermanent\nFull time', '\nSalary: Band 5 on Agenda for Change terms.'],
    ['Occupational Therapist\nKestrel Community Services\nPermanent\nFull time', '\nHow much will I earn?\nYou will start at Band 5 (£31,049).'],
    ['Occupational Therapist (Band 5)\nKestrel Community Services\nPermanent\nFull time', '\nSalary: £31,049 to £37,796, depending on experience.'],
  ])('pay stated: %j %j', (head, tail) => {
    expect(salary(head, tail)).toBe(false);
  });
});

describe('a remark that puts a woman\'s symptoms down to "the change" is flagged; the change of a thing is not', () => {
  check([
    ['Notes: she was tearful at the huddle again, must be the change.', 'email', ['menopause-blamed@44:must be the change']],
    ['Notes: she mentioned night sweats, probably the change of duvet on the on-call room.', 'email', []],
    ['Notes: staff are grumpy this week, probably the change to the rota.', 'email', []],
  ]);
});

describe('a short word in capitals before a framework\'s or a tool\'s noun is its letters, not a word shouted', () => {
  check([
    ['- Follow the OPEN principles when you write up a visit.', 'advert', ['unexpanded-acronym@13:OPEN']],
    ['FULL TIME post on the ward. Apply NOW.', 'advert', []],
  ]);
});

describe('a team likened to a sports side is masculine-coded; a sports team of its own is not', () => {
  check([
    ['We run the clinic like a hockey squad, and everyone knows their position.', 'advert', ['masculine-sport-idiom@18:like a hockey squad']],
    ['Several of our porters play in a football team on Sundays.', 'advert', []],
  ]);
});

describe('fitness demanded through a role-model frame; a role model for healthy living is not a body', () => {
  check([
    ['Essential\nA slim role model for the families we support', 'advert', ['physically-fit@12:slim role model']],
    ['Essential\nA positive role model who promotes healthy eating', 'advert', []],
  ]);
});

describe('a criterion is a want of the candidate: an age stage listed as desirable is flagged without a preference word', () => {
  check([
    ['Desirable\nRetired teachers with their whole career behind them', 'advert', ['age-stage-preferred@38:whole career behind them']],
    ['About us\nOur founders have a long career behind them in general practice.', 'advert', []],
  ]);
});

describe('"presentable" said of the person is an appearance demand; a presentable document is not', () => {
  check([
    ['Person specification\nEssential\n- Punctual and presentable', 'advert', ['appearance-led@46:presentable']],
    ['Reception staff should be presentable and good-looking for our front desk.', 'advert', ['appearance@26:presentable and good-looking']],
    ['The quarterly audit must be presentable to the board by March.', 'advert', []],
  ]);
});

describe('a CV asked to have no unexplained gaps holds gaps against applicants; inviting them to explain gaps does not', () => {
  check([
    ['Applications without any unexplained gaps will be shortlisted first.', 'advert', ['employment-gaps@13:without any unexplained gaps']],
    ['Tell us about any gaps in your CV; unexplained gaps are fine to talk through at interview.', 'advert', []],
  ]);
});

describe('where a candidate trained, held for them, is a proxy for origin; where staff trained, reported, is not', () => {
  check([
    ['Ideally we want a physio who trained locally.', 'email', ['local-origin@29:trained locally']],
    ['Half of our physios trained locally at the university.', 'email', []],
  ]);
});
