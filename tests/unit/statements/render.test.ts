import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { type PayInput, type PersonalisationInput, renderStatement, STATEMENT_IDS, statementFor } from '@/lib/statements';
import { AFC_BANDS, FLEXIBLE_PATTERNS } from '@/lib/statements/personalisation';
import { hitsOf } from '../plain-english/helpers';

const FULL: PersonalisationInput = {
  organisation: 'Riverside Surgery',
  contact: 'Sam Patel on 0113 496 0000',
  patterns: ['part-time', 'job-share'],
  disabilityConfident: true,
  guaranteedInterview: true,
};

describe('renderStatement', () => {
  it('writes the reasonable-adjustments statement with a contact placeholder until one is set', () => {
    expect(renderStatement('reasonable-adjustments').text).toBe(
      'We are happy to make reasonable adjustments at any stage of the recruitment process, including the application and the interview. ' +
        'To talk about what would help you, contact [name, phone number or email]. You do not have to give medical details. ' +
        'We can also send you this advert in another format, such as large print.',
    );
    expect(renderStatement('reasonable-adjustments', FULL).text).toContain('contact Sam Patel on 0113 496 0000.');
  });

  it('offers the patterns set, inline for one or two and as a list for more', () => {
    expect(renderStatement('flexible-working', FULL).text).toBe(
      'We welcome requests for flexible working. For this role we can offer part-time hours or a job share. ' +
        'Asking about flexible working will not affect how we look at your application.',
    );
    expect(renderStatement('flexible-working', { patterns: ['home-working', 'part-time', 'term-time'] }).text).toBe(
      'We welcome requests for flexible working. For this role we can offer:\n- part-time hours\n- term-time working\n- some working from home\n' +
        'Asking about flexible working will not affect how we look at your application.',
    );
    expect(renderStatement('flexible-working').text).toContain('Tell us the hours or pattern that would suit you');
  });

  it('names the organisation and adds Disability Confident and guaranteed interview wording when set', () => {
    expect(renderStatement('equality', FULL).text).toBe(
      'At Riverside Surgery, we welcome applications from everyone. ' +
        'Whatever your age, disability, ethnicity, religion or belief, sex, gender identity or sexual orientation, we want to hear from you. ' +
        'We want everyone who works here to feel they belong and can be themselves. We are a Disability Confident employer. ' +
        'Through our guaranteed interview scheme, we offer an interview to disabled applicants who meet the essential criteria for the job.',
    );
    expect(renderStatement('equality').text).toMatch(/^We welcome applications from everyone\. Whatever/);
  });

  it('needs the pay before it can write the salary statement', () => {
    expect(renderStatement('salary', FULL)).toMatchObject({ text: null, missing: ['pay'] });
    expect(renderStatement('salary', FULL, { per: 'year' })).toMatchObject({ text: null, missing: ['pay'] });
  });

  it.each<[PayInput, string]>([
    [{ band: '3', from: 24071, to: 25674, proRata: true }, 'The salary is £24,071 to £25,674 a year for full-time hours, and in proportion for fewer hours (Agenda for Change Band 3).'],
    [{ from: 13.5, per: 'hour' }, 'The salary is £13.50 an hour.'],
    [{ from: 11000, to: 11000, per: 'session' }, 'The salary is £11,000 a session.'],
    [{ band: '8a' }, 'This job is paid on Agenda for Change Band 8a.'],
  ])('words the pay %j', (pay, text) => {
    expect(renderStatement('salary', {}, pay).text).toBe(text);
  });

  it('uses what the user typed as plain text: spaces flattened, template braces dropped', () => {
    expect(renderStatement('equality', { organisation: '  Oak {contact}\n Lane  ' }).text).toMatch(/^At Oak contact Lane, we welcome/);
  });
});

// A whole advert (over 120 words) with none of the statements and no other findings.
const BASE = `Receptionist
Riverside Surgery, Leeds

Job summary
We are a busy practice in south Leeds with a team of twelve. We are looking for a receptionist to join us. You will be the first person patients speak to, on the phone and at the front desk.

Main duties of the job
- Answer the phone and book appointments
- Greet patients at the front desk and help them check in
- Scan and file letters from the hospital
- Pass messages to the doctors and nurses

About us
We moved to a new building last year. There is free parking for staff and a bus stop outside. New staff have two weeks of training with an experienced receptionist before working alone. We use a clinical computer system that we will teach you.`;

const STRICT = { strictness: 'strict' } as const;

function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [[]];
  for (const item of items) for (const s of all.slice()) all.push([...s, item]);
  return all;
}

/** Every combination of the details a practice can set, including the longest allowed. */
function personalisations(): PersonalisationInput[] {
  const out: PersonalisationInput[] = [];
  for (const organisation of ['', 'Riverside Surgery', 'The Very Long Named Riverside and District Community Health and Wellbeing Centre Partnership'])
    for (const contact of ['', 'Sam Patel, Practice Manager, on 0113 496 0000 or sam.patel@nhs.net'])
      for (const patterns of subsets(FLEXIBLE_PATTERNS))
        for (const disabilityConfident of [false, true])
          for (const guaranteedInterview of [false, true]) out.push({ organisation, contact, patterns, disabilityConfident, guaranteedInterview });
  return out;
}

function pays(): PayInput[] {
  const out: PayInput[] = [];
  for (const band of [undefined, ...AFC_BANDS])
    for (const amount of [{}, { from: 24071 }, { from: 24071, to: 25674 }, { from: 12.75 }])
      for (const per of ['year', 'hour', 'session'] as const)
        for (const proRata of [false, true]) if (band !== undefined || 'from' in amount) out.push({ band, ...amount, per, proRata });
  return out;
}

describe('every rendering passes the checker', () => {
  const before = analyse(BASE, { context: 'advert', settings: STRICT });

  it('starts from an advert with every statement missing and nothing else', () => {
    expect(before.findings).toEqual([]);
    expect(before.document.map((d) => d.ruleId)).toEqual([
      'no-reasonable-adjustments-statement',
      'no-flexible-working-statement',
      'no-equality-statement',
      'no-salary',
    ]);
  });

  describe.each(STATEMENT_IDS)('%s', (id) => {
    const texts = new Set<string>();
    for (const p of personalisations()) for (const pay of id === 'salary' ? pays() : [undefined]) texts.add(renderStatement(id, p, pay).text!);

    it(`has no finding of its own, inline or plain English, in any of its ${texts.size} wordings`, () => {
      const problems = [...texts].flatMap((text) => {
        const own = analyse(text, { context: 'advert', settings: STRICT }).findings.map((f) => `${f.ruleId}: ${f.text}`);
        return [...own, ...hitsOf(text)].map((p) => `${p}  in  ${JSON.stringify(text)}`);
      });
      expect(problems).toEqual([]);
    });

    it('puts right the finding it answers, and only that', () => {
      const answered = before.document.map((d) => d.ruleId).filter((ruleId) => statementFor(ruleId) === id);
      const expected = before.document.map((d) => d.ruleId).filter((ruleId) => !answered.includes(ruleId));
      const wrong = [...texts].filter((text) => {
        const after = analyse(`${BASE}\n\n${text}`, { context: 'advert', settings: STRICT });
        return after.findings.length > 0 || JSON.stringify(after.document.map((d) => d.ruleId)) !== JSON.stringify(expected);
      });
      expect(wrong).toEqual([]);
    });
  });
});
