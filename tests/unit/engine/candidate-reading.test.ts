import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { Doc } from '@/lib/engine/document';
import { cuesOf } from '@/lib/engine/reading/what';
import { tokenize } from '@/lib/engine/tokenize';

/** The findings of the rules that read a note about a candidate, as [rule, text, start], at strict (where health-judged runs). */
function read(text: string, context: 'advert' | 'email' = 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  const rules = ['age-judged', 'origin-judged', 'health-judged', 'faith-judged', 'family-judged', 'family-noted', 'condition-doubted', 'gap-judged'];
  return report.findings.filter((f) => rules.includes(f.ruleId)).map((f) => [f.ruleId, f.text, f.start]);
}

describe('what: every field in one walk (reading/what.ts)', () => {
  it('finds the words of each field and the proxies by place and by number, in text order', () => {
    const text = 'Dr Haddad qualified in Damascus and is nearer 60 than 50; she is a lay preacher, uses a screen reader and has a toddler.';
    const doc = new Doc(text, tokenize(text), 'email', []);
    const words = (pairs: readonly number[]) => {
      const out: string[] = [];
      for (let i = 0; i < pairs.length; i += 2) out.push(text.slice(doc.tokens[pairs[i]!]!.start, doc.tokens[pairs[i + 1]! - 1]!.end));
      return out;
    };
    const cues = cuesOf(doc);
    expect(words(cues.origin)).toEqual(['qualified in Damascus']);
    expect(words(cues.age)).toEqual(['nearer 60']);
    expect(words(cues.religion)).toEqual(['lay preacher']);
    expect(words(cues.health)).toEqual(['screen reader']);
    expect(words(cues.family)).toEqual(['toddler']);
    expect(cuesOf(doc)).toBe(cues);
  });

  it('reads no place in a specialty, a month, an abbreviation or an employer', () => {
    const text = 'She trained in Cardiology, qualified in June, trained in ICU and moved from Boots.';
    expect(cuesOf(new Doc(text, tokenize(text), 'email', [])).origin).toEqual([]);
  });
});

describe('a note about a particular candidate: who, what and whether it is held against them', () => {
  it.each([
    // The judgement in the paragraph's next sentence, when it refers back or opens it.
    ['Applicant 6 – mentions she has epilepsy. That could be a worry on lone visits.', [['condition-doubted', 'epilepsy. That could be a worry', 31]]],
    ['- R. Patel: wears hearing aids. I\'d mark him down for the call-handling part.', [['condition-doubted', "hearing aids. I'd mark him down", 18]]],
    ["Jo (candidate 3) says she has two toddlers. Honestly she'll be off whenever one of them is ill.", [['family-judged', "toddlers. Honestly she'll be off whenever one of them is ill", 34]]],
    // A career break alone reads as a gap held against her, not as her family.
    ['2. Priya – took a career break. Not sure that fits a busy unit.', [['gap-judged', 'a career break', 16]]],
    // An age as a number, a decade of qualifying.
    ["Number 4 – aged 58, so I doubt he'd last on nights.", [['age-judged', 'aged 58', 11]]],
    ["Applicant B – 63 years old. Not convinced she'll keep up.", [['age-judged', 'Applicant B – 63 years old. Not convinced', 0]]],
    ["Candidate 1 – trained in the nineties, so I doubt she'll take to the new system.", [['age-judged', 'Candidate 1 – trained in the nineties', 0]]],
    // A place of training or a move, doubted in its clause, one drawn from it, or the next sentence.
    ["Dr Ferreira qualified in Lisbon, so I'm not sure about her.", [['origin-judged', 'qualified in Lisbon', 12]]],
    ['Mr Ortiz moved here from Bogota last year. I doubt our patients will understand him.', [['origin-judged', 'moved here from Bogota last year. I doubt', 9]]],
    ['Not sure about anyone from Sri Lanka for this.', [['origin-judged', 'Not sure about anyone from Sri Lanka', 0]]],
    ['And please, nobody from West Africa on this rota.', [['origin-judged', 'nobody from West Africa', 12]]],
    // Judgements of the vocabulary: not good with, being posted, not staying, others not warming to them.
    ["Applicant 3 – qualified in the seventies and probably isn't great with the online booking.", [['age-judged', "Applicant 3 – qualified in the seventies and probably isn't great with", 0]]],
    ["Candidate C: mentions her wife is in the navy, so she'll get posted before long.", [['family-judged', "her wife is in the navy, so she'll get posted", 22]]],
    ['Dr West is planning a family, so she may not stay the course.', [['family-judged', 'planning a family, so she may not stay', 11]]],
    ['I doubt the older patients would warm to someone in a turban.', [['faith-judged', 'warm to someone in a turban', 33]]],
    // A note's "though" that closes what it says of the candidate.
    ['Sam – good interview, has a stammer though.', [['condition-doubted', 'stammer though', 28]]],
    ['Applicant 2 – strong CV. Only 22 though, so maybe next time.', [['age-judged', 'Only 22', 25]]],
    // Who: a referee reporting on the candidate, a relative's condition held against her.
    ['Candidate 4 – her referee says she had a lot of sick leave, so not sure.', [['condition-doubted', 'a lot of sick leave, so not sure', 39]]],
    ['Candidate 2 – her son is autistic, so I doubt she can do lates.', [['condition-doubted', 'autistic, so I doubt', 25]]],
    // A faith by its ministry.
    ['Candidate 5 is a lay preacher, so Sundays could be a problem.', [['faith-judged', 'lay preacher', 17]]],
  ] as const)('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // An adjustment arranged, not doubted.
    'Candidate 2 uses a screen reader. Not a problem – IT will set it up.',
    // A place of training in a neutral summary; a want in the next sentence is about something else.
    'Dr Okafor trained in Leeds and has six years as a registrar. We\'d like her to start in May.',
    'Dr Haddad qualified in Damascus. She starts on the 4th and will shadow Ward 7 for a fortnight.',
    'We welcome people from Eastern Europe and beyond.',
    "Our new nurse is someone from Leeds Teaching Hospitals, and I'm not sure she has done nights.",
    // A patient's origin and care: an interpreter booked, a patient's pronoun.
    "Mrs Nowak is Polish, so we've booked an interpreter; she was worried about the appointment.",
    'The patient told us she has epilepsy. Not sure the clinic was told.',
    "The patient's mother says she has epilepsy and is worried about the stairs.",
    'Candidate 4 – strong. Her referee has a stammer and he was worried the call would go badly.',
    // "Though" that opens a clause of its own.
    'Sam – has a stammer, though he manages it well.',
    // The next sentence judges something else.
    'Candidate 9 – has diabetes. Not sure about her wound care experience.',
    "She managed over 40 staff. Not sure she'd want a band 5 post.",
    'Her husband drops the rota off on Fridays. Not sure why.',
  ])('passes %j', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads no place of training or next-sentence judgement in an advert', () => {
    expect(read('Trained in Glasgow or elsewhere? Not sure if you qualify? Call us.', 'advert')).toEqual([]);
  });
});
