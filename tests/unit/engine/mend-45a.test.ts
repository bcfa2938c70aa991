// Round 45, mend-45a: mends of the review of engine-139 and engine-140. Each mend has a fresh case, in other words
// than the review's, that failed before, and the near miss that must keep its finding (or stay silent).
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

/** The findings of one rule in an advert: [start, end, the words]. */
function found(text: string, ruleId: string): [number, number, string][] {
  return analyse(text, { context: 'advert' })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
}

const rulesIn = (text: string) => analyse(text, { context: 'advert' }).findings.map((f) => f.ruleId);

describe("flexible hours 'when needed' are a demand only when the sentence asks them of the worker", () => {
  const missing = (text: string) =>
    analyse(text, { context: 'advert', minWordsForStatements: 0 }).document.some((d) => d.ruleId === 'no-flexible-working-statement');
  it.each([
    ['Our pharmacy offers flexible shifts if needed for carers.', false],
    ['Flexible working when needed is something we are glad to arrange.', false],
    ['Porters must work flexible shifts when required by the bed managers.', true],
    ['Clinic staff will need to do flexible hours as needed.', true],
  ])('%j', (text, isMissing) => {
    expect(missing(text)).toBe(isMissing);
  });
});

describe('speech-standard: speaking without hesitation, not answering calls without it, nor a test of verbal fluency or a steady voice', () => {
  it('flags speaking without hesitating and fluent speech', () => {
    expect(found('Receptionists must speak without hesitating on the telephone.', 'speech-standard')).toEqual([[19, 43, 'speak without hesitating']]);
    expect(found('Fluent speech is essential for this switchboard post.', 'speech-standard')).toEqual([[0, 13, 'Fluent speech']]);
  });
  it.each([
    'Paramedics reply without hesitation to every 999 call.',
    'Our memory clinic assistant scores verbal fluency tasks for each referral.',
    'Switchboard operator: a clear and steady voice helps callers.',
  ])('%j', (text) => {
    expect(rulesIn(text)).not.toContain('speech-standard');
  });
});

describe("a pattern judged 'not cost-effective' is refused; a cost denied is not", () => {
  it('flags the judgement with its words', () => {
    expect(found('Job sharing is not cost-efficient on this small ward.', 'working-pattern-refused')).toEqual([[0, 33, 'Job sharing is not cost-efficient']]);
    expect(found("A job share isn't cost efficient for a practice of our size.", 'working-pattern-refused')).toEqual([[2, 32, "job share isn't cost efficient"]]);
  });
  it('leaves a cost denied', () => {
    expect(rulesIn('Part-time contracts will not cost you your pension rights.')).not.toContain('working-pattern-refused');
  });
});

describe('a race read off looks has its own rule (origin-appearance), silent on clinical wording about skin', () => {
  it('flags a wanted appearance as looks, not outlook', () => {
    expect(found('Reception staff of English appearance preferred.', 'origin-appearance')).toEqual([[19, 37, 'English appearance']]);
    expect(rulesIn('Reception staff of English appearance preferred.')).not.toContain('origin-outlook');
  });
  it('leaves skin described in a clinic', () => {
    const rules = rulesIn('Our skin clinic photographs lesions on European complexion and darker tones.');
    expect(rules).not.toContain('origin-appearance');
    expect(rules).not.toContain('origin-outlook');
  });
});

describe('focus-without-breaks: concentration demanded, not a job that runs long without a break', () => {
  it('flags staying focused without rest', () => {
    expect(found('Applicants must be able to stay focused for long periods without rest.', 'focus-without-breaks')).toEqual([
      [27, 69, 'stay focused for long periods without rest'],
    ]);
  });
  it('leaves the work described', () => {
    expect(rulesIn('Pharmacists sometimes work for long periods without a pause in the winter.')).not.toContain('focus-without-breaks');
  });
});

describe("health-requirement: free of chronic or ongoing conditions, with or without 'any'", () => {
  it('flags it without the quantifier', () => {
    expect(found('Candidates must be free from chronic health problems.', 'health-requirement')).toEqual([[19, 52, 'free from chronic health problems']]);
  });
  it('leaves people helped to stay free of them', () => {
    expect(rulesIn('The clinic helps people stay free from chronic health problems.')).not.toContain('health-requirement');
  });
});

describe('verbal fluency as a test given to patients is not a speech standard', () => {
  it('leaves a cognitive test', () => {
    expect(rulesIn('Assistant psychologists will score verbal fluency and recall in each cognitive assessment.')).not.toContain('speech-standard');
  });
  it('flags it demanded of the applicant', () => {
    expect(found('Excellent verbal fluency is needed for our front desk.', 'speech-standard')).toEqual([[10, 24, 'verbal fluency']]);
  });
});
