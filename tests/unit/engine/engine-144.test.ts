import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 46 (engine-144): the 39th audit on real NHS adverts (62 public texts). Each false alarm and miss it
// found is read by a general rule; every case here is fresh wording, beside near-misses that keep their findings.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('letters glossed in brackets by the kind of thing they are, though the sentence goes on, are explained', () => {
  check([
    ['Prescriptions go through ICE (pathology ordering software) and the ward printer.', 'advert', []],
    ['You will update CareFlow and PAS (hospital administration systems) each shift.', 'email', []],
    ['Every trainee sits the OSCE (practical skills exam) before moving to nights.', 'advert', []],
    // Brackets that say whose team or which service name no kind of thing: the letters stay unexplained.
    ['Pass SALT (community team) referrals to the hub by Friday.', 'advert', ['unexpanded-acronym@5:SALT']],
    ['Cover the ICU (night service) rota when asked.', 'email', ['unexpanded-acronym@10:ICU']],
  ]);
});

describe('a long-service demand with its kind of experience named between ("extensive postgraduate clinical experience") still asks for long service', () => {
  check([
    ['Candidates need considerable post-qualification practical experience of podiatry.', 'advert', ['age-extensive-experience@16:considerable post-qualification practical experience']],
    ['You must have substantial managerial experience in a pharmacy.', 'advert', ['age-extensive-experience@14:substantial managerial experience']],
    ['Vast hands-on experience of ward nursing is essential.', 'email', ['age-extensive-experience@0:Vast hands-on experience']],
    // Said of the staff in post, or offered to the applicant, it is no demand (the staff by any job title, not
    // only the few the list named: "our sonographers have" as "our nurses have").
    ['Our sonographers have extensive clinical experience of obstetric scanning.', 'advert', []],
    ['Our orthoptists have considerable experience of squint clinics.', 'email', []],
    ['As our orthoptists have considerable experience, you must too.', 'advert', ['age-extensive-experience@24:considerable experience']],
    ['You will gain substantial practical experience of minor surgery.', 'advert', []],
  ]);
});

describe('a code of one letter and its step after "Band" or "Grade" names the pay grade, not initials to spell out', () => {
  check([
    ['Estates Officer, Band C2, 30 hours a week.', 'advert', []],
    ['She would start at Grade B4 on the local scale.', 'email', []],
    // A training grade's letters, and the same code with no pay word before it, are still read as letters.
    ['Open to doctors at Grade CT2 or above.', 'advert', ['unexpanded-acronym@25:CT2']],
    ['Salary on the C2 scale.', 'advert', ['unexpanded-acronym@14:C2']],
  ]);
});
