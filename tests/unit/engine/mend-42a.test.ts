import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 42 (mend-42a): findings of the review of engine-124's and engine-125's wordlist changes, each
// mended by its reading (a negated cue, "availability of" a thing, a partner's job offered help rather
// than asked about, 110 % expected of a measure rather than of people, a licence a driving post needs).
// Every case is fresh wording; each has the near miss that must stay quiet or keep flagging.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a gap reassured about (a negated cue) is not held against anyone; a gap held against still is', () => {
  check([
    ['A career break will not rule you out, and we run a return-to-practice scheme.', 'advert', []],
    ["Breaks in your work history won't affect your application.", 'advert', []],
    ['Gaps in employment should never rule anyone out at shortlisting.', 'advert', []],
    ['A career break need not be held against you here.', 'email', []],
    ['We never rule out applicants because of a gap in employment.', 'advert', []],
    ['Career breaks will not be penalised at shortlisting.', 'advert', []],
    ['Applicants with unexplained gaps will not be considered.', 'advert', ['gaps-held-against@28:gaps']],
    ['Career breaks will rule you out at the sift.', 'advert', ['gaps-held-against@0:Career breaks']],
    ['Anyone with gaps in employment gets ruled out, so check the dates.', 'email', ['gaps-held-against@12:gaps in employment']],
  ]);
});

describe('the availability of a thing is not a person’s availability', () => {
  check([
    ['You must keep track of complete availability of side rooms on the unit.', 'advert', []],
    ['You will be expected to confirm open availability of clinic slots each Monday.', 'advert', []],
    ['You must offer full availability, weekends and bank holidays included.', 'advert', ['unbounded-availability@15:full availability']],
    ['Total availability for extra shifts is expected.', 'advert', ['unbounded-availability@0:Total availability']],
  ]);
});

describe('a partner’s job asked about has its own message; help offered with it is not a question', () => {
  check([
    // Help offered is no question about the partner's job; that it assumes a wife is round 45's partner-assumed.
    ["Our relocation team can help with your wife's job search in the area.", 'advert', ["partner-assumed@29:with your wife's"]],
    ["We offer support for your husband's job applications when you move to Cumbria.", 'advert', ["partner-assumed@17:for your husband's"]],
    ["Write your spouse's profession in the box below.", 'advert', ["partner-job-asked@6:your spouse's profession"]],
    ['What is the occupation of your husband?', 'email', ['partner-job-asked@12:occupation of your husband']],
  ]);

  it('says what a partner’s job has to do with the post, not how to offer titles', () => {
    const [finding] = analyse("Tell us your wife's employer.", { context: 'advert' }).findings;
    expect(finding?.ruleId).toBe('partner-job-asked');
    expect(finding?.message).toContain('partner’s work');
    expect(finding?.suggestions.map((s) => s.text).join(' ')).not.toContain('Mx');
  });
});

describe('110 % expected of a measure is not pressure on people; of people it is', () => {
  check([
    ['Theatre capacity is expected 110% this quarter, so lists will be planned early.', 'advert', []],
    ['Commissioners expect 110% of the contracted activity by March.', 'advert', []],
    ['The partners expect 110% bed occupancy through January.', 'email', []],
    ['The practice expects 110% from every receptionist.', 'advert', ['hustle-pressure@13:expects 110%']],
    ['Our matrons want 110 per cent on every shift.', 'advert', ['hustle-pressure@12:want 110 per cent']],
  ]);
});

describe('a licence held for years is what a driving post needs; of any other post it is still a demand', () => {
  check([
    ['Emergency care assistants should have held their licence for three years.', 'advert', []],
    ['As a patient transport driver you must have held your licence for 2 years.', 'advert', []],
    ['Ward clerks must have held their licence for at least two years.', 'advert', ['driving-licence@22:held their licence for']],
  ]);
});
