import { describe, expect, it } from 'vitest';
import { analyse, reportSchema } from '@/lib/engine';
import { applyPolicy, parsePolicy } from '@/lib/settings/policy';
import { settingsSchema } from '@/lib/settings/schema';

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

describe('the plain-english category in the engine', () => {
  // One sentence of 37 words, one formal word, one passive duty, one stack of abbreviations.
  const TEXT = `About us
We are a friendly practice in Hull, and we are looking for a receptionist who enjoys talking to people, who can stay calm on a busy Monday morning and who would like to learn about general practice with us.

Main duties
- Repeat prescriptions must be processed within two working days.
- Utilise the clinical system to book appointments.
- Work with the PCN ARRS team on the practice's rota.`;
  const plainOf = (settings?: Parameters<typeof analyse>[1]['settings'], text = TEXT) =>
    analyse(text, { context: 'advert', settings })
      .findings.filter((f) => f.category === 'plain-english')
      .map((f) => `${f.ruleId}: ${f.text.length > 40 ? `${f.text.slice(0, 20)}…` : f.text}${f.suggestions.some((s) => s.kind === 'replace') ? ` -> ${f.suggestions.map((s) => s.text).join(' | ')}` : ''}`);

  it('is on by default, info except for a sentence over 35 words, with every plain word as a replacement in the case written', () => {
    expect(plainOf()).toEqual([
      'very-long-sentence: We are a friendly pr…',
      'passive-duty: must be processed',
      'plain-words: Utilise -> Use',
      'stacked-acronyms: PCN ARRS',
    ]);
    const severities = analyse(TEXT, { context: 'advert' }).findings.filter((f) => f.category === 'plain-english').map((f) => f.severity);
    expect(severities).toEqual(['warning', 'info', 'info', 'info']);
  });

  it('cites the source of each finding: a plain word its own', () => {
    const sources = analyse(TEXT, { context: 'advert' }).findings.filter((f) => f.category === 'plain-english').map((f) => f.source.name);
    expect(sources).toEqual([
      'GOV.UK: Sentence length, why 25 words is our limit',
      'Plain English Campaign: How to write in plain English',
      'GOV.UK style guide: words to avoid',
      'NHS digital service manual: content style guide, how we write',
    ]);
  });

  it('flags sentences of 26 to 35 words only when the strictness is "strict", and nothing when "relaxed"', () => {
    const text = `${TEXT}\n\nWe are open from eight in the morning until half past six in the evening, and you would work three of those days each week on a rota agreed with you.`;
    expect(plainOf({ strictness: 'strict' }, text).at(-1)).toBe('long-sentence: We are open from eig…');
    expect(plainOf(undefined, text)).toHaveLength(4);
    expect(plainOf({ strictness: 'relaxed' }, text)).toEqual([]);
  });

  it('is switched off as a category by the settings, and the reading age stays', () => {
    const report = analyse(TEXT, { context: 'advert', settings: { categories: { 'plain-english': false } } });
    expect(report.findings.filter((f) => f.category === 'plain-english')).toEqual([]);
    expect(report.readability?.readingAge).toBeGreaterThan(0);
  });

  it('is switched off by an organisation policy, which locks it; a required category stays on', () => {
    const { settings, locks } = applyPolicy(settingsSchema.parse({}), parsePolicy({ disabledCategories: ['plain-english', 'age'], requiredCategories: ['age'] }).policy);
    expect(settings.categories['plain-english']).toBe(false);
    expect(settings.categories.age).toBe(true);
    expect(locks.categories.sort()).toEqual(['age', 'plain-english']);
    expect(plainOf(settings)).toEqual([]);
  });

  it('checks a sentence for its next problem when the first is switched off, and never flags an allowlisted word', () => {
    const duty = 'Main duties\n- Referrals must be sent to the ICB, LMC and CQC within two days.';
    expect(plainOf(undefined, duty)).toEqual(['passive-duty: must be sent']);
    expect(plainOf({ disabledRules: ['passive-duty'] }, duty)).toEqual(['stacked-acronyms: ICB, LMC and CQC']);
    expect(plainOf({ allowlist: ['utilise'] })).not.toContain('plain-words: Utilise -> Use');
  });

  it('hides no underline inside a sentence it finds too long', () => {
    const long = `We are a friendly practice in Hull, and we are looking for a receptionist who enjoys talking to people, who can stay calm on a busy Monday and who would like to work with the LMC and our partners.`;
    expect(analyse(long, { context: 'email' }).findings.map((f) => `${f.ruleId}: ${f.text.length > 30 ? `${f.text.slice(0, 10)}…` : f.text}`)).toEqual([
      'very-long-sentence: We are a f…',
      'unexpanded-acronym: LMC',
    ]);
  });

  it('runs on emails but not on interview questions', () => {
    expect(plainOf(undefined, 'Please utilise the portal.')).toEqual(['plain-words: utilise -> use']);
    expect(analyse('Please utilise the portal.', { context: 'email' }).findings.map((f) => f.ruleId)).toEqual(['plain-words']);
    expect(analyse('How would you utilise the portal?', { context: 'question' }).findings).toEqual([]);
  });
});
