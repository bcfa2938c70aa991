import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 15's readings of notes about a particular candidate: an age given as a note's first fact
// after its label ("Applicant 12 – 59,") or guessed as a decade of life ("in her mid-forties"); a
// doubt that opens its sentence after words of degree ("A bit of a worry"); a decision that names
// the person ("I've docked her a point"); no time to manage someone; and a candidate's "supporting
// statement", which is where notes read what they then weigh, not support given. Beside them, times,
// counts, periods, patients and support given stay clean.

/** Every finding but jargon, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  const report = analyse(text, { context: 'email', minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category !== 'jargon').map((f) => [f.ruleId, f.text, f.start]);
}

describe('a note that gives, guesses or weighs a candidate', () => {
  it.each<[string, [string, string, number][]]>([
    ['Shortlisting notes:\n- Applicant 12 – 59, solid references.', [['age-noted', '59', 37]]],
    ['Shortlist for Tuesday:\n3. Mr Osei – 47; lots of theatre experience.', [['age-noted', '47', 36]]],
    ["Re the interviews: she's in her mid-forties, I think.", [['age-noted', "she's in her mid-forties", 19]]],
    ["- Applicant 3 – her supporting statement mentions two children under four; I doubt she'd cope with lates.", [['family-judged', 'children under four; I doubt', 54]]],
    ['- Candidate 5 – registered blind. A bit of a worry on a busy ward.', [['condition-doubted', 'registered blind. A bit of a worry', 16]]],
    [
      "- No. 2 – looks after her dad most evenings. Our late clinics run to 8, so I've docked her a point.",
      [['family-judged', "looks after her dad most evenings. Our late clinics run to 8, so I've docked her a point", 10]],
    ],
    ["- Applicant 9 – mentions ADHD in the letter. We haven't got time to manage that on reception.", [['condition-doubted', "ADHD in the letter. We haven't got time to manage that", 25]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Shortlist:\n- Ward 9 – 28 beds, so a busy one.',
    '[14:22] Jo: fine by me',
    'Interview slots – 10:30, 11:15 and 12:00.',
    '- Candidate 4 – 25 years in retail, good on the till.',
    '- Applicant 6 – qualified in the late eighties, strong since.',
    'Our patients are mostly in their 70s.',
    'Clinic list:\n- Mrs Ellis – 84, lives alone, diagnosed in May.',
    "- No. 4 – says she uses a wheelchair. A bit of a concern about the car park, I'll ask estates.",
    'We are supporting her through a phased return; she is a strong candidate.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});
