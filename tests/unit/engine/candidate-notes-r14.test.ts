import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// A note about one candidate (a bullet, a labelled line, a sentence with the candidate as subject)
// that mentions a characteristic or a proxy for one and weighs it (reading/who.ts, what.ts, judged.ts;
// judgement/vocabulary.ts): a place of training with the note's doubt of how they speak, an age with
// the years left asked about or a verdict, a family life with a penalty, a condition with the decision
// a sentence later, a faith with a request to find out more, a tie to the panel, a gap held against
// them. Beside them, the fair notes (skills weighed on the criteria, an overseas qualification weighed
// on its equivalence, an adjustment arranged, a tie declared, an instruction to the panel) stay clean.

/** Every finding but jargon, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  const report = analyse(text, { context: 'email', minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category !== 'jargon').map((f) => [f.ruleId, f.text, f.start]);
}

describe('a note that weighs what it says of a candidate', () => {
  it.each<[string, [string, string, number][]]>([
    // Where they trained or grew up, and a doubt of how they speak later in the same note: the place,
    // and the doubt a finding of its own.
    ["Applicant 07 - qualified in Bucharest, so I'd want to hear her on the phone first.", [['origin-judged', 'Applicant 07 - qualified in Bucharest', 0], ['origin-judged', 'want to hear her on the phone', 46]]],
    ['Candidate C: schooled in Warsaw and the accent is noticeable on the phone.', [['origin-judged', 'Candidate C: schooled in Warsaw', 0], ['origin-judged', 'accent is noticeable', 40]]],
    ["- Joseph: grew up in Harare; solid clinically. Check he'll understand our older patients before we offer.", [['origin-judged', 'grew up in Harare', 10], ['origin-judged', "Check he'll understand our older patients", 47]]],
    ["Dr Lindqvist studied in Uppsala. Strong on audit. I'd test whether his English copes with the phones.", [['origin-judged', 'studied in Uppsala', 13], ['origin-judged', 'test whether his English copes', 54]]],
    // An origin, and someone local preferred instead; being from round here, preferred.
    ["Candidate 5 - lovely, but she's Nigerian and patients here prefer someone local.", [['origin-judged', 'Nigerian and patients here prefer', 32]]],
    ['- Grace: from round here, a better fit than the others.', [['origin-judged', 'round here', 14]]],
    // A nationality read off a name, and a doubt in its sentence.
    ["- Ms Nowak: Polish name, worried the patients won't manage it.", [['origin-judged', 'Polish name', 12]]],
    // An age, and the years left asked about, or a verdict after it.
    ["Candidate 4 - she's 61, so how many years would we get from her?", [['age-noted', "she's 61, so how many years would we get", 14]]],
    ["- Mark: 62 years old. I wonder how long he'd stay.", [['age-judged', "62 years old. I wonder how long he'd stay", 8]]],
    ["Applicant 5 - good community experience but she's 63. Probably not.", [['age-noted', "she's 63. Probably not", 44]]],
    // A family life, and a point knocked off, a candidate parked or moved down, a doubt she'd manage.
    ["Candidate 6 - a single dad with two little ones; I'd knock a point off for availability.", [['family-judged', "single dad with two little ones; I'd knock a point off", 16]]],
    ["- Amira: newly married, I'd park her for now.", [['family-judged', "newly married, I'd park her", 9]]],
    ['Candidate 9 - has three kids under ten. Move her down.', [['family-judged', 'kids under ten. Move her down', 24]]],
    ["- Rhian: single mother, she wouldn't manage the rota.", [['family-judged', "single mother, she wouldn't manage", 9]]],
    // A condition, a statement of the job's own, then the decision that refers back to her.
    ["Applicant 3 – mentions she is a wheelchair user. The office is upstairs. Let's not take her forward.", [['condition-doubted', "wheelchair user. The office is upstairs. Let's not take her forward", 32]]],
    ['Applicant 9 – autistic, disclosed on the form. Probably not one for the front desk.', [['condition-doubted', 'autistic, disclosed on the form. Probably not one for the front desk', 14]]],
    // A doubt whose object is a trait of the person, not a skill; a rhetorical question.
    ["Applicant 6 – mentions she has lupus. Good interview, but I'm not sure about her attendance.", [['condition-doubted', "lupus. Good interview, but I'm not sure about her attendance", 31]]],
    ['- Dan: epileptic, per his form. Do we really want him on lone nights?', [['condition-doubted', 'epileptic, per his form. Do we really want him', 7]]],
    // A faith's observance assumed.
    ["Candidate 2 – a practising Sikh; he'll want Sunday mornings off for the gurdwara, I expect.", [['faith-judged', 'Sikh', 27]]],
    // A faith judged, and a request to find out more of it in the next sentence, a finding of its own.
    ["- Tom: wears a turban; not sure it fits the uniform. Could we ask whether he'd take it off in theatre?", [['faith-judged', "ask whether he'd take it off", 62]]],
    // A tie to the writer or the partners: a school, a game, likeness to the writer's family.
    ["No. 8 – did her training at the same dental school as me, so I'd put her first.", [['affinity', 'the same dental school as me', 28]]],
    ['- Callum: plays golf with one of the partners. Easy yes.', [['affinity', 'plays golf with one of the partners', 10]]],
    ['Candidate B reminds me of my son. Put him through.', [['affinity', 'reminds me of my son', 12]]],
    ['- Kit: a good friend of the manager, so a safe pair of hands.', [['affinity', 'a good friend of the manager', 7]]],
    // A family that are patients here, counted in the candidate's favour.
    ["Candidate E - her mum is one of our patients, so she's a good bet.", [['patient-connection', 'her mum is one of our patients', 14]]],
    // Likeness to the team, after "clearly" or "more".
    ['- Ola: clearly one of us, and the partners liked her.', [['one-of-us', 'one of us', 15]]],
    ['- Ola: strong on the criteria; C is more our sort, though.', [['one-of-us', 'our sort', 41]]],
    // A gap in work, held against them in its sentence or the next.
    ['Applicant 2 - out of work after her divorce. That worries me.', [['gap-judged', 'out of work', 14]]],
    ['- Peter: hasn\'t worked since 2021. Red flag.', [['gap-judged', "hasn't worked since", 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Speech cleared, an overseas qualification weighed on its equivalence, a score on the criteria.
    'Applicant 07 - qualified in Bucharest; NMC registered and her English is excellent. Shortlist.',
    'No. 5 - did his training in Chennai, equivalence confirmed by the GPhC. Strong on the criteria; invite.',
    'Candidate C: trained in Lagos, IELTS 8.5. Scored 18/20 on the criteria.',
    '- Ravi: qualified in Mumbai; her English test score is 8.0 and she was easy to understand on the phone.',
    'Candidate 4 - trained in Manila, NMC registered. Clear phone manner. Shortlist.',
    // An adjustment arranged; a decision after a sentence that weighs the criteria.
    "Applicant 3 – uses a wheelchair. The office is upstairs. We'll hold her interview in room 1 and take her forward.",
    "Applicant 3 – mentions she is a wheelchair user. Weak on the dispensing scenario. Let's not take her forward.",
    // A faith said to have no bearing; a penalty on a criterion; a long career on the ward.
    'Applicant 2 - wears a hijab; no bearing on the role. Strong MUR experience, shortlist.',
    "Applicant 11 - weak on the prescribing criterion, so I'd move her down.",
    'Candidate 6 - 20 years on a busy ward, scored well on the leadership question. Put through.',
    'Candidate 7 - good ward experience, patients on her ward say she is kind. Take forward.',
    // A tie declared; a patient's family; a gap weighed on the criteria; a skill to be trained.
    'I went to the same university as this candidate, so I have declared it and will not score her.',
    'Dr Ahmed knows the family of the patient in bay 4 and will speak to them about the discharge.',
    'Candidate 2 - 18 months out of work after redundancy; meets every essential criterion. Shortlist.',
    "- Lucy B - strong clinically; she won't manage the rota software without training, so book her on the course.",
    // Someone preferred for a skill, not an origin; a fit to the person specification.
    'Candidate 5 - she\'s Nigerian; patients here prefer someone who explains things clearly, and she did.',
    '- Grace: a better fit for the person specification than the others.',
    // A doubt of a skill after a condition with its adjustments agreed.
    'Applicant 6 – mentions she has lupus; adjustments agreed. Not sure about her wound care experience.',
    // A patient's family in a patient's e-mail; a tie declared.
    'Her dad is a patient here; she knows he wants a home visit on Tuesday.',
    'Her mum is a patient here, so Dr Shah has declared it and will not sit on the panel.',
    // A name with no doubt of it; staying in the area said of a candidate.
    '- Ms Nowak: Polish name, trained in Leeds, strong on the criteria. Shortlist.',
    'Candidate 4 - Irish surname, plans to stay in the area. Shortlist.',
    // Fair instructions to the panel.
    "Please don't knock points off for career gaps; score on the criteria only.",
    'Do not move anyone down because they were out of work for a while.',
    "Reminder: don't mark anyone down for an accent or for where they trained. Judge the answers.",
    'We never ask how long someone plans to stay or whether they have children.',
    "Panel note: it doesn't matter which school anyone went to; the same scoring grid applies to all.",
    'Reminder to the panel: do not ask about children, age, religion or health. Score each candidate against the person specification only.',
  ])('leaves %j clean', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads an age in a note labelled with a candidate number, whatever ward it names', () => {
    expect(read("Candidate 3 - good ward experience but she's 58, so realistically how long would we get out of her?")).toEqual([
      ['age-noted', "she's 58, so realistically how long would we get out of her", 39],
    ]);
    expect(read("I saw Mrs Brown on the ward today. She's 61 and doing well.")).toEqual([]);
  });
});
