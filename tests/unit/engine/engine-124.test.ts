import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 42 (engine-124): the 35th audit on real NHS text (ambulance control, patient transport, estates,
// critical care, orthoptics, dental, volunteering). Fixes by who sets the hours, what the job is and
// how open the demand is; every case is fresh wording, each beside a case that still flags.
const findings = (text: string) =>
  analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, string[]][]) =>
  it.each(cases)('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

describe('"no set hours" the worker chooses is freedom, not a demand; set by the employer it still flags', () => {
  check([
    ['Befrienders keep no set hours and give as little or as much time as suits them.', []],
    ['Our shop helpers have no set hours: choose your own mornings and tell the coordinator.', []],
    ['No set hours: staff are expected to come in at short notice.', ['unbounded-availability@0:No set hours', 'unbounded-availability@44:at short notice']],
  ]);
});

describe('open-ended availability asked of the applicant flags, unless a rota bounds it', () => {
  check([
    ['Applicants must offer unrestricted availability, weekends included.', ['unbounded-availability@22:unrestricted availability']],
    ['The ideal person will have complete availability across the week.', ['unbounded-availability@27:complete availability']],
    ['You will need full availability on a rota published eight weeks ahead.', []],
  ]);
});

describe('a volunteer driving scheme is a driving job, so its licence is no barrier; a desk post still is', () => {
  check([
    ['Join our volunteer drivers taking outpatients to the eye clinic. A clean driving licence is essential.', []],
    ['Medical records clerk. A clean driving licence is essential.', ['driving-licence@25:clean driving licence']],
  ]);
});

describe('fitness of mind as well as body demanded of the applicant flags, like "physically fit"', () => {
  check([
    ['Every recruit must be physically and emotionally capable of night work.', ['physically-fit@22:physically and emotionally capable']],
    ['The post holder should be mentally fit for a demanding caseload.', ['physically-fit@26:mentally fit']],
  ]);
});

describe('what "is" links a quality to is what it describes: a patient checked by staff, not the staff', () => {
  check([
    ['Theatre nurses confirm the patient is medically fit before the list starts.', []],
    ['Ward clerks note whether residents are psychologically fit for the move.', []],
    ['The panel must be sure the appointee is physically fit.', ['physically-fit@40:physically fit']],
  ]);
});
