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
