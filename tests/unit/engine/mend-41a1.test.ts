import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// mend-41a1 (round 41: the review of engine-120's new readings): fresh wordings of each false alarm mended, with
// the true finding beside it that must still flag, by its offset. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each<[string, TextKind, string[]]>(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('proof of the right to work asked for after the offer', () => {
  check([
    // A start date, an induction or joining the staff bank comes after the offer.
    ['Evidence of your right to work is needed before we can fix your start date.', 'advert', []],
    ['Your right to work documents will be checked before we can add you to our bank of relief staff.', 'advert', []],
    // An e-mail to someone who has accepted the post.
    ['Dear Priya, thank you for accepting the offer. Could you email proof of your right to work before we can set up your payroll?', 'email', []],
    // Still asked for with the application, or before shortlisting.
    ['Please attach evidence of your right to work to your application form.', 'advert', ['passport-before-offer@14:evidence of your right to work']],
    ['Dear Priya, thank you for applying. Could you email proof of your right to work before we can shortlist you?', 'email', ['passport-before-offer@52:proof of your right to work']],
  ]);
});

describe('"nationals only" or "ideally" followed by a verb', () => {
  check([
    // "only" and "ideally" modify the verb after them: advice to one group, not a preference for it.
    ['Kenyan citizens ideally should book their language test early.', 'advert', []],
    ['Romanian nationals only need to show their share code.', 'advert', []],
    ['Bulgarian nationals preferred for this post.', 'advert', ['nationality-preference@0:Bulgarian nationals preferred']],
    ['Zimbabwean citizens only, please.', 'advert', ['nationality-preference@0:Zimbabwean citizens only']],
  ]);
});

describe('living in an area as the test for a scheme or benefit', () => {
  check([
    // A benefit, grant or scheme with a residence test of its own.
    ['Nurses need to have lived in the borough for three years to claim the council tax discount.', 'advert', []],
    ['Only applicants living in Devon are eligible for the travel bursary.', 'advert', []],
    ['Only people residing in Leeds can join the cycle-to-work scheme.', 'advert', []],
    ['Applicants must have lived in the county for ten years.', 'advert', ['residence-required@11:must have lived in the county for']],
    // Eligible for the post itself: still the job's own residence test.
    ['Only applicants living in Kent are eligible for this post.', 'advert', ['residence-required@0:Only applicants living in']],
    // Already living in the UK: one finding, by nationality, not two on the same words.
    ['Only applicants already living in the UK will be shortlisted.', 'advert', ['nationality-required@16:already living in the UK']],
  ]);
});

describe('an advert that rules out adjustments or disabled applicants', () => {
  check([
    ['Applicants must not need reasonable adjustments at interview.', 'advert', ['adjustments-ruled-out@11:must not need reasonable adjustments']],
    ['Candidates with a disability should not apply.', 'advert', ['adjustments-ruled-out@0:Candidates with a disability should not apply']],
    ['Anyone needing adjustments should not apply.', 'advert', ['adjustments-ruled-out@0:Anyone needing adjustments should not apply']],
    // A reassurance that the form is easy to use, and a pointer to another way to apply.
    ['Most people should not need any adjustments to fill in our short application form.', 'advert', []],
    ['Disabled candidates need not apply by post: our online form reads aloud.', 'advert', []],
    // A refusal told to one candidate keeps its own message.
    ["I'm afraid we can't give extra time for the written test.", 'email', ['adjustments-refused@14:can\'t give extra time']],
  ]);
  it('speaks to the advert, not to one candidate', () => {
    const [f] = analyse('Anyone needing adjustments should not apply.', { context: 'advert' }).findings;
    expect(f?.message).toContain('tells disabled people not to apply');
    expect(f?.suggestions[0]?.text).toContain('reasonable adjustments for disabled applicants');
  });
});
