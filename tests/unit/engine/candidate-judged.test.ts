import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

const RULES = new Set(['faith-judged', 'condition-doubted', 'origin-judged', 'age-judged', 'family-judged']);

/** The findings of the rules that read a characteristic said of a candidate, as [rule, text, start], in an e-mail. */
function judged(text: string): [string, string, number][] {
  const report = analyse(text, { context: 'email', minWordsForStatements: 0, settings: { categories: { 'plain-english': false } } });
  return report.findings.filter((f) => RULES.has(f.ruleId)).map((f) => [f.ruleId, f.text, f.start]);
}

describe('a faith held for or against a candidate (faith-judged)', () => {
  it.each([
    // One finding for the sentence, though it names the faith and a festival.
    ['Candidate 1 is Muslim, so Ramadan will be a headache for the late rota.', [['faith-judged', 'Candidate 1 is Muslim', 0]]],
    // "Would prefer" with the writer left out, as notes write it.
    ['Would prefer a Christian for this post.', [['faith-judged', 'prefer a Christian', 6]]],
    ["She's Jewish, so I'm not sure about the Friday lates.", [['faith-judged', 'Jewish', 6]]],
    ["Ideally someone who isn't going to need time off for Eid.", [['faith-judged', 'time off for Eid', 40]]],
    // An opening phrase, then the person it is said of.
    ['Being Muslim, she might not fit in with the team.', [['faith-judged', 'Muslim', 6]]],
    ['Sundays are out for him because of his faith, which rules him out.', [['faith-judged', 'his faith', 35]]],
  ] as const)('flags %j', (text, expected) => {
    expect(judged(text)).toEqual(expected);
  });

  it.each([
    // The employer's own offer, patients' faith and chaplaincy, a name, and a candidate's work with patients.
    'We support staff observing Ramadan with flexible breaks.',
    'The chaplaincy team visits Muslim and Christian patients on the wards.',
    'Many of our Muslim patients prefer an afternoon appointment during Ramadan.',
    'Christian Hale is not sure he can make the interview on Friday.',
    'Candidate 2 ran a diabetes session for patients fasting during Ramadan, which was excellent.',
    'During Ramadan, she covered the late clinic brilliantly.',
    "We're happy for staff to take time off for Eid and Diwali.",
    'He previously worked in a Catholic hospice and would suit the palliative care post.',
    'Staff who fast during Ramadan can swap to earlier shifts if they prefer.',
  ])('passes %j', (text) => {
    expect(judged(text)).toEqual([]);
  });
});

describe('a mobility aid or a condition noticed in a named or numbered candidate (condition-doubted)', () => {
  it.each([
    ["Candidate 4 came in on crutches, not sure how he'd manage the stairs.", [['condition-doubted', 'crutches, not sure', 23]]],
    // A name, not a pronoun, holds it.
    ['Noticed Dev has a limp, could be a problem for home visits.', [['condition-doubted', 'has a limp, could be a problem', 12]]],
    // A note's line: the doubt is its next sentence.
    ['2. Sam - uses a walking stick. I doubt she could keep up on the ward.', [['condition-doubted', 'walking stick. I doubt she could keep up', 16]]],
    ["3. Maya - wears hearing aids. Not sure she'd manage the phones.", [['condition-doubted', "hearing aids. Not sure she'd manage the phones", 16]]],
    ['Applicant 3 arrived in a wheelchair; the lab is upstairs so probably a non-starter.', [['condition-doubted', 'wheelchair; the lab is upstairs so probably a non-starter', 25]]],
    ["He's got a bad leg, not ideal for community visits.", [['condition-doubted', 'bad leg, not ideal', 11]]],
    ['She has a hearing aid, how will she manage the phones?', [['condition-doubted', 'hearing aid, how will she manage', 10]]],
    ["She mentioned her MS, so I'd worry about sickness.", [['condition-doubted', "her MS, so I'd worry", 14]]],
    // Patients named after the doubt are those the writer fears for, not whose the condition is.
    ['Candidate 4 has a stammer, not sure how patients would react.', [['condition-doubted', 'stammer, not sure', 18]]],
    // A note that goes on about something else keeps its doubt for the next sentence's subject.
    ["1. Jo - strong on chronic disease reviews. She's pushing sixty though, so I'd rather not.", [['age-judged', 'pushing sixty', 49]]],
  ] as const)('flags %j', (text, expected) => {
    expect(judged(text)).toEqual(expected);
  });

  it.each([
    'Candidate 4 has worked with wheelchair users in a spinal unit for six years.',
    // A day of the week is not a person's name.
    'On Monday the diabetes clinic was a problem because the room was double-booked.',
    'We lend walking sticks to patients, and keeping track of them is a problem.',
    'She ran the falls clinic, so she knows how patients with a bad hip manage at home.',
    "She has run our stammer clinic for years and I'm not sure anyone else could.",
  ])('passes %j', (text) => {
    expect(judged(text)).toEqual([]);
  });
});

describe('an origin, an age or a family life wished for or against (person-judged, family-judged)', () => {
  it.each([
    ["Marek is Polish, I'd worry he'll go home after a year.", [['origin-judged', 'Polish', 9]]],
    ["He's Eastern European, they tend to move on after a year.", [['origin-judged', 'Eastern European', 5]]],
    ['We need someone who looks like our patients.', [['origin-judged', 'need someone who looks like our patients', 3]]],
    ['Would prefer someone of our own background.', [['origin-judged', 'prefer someone of our own background', 6]]],
    ["She's a granny already, so not sure about the pace on nights.", [['age-judged', 'granny', 8]]],
    // (Staff called "the girls" in their twenties: engine-146.test.ts, where the decade rule now reads them as staff.)
    ['- Dr E: a real old hand, likely too long in the job to learn our new templates.', [['age-judged', 'old hand', 15]]],
    ["She's probably menopausal, which worries me for the long shifts.", [['age-judged', 'menopausal', 15]]],
    ['Candidate 2 had a bit of a bump, not sure we want to train her up.', [['family-judged', 'bit of a bump, not sure', 18]]],
    ['Nobody foreign this time, please.', [['origin-judged', 'Nobody foreign', 0]]],
    ['Would prefer someone British on the front desk.', [['origin-judged', 'prefer someone British', 6]]],
    ['Would prefer somebody nearer our own age.', [['age-judged', 'prefer somebody nearer our own age', 6]]],
    ['This is not a job for someone winding down.', [['age-judged', 'not a job for someone winding down', 8]]],
    ['2. Ana - born in the eighties, would fit the vibe on the counter.', [['age-judged', 'born in the eighties', 9]]],
    ["I'm not sure about her plans on the family front.", [['family-judged', 'not sure about her plans on the family front', 4]]],
    ["I reckon she'll be wanting a baby soon, which is a worry.", [['family-judged', 'wanting a baby soon, which is a worry', 19]]],
    // "not another" refuses the kind it names, as "nobody" does.
    ['Not another mum with school runs, please.', [['family-judged', 'Not another mum with school runs', 0]]],
  ] as const)('flags %j', (text, expected) => {
    expect(judged(text)).toEqual(expected);
  });

  it.each([
    'Ideally someone who speaks a foreign language.',
    "She's Polish and speaks three languages, a real asset with our patients.",
    'Not another meeting about the rota, please.',
    "There's no place for shouting on this ward.",
    "We want kids to feel safe in the waiting room, so I'm not sure the layout works.",
    'Would prefer a later start for the interviews.',
    'Being new to the area, she might not know the roads.',
    'Our menopause clinic runs on Tuesdays and needs a nurse who is not worried about evening sessions.',
    'Grandparents who care for children can ask about our carers group.',
    'Girls in their teens can book at our drop-in clinic, which is ideal for school hours.',
    'Would prefer someone with a similar background in community nursing.',
    'We want to recruit more people from Black and Asian backgrounds to reflect our community.',
    'Candidate 5 covered maternity leave at her last practice and would be ideal.',
    'Staff can request leave for religious festivals through the usual process.',
    'Not another agency invoice with school-run hours on it, please.',
  ])('passes %j', (text) => {
    expect(judged(text)).toEqual([]);
  });
});
