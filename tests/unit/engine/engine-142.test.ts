import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 45 (engine-142): false alarms the study slice (fresh44-* among it) and the lead's reading showed,
// each read as a general form. Every case is fresh wording, with the true findings beside it still flagged.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a line in capitals that is a sentence is no heading: a known abbreviation in it is still read', () => {
  check([
    ['Walk-in centre\nIF YOUR RASH SPREADS, ASK AN ANP TODAY\nWe are recruiting a nurse.', 'advert', ['unexpanded-acronym@44:ANP']],
    ['PATIENTS SHOULD BOOK WITH THE ANP FIRST', 'advert', ['unexpanded-acronym@30:ANP']],
    // Headings with no verb stay headings.
    ['ROLE OF THE ANP\nYou will run minor illness clinics.', 'advert', []],
    ['ABOUT THE ANP TEAM\nYou will run minor illness clinics.', 'advert', []],
  ]);
});

describe('"not suitable for anyone with young children, so visitors …": the people are visitors or patients, not applicants', () => {
  check([
    ['The roof terrace is not suitable for anyone with small children, so visitors must keep them indoors.', 'advert', []],
    ['The day room is not suitable for anyone with young children, so relatives are asked to book the family room.', 'advert', []],
    // Said of the post or of applicants, it still flags.
    ['This role is not suitable for anyone with young children, so think carefully before applying.', 'advert', ['parenthood-preferred@10:is not suitable for anyone with young children']],
    ['Not a job for someone with toddlers, as the late clinics run until nine.', 'email', ['family-judged@0:Not a job for someone with toddlers']],
  ]);
});

describe('UK training said of the team in post among other places, not asked of the applicant', () => {
  check([
    ['Our pharmacy team includes colleagues who trained in the UK, Nigeria and Poland.', 'advert', []],
    ['Our team includes staff who trained in the UK. Applicants must have trained in the UK.', 'advert', ['uk-only-qualification@68:trained in the UK']],
  ]);
});

describe("one applicant's feedback form: its pronouns are the candidate's, though a role is named in between", () => {
  check([
    [
      'Candidate: 7\nQuestion 1: 3/5.\nQuestion 2: 4/5. Knows what a dental therapist may and may not do.\nPanel notes:\nNice manner, though I wonder whether patients would warm to him. His wife is expecting, so he may be off a lot.',
      'email',
      ['family-judged@175:His wife is expecting, so he may be off'],
    ],
    // A sheet of two applicants is no one person's form: its pronouns are read as before.
    [
      'Candidate: 7\nCandidate: 8\nQuestion 2: 4/5. Knows what a dental therapist may and may not do.\nPanel notes:\nI wonder whether patients would warm to him.',
      'email',
      ['generic-pronoun@146:him'],
    ],
  ]);
});

describe("a script's speaker labels and an e-mail's postscript are no abbreviations", () => {
  check([
    ['AGENT: Hello, thanks for calling.\nCALLER: Hi, about the job?\nAGENT: Sure, the OPAT team is hiring.', 'email', ['unexpanded-acronym@78:OPAT']],
    ['Thanks, Jo\nPS: the OPAT clinic has moved to Ward 3.', 'email', ['unexpanded-acronym@19:OPAT']],
    // A field label alone on its line is still read when it is an abbreviation.
    ['OPAT: weekday service\nBASE: Ward 3', 'advert', ['unexpanded-acronym@0:OPAT']],
  ]);
});

describe("an origin that names a staff network's members is no judgement of a candidate", () => {
  check([
    ["We have a proud record on retention, and our Black, Asian and minority ethnic staff forum advises every panel.", 'email', []],
    ['Candidate 4 is Asian, which worries me with our older patients.', 'email', ['origin-judged@0:Candidate 4 is Asian']],
  ]);
});
