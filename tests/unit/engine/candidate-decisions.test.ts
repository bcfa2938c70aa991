import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Notes that decide against a candidate for a protected reason, in the words a panel uses (reading/
// judged.ts, judgement/vocabulary.ts, reading/what.ts): a decision not to move them on, a score
// marked down, a risk or a burden to the team, a liking for likeness, a concession; and the fair
// notes beside them (an adjustment arranged, a rescheduling asked for, the candidate's own
// experience, a patient or a referee described), which stay clean.

/** The findings of the rules that read a note about a candidate, as [rule, text, start]. */
function read(text: string): [string, string, number][] {
  const report = analyse(text, { context: 'email', minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  const rules = ['age-judged', 'origin-judged', 'health-judged', 'faith-judged', 'family-judged', 'family-noted', 'condition-doubted', 'age-noted'];
  return report.findings.filter((f) => rules.includes(f.ruleId)).map((f) => [f.ruleId, f.text, f.start]);
}

describe('a decision against a candidate, after what a note says of them', () => {
  it.each<[string, [string, string, number][]]>([
    // Not moving them on, in any of a panel's verbs, negated.
    ["Candidate 6 – has two little ones at home. I wouldn't shortlist her for the late rota.", [['family-judged', "little ones at home. I wouldn't shortlist her", 22]]],
    ["Applicant 2 – epileptic, per his form. Let's not put him through.", [['condition-doubted', "epileptic, per his form. Let's not put him through", 14]]],
    ['3. Dana – expecting in March, so best not take her forward.', [['family-judged', 'expecting in March, so best not take her forward', 10]]],
    // Said without a negation: a miss, a pile, parking, holding fire, scoring down.
    ["He's had a relapse this year. Give him a miss.", [['condition-doubted', 'relapse this year. Give him a miss', 11]]],
    ['Number 7 – career break for her children. Hold fire until the next round.', [['family-judged', 'children. Hold fire until the next round', 32]]],
    ['Candidate 10 – newly engaged. Park this one for now.', [['family-judged', 'newly engaged. Park this one', 15]]],
    ['Leena – deaf in one ear. Scored her down on the phone task.', [['condition-doubted', 'deaf in one ear. Scored her down', 8]]],
    // A risk or a burden: wearing out, cover, not lasting, a risk not taken.
    ["Mr Achterberg is 59 and on heart tablets. He'd be knackered within a month.", [['condition-doubted', "heart tablets. He'd be knackered", 27]]],
    ["Applicant 4 has MS, so we'd need cover whenever it flares up.", [['condition-doubted', "has MS, so we'd need cover", 12]]],
    ["Wyn – he's 57 and a career changer. Decent, but I doubt he'd go the distance on nights.", [['age-noted', "he's 57 and a career changer. Decent, but I doubt he'd go the distance", 6]]],
    ["Applicant 8 is on antidepressants. I wouldn't risk it with our caseload.", [['condition-doubted', "antidepressants. I wouldn't risk it", 18]]],
    // A liking for likeness, and a concession that closes the note.
    ["She reminds me of my daughter, only 22, so I've put her top.", [['age-judged', 'reminds me of my daughter, only 22', 4]]],
    ['Applicant 3 – uses a walking frame, mind you.', [['condition-doubted', 'walking frame, mind you', 21]]],
    ['Candidate 4 – has two under fives, mind you.', [['family-judged', 'under fives, mind you', 22]]],
    // A verdict, a burden on the rest of the team, a rota that will not work.
    ['Candidate 5 – has just had a baby. A no from me for the full-time post.', [['family-judged', 'just had a baby. A no from me', 18]]],
    ["Applicant 1 is on chemo. We'd be picking up the slack for months.", [['condition-doubted', "chemo. We'd be picking up the slack", 18]]],
    ['Candidate 8 – on IVF, so not workable with our rota.', [['family-judged', 'IVF, so not workable', 17]]],
    // A doubt that opens the next sentence joins a judgement already made in the first.
    ['4. Ellis – has a stammer, which worries me. Not ideal on the phones.', [['condition-doubted', 'stammer, which worries me. Not ideal', 17]]],
    ['Applicant 3 asked whether she could leave early for Friday prayers. A bit much at this stage.', [['faith-judged', 'asked whether she could leave early for Friday prayers. A bit much', 12]]],
    ['4. Ellis – has a stammer, which worries me. Lovely reference from his last ward though.', [['condition-doubted', 'stammer, which worries', 17]]],
    // One of a list of candidates: "the last one", "first one's".
    ["The last one uses a stick. Not sure she'd manage the stairs.", [['condition-doubted', "uses a stick. Not sure she'd manage the stairs", 13]]],
    ["First one's 58, reckon he'll struggle with the lifting.", [['age-noted', "one's 58, reckon he'll struggle", 6]]],
    // Plain words of a condition, a family and a life stage.
    ["Candidate 3 – registered blind. Not sure she'd manage the notes.", [['condition-doubted', "registered blind. Not sure she'd manage the notes", 14]]],
    ["Applicant 9 – takes insulin. I'd rather not put him on lone nights.", [['condition-doubted', "takes insulin. I'd rather not put him", 14]]],
    ["Applicant 6 is a lone parent. I wouldn't shortlist her for nights.", [['family-judged', "lone parent. I wouldn't shortlist her", 17]]],
    ['Candidate 1 – a pensioner. Park this one.', [['age-judged', 'Candidate 1 – a pensioner. Park this one', 0]]],
    // Where someone grew up or did their training, doubted.
    ["Candidate 2 grew up in Krakow, so I'm not sure she'd follow our patients.", [['origin-judged', 'Candidate 2 grew up in Krakow', 0]]],
    ["Dr Osei did his training in Accra. Not convinced he'd cope with our systems.", [['origin-judged', 'did his training in Accra. Not convinced', 8]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // An adjustment arranged, a rescheduling asked for, the candidate's own experience.
    "Sam uses a wheelchair, so I've booked the ground-floor room for her interview.",
    "She has dyslexia, so I've arranged extra time for the written test.",
    "Applicant 4 is deaf; I've booked a BSL interpreter for the interview.",
    "The candidate asked to move her interview to Thursday because of the school run; fine, I've rescheduled.",
    'In her statement she describes five years supporting autistic adults.',
    "Candidate 2 – strong on diabetes reviews. I wouldn't shortlist her yet: no prescribing qualification.",
    // A decision for the candidate, a patient's condition, a referee's report, a policy.
    "Candidate 3 – has a toddler. Strong statement, I'd shortlist her.",
    "Her patient has MS and relapsed last month; she managed the referral well, so I'd shortlist her.",
    'Her referee says she has never needed cover and was never off sick.',
    'We do not shortlist anyone on the basis of age, disability or pregnancy.',
    // Words of the families in other senses.
    "We're expecting a busy winter, so we'd rather not shortlist anyone who can't do nights.",
    "Kim is getting married in June and has asked for the week off; I've put it on the rota.",
    'Mind you, she has epilepsy and has managed it for years without a seizure.',
    "Second one's 20 minutes away.",
    "One of the patients has epilepsy; not sure she'll manage the stairs.",
    'Had a baby last year? Our maternity policy covers you from day one.',
    "She was born in Leeds and did her degree in Manchester; we'd like her to start in May.",
    'Candidate 4 did her nursing in Manila and grew up in Cebu; strong references, shortlist.',
    'Our learning disability nurses support people with epilepsy and asthma.',
    "She ran the asthma clinic for five years, so I'd shortlist her.",
  ])('leaves %j alone', (text) => {
    expect(read(text)).toEqual([]);
  });
});
