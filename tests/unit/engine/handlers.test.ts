import { describe, expect, it } from 'vitest';
import { TextContext } from '@/lib/engine/context';
import { findUnexpandedAcronyms } from '@/lib/engine/handlers/acronyms';
import { findGenericPronouns } from '@/lib/engine/handlers/generic-pronoun';
import { checkStructure } from '@/lib/engine/handlers/structure';
import { tokenize } from '@/lib/engine/tokenize';

const ACRONYMS = { ARRS: 'Additional Roles Reimbursement Scheme', PCN: 'Primary Care Network', QOF: 'Quality and Outcomes Framework', 'A&E': 'Accident and Emergency', GP: 'General Practitioner' };
const UNDERSTOOD = new Set(['GP', 'A&E', 'NHS', 'UK']);

describe('findUnexpandedAcronyms', () => {
  const uses = (text: string) => findUnexpandedAcronyms(text, ACRONYMS, UNDERSTOOD).map((u) => [u.acronym, u.start, u.end]);

  it.each<[string, (string | number)[][]]>([
    ['Funded by ARRS within the PCN.', [['ARRS', 10, 14], ['PCN', 26, 29]]],
    ['Funded by ARRS and ARRS again.', [['ARRS', 10, 14]]],
    ['Two PCNs share the post.', [['PCN', 4, 8]]],
    ['The Additional Roles Reimbursement Scheme (ARRS) pays.', []],
    ['ARRS (Additional Roles Reimbursement Scheme) pays.', []],
    ['Work in A&E and with GPs.', []],
    ['Arrs and pcn in lower case are words, not acronyms.', []],
  ])('%j', (text, expected) => {
    expect(uses(text)).toEqual(expected);
  });
});

describe('findGenericPronouns', () => {
  const spans = (text: string) => findGenericPronouns(new TextContext(text, tokenize(text))).map(([s, e]) => text.slice(s, e));

  it.each<[string, string[]]>([
    ['The successful candidate will report to the partners. He will manage the rota.', ['He']],
    ['The post holder will be organised and she will keep his diary.', ['she', 'his']],
    ['The receptionist greets patients; she also books appointments.', ['she']],
    ['Dr Patel is our lead GP and she will supervise you.', []],
    ['Please contact Sarah Jones, our Practice Manager. She is happy to talk.', []],
    ['The post holder will work with him or her on the rota.', []],
    ['The candidate will support he/she who leads.', []],
    ['She will be great.', []],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('checkStructure', () => {
  const handlers = (text: string, minWords = 0) =>
    checkStructure(text, text.split(/\s+/).length, [], minWords).map((r) => r.handler);

  it('reports each missing statement', () => {
    expect(handlers('We are a friendly practice.')).toEqual([
      'no-reasonable-adjustments-statement',
      'no-flexible-working-statement',
      'no-equality-statement',
      'no-salary',
    ]);
  });

  it('accepts the statements in their usual wordings', () => {
    const text =
      'We will make reasonable adjustments. We welcome requests for flexible working and job shares. We are an equal opportunities employer. Salary: £24,071 to £25,674 a year.';
    expect(handlers(text)).toEqual([]);
  });

  it('skips missing statements in short texts', () => {
    expect(handlers('We are a friendly practice.', 120)).toEqual([]);
  });

  it('counts essential criteria and spots preferences', () => {
    const text = 'Essential\n- A\n- B would be an advantage\n- C\n- D\n- E\n- F\n- G\n- H\n- Ideally I';
    const sections = [...text.matchAll(/- (.+)/g)].map((m) => ({ role: 'essential' as const, start: m.index! + 2, end: m.index! + m[0].length }));
    const results = checkStructure(text, 20, sections, 120);
    expect(results).toEqual([
      { handler: 'too-many-essential-criteria', vars: { count: '9', max: '8' } },
      {
        handler: 'essential-reads-as-preference',
        vars: { count: '2', reads: 'criteria read as preferences', examples: '“B would be an advantage”, “Ideally I”' },
      },
    ]);
  });
});
