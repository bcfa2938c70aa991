import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 43 (mend-43a): false alarms an independent review found in this round's new rules, each mended by
// narrowing the rule to its biased sense. Every case is fresh wording: what still flags, and the near-miss
// that must stay quiet.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('"no unexplained gaps" flags only beside a continuity demand or a screen, not a safer-recruitment request', () => {
  check([
    ['CVs with no unexplained gaps will be preferred at shortlisting.', 'advert', ['employment-gaps@9:no unexplained gaps']],
    ['Continuous work record (no unexplained gaps) is essential.', 'advert', ['employment-gaps@0:Continuous work record', 'employment-gaps@24:no unexplained gaps']],
    ['Your application form must list every post you have held, with no unexplained gaps.', 'advert', []],
    ['Our checks cover five years of work history without unexplained gaps.', 'advert', []],
  ]);
});

describe('a husband and wife team flags when it is wanted, not when it describes the owners', () => {
  check([
    ['This cottage hospital post is ideal for a husband and wife team who can share the on-call.', 'advert', ['family-status-requirement@42:husband and wife team']],
    ['A husband and wife duo is preferred for the live-in warden flat.', 'advert', ['family-status-requirement@2:husband and wife duo']],
    ['Our opticians was founded in 1998 by a husband and wife team who still see patients on Saturdays.', 'advert', []],
    ['You will report to the husband-and-wife partnership who own both branches.', 'advert', []],
  ]);
});

describe('"presentable" flags when asked of the person, not of a room or beside a uniform or dress code rule', () => {
  check([
    ['You will need to be presentable and polite on the front desk.', 'advert', ['appearance-led@20:presentable']],
    ['The housekeeper will keep the day room clean and presentable for visitors.', 'advert', []],
    ['All staff should look presentable and follow the trust uniform policy.', 'advert', []],
  ]);
});

describe('"the change" blamed for symptoms flags only where it closes its clause', () => {
  check([
    ['Snappy with the juniors all week, surely the change.', 'email', ['menopause-blamed@34:surely the change']],
    ['After all the change this spring everyone is irritable.', 'email', []],
    ['The sweats policy was reviewed; it is the change the staff side wanted.', 'email', []],
  ]);
});

describe('faith practice is not held against anyone where time for it is offered', () => {
  check([
    ['We cannot have staff taking prayer breaks in the middle of a clinic.', 'advert', ['faith-practice-held-against@28:prayer breaks']],
    ['If you cannot stay late during Ramadan, a break for prayers can be fitted in.', 'advert', []],
  ]);
});

describe('"do not request adjustments" flags a refusal, not a route to ask for them', () => {
  check([
    ["Please don't ask for any adjustments.", 'advert', ["adjustments-ruled-out@0:Please don't ask for any adjustments"]],
    ['Do not request adjustments via the switchboard; the HR team will contact you.', 'advert', []],
  ]);
});

describe('eye contact flags as a selection demand, not as contact with patients in the work', () => {
  check([
    ['At interview you must maintain steady eye contact with the panel.', 'advert', ['eye-contact-demanded@22:maintain steady eye contact']],
    ['Healthcare assistants should keep eye contact with each patient while explaining a procedure.', 'advert', []],
  ]);
});
