import { describe, expect, it } from 'vitest';
import { analyse, reportSchema } from '@/lib/engine';

// A practice advert with no statements, a duties list half written to the reader, and one long
// sentence: enough words for a reading age.
const ADVERT = `Receptionist

About us
We are a friendly GP practice in Hull with a team of twenty. We moved to a new building last year and have free parking for staff.

Main duties of the job
- You will answer the phone and book appointments for patients.
- Repeat prescriptions will be processed within two working days.
- You will greet patients at the front desk and help them find their way.

The successful applicant will be expected to work closely with the wider practice team and with colleagues across the primary care network in order to make sure that every patient receives timely and safe care.`;

describe('the report', () => {
  const report = analyse(ADVERT, { context: 'advert' });

  it('passes its schema', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('names the model statement that puts each missing statement right, and none for other document findings', () => {
    expect(report.document.map((d) => [d.ruleId, d.statement])).toEqual([
      ['no-reasonable-adjustments-statement', 'reasonable-adjustments'],
      ['no-flexible-working-statement', 'flexible-working'],
      ['no-equality-statement', 'equality'],
      ['no-salary', 'salary'],
    ]);
    const criteria = analyse(`${ADVERT}\n\nEssential\n${'- Good communication skills\n'.repeat(9)}`, { context: 'advert' });
    const tooMany = criteria.document.find((d) => d.ruleId === 'too-many-essential-criteria');
    expect(tooMany).toBeDefined();
    expect(tooMany).not.toHaveProperty('statement');
  });

  it('carries the reading age with its meaning, the longest sections and the duties written to the reader', () => {
    expect(report.readability).toEqual({
      readingAge: 14,
      band: 'above',
      summary: 'Reading age about 14: a little harder than NHS guidance suggests (NHS guidance is a reading age of 9 to 11).',
      grades: { automatedReadability: 8.3, colemanLiau: 9.5 },
      // 103 words less the three headings' 8; the long sentence under the duties list counts with the duties.
      words: 95,
      sentences: 6,
      longSentences: 1,
      longestSections: [
        { title: 'Main duties of the job', start: 155, end: 592, words: 68 },
        { title: 'About us', start: 14, end: 152, words: 27 },
      ],
      duties: { total: 4, youWill: 2, summary: '2 of 4 duties are written as “You will …”.' },
    });
  });

  it('points the longest sections at the original text when invisible characters were removed', () => {
    const shifted = analyse(`\u200b\u200b${ADVERT}`, { context: 'advert' }).readability!;
    expect(shifted.longestSections.map((s) => [s.start, s.end])).toEqual([
      [157, 594],
      [16, 154],
    ]);
  });

  it('has no reading age for a short text or an interview question', () => {
    expect(analyse('We are hiring a receptionist. Apply by Friday.', { context: 'advert' }).readability).toBeNull();
    expect(analyse(ADVERT, { context: 'question' }).readability).toBeNull();
  });

  it('gives emails a reading age too', () => {
    expect(analyse(ADVERT, { context: 'email' }).readability?.readingAge).toBe(14);
  });
});
