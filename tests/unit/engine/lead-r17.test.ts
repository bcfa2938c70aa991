import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 17 (lead): each kind in other words than the sets that showed it.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

describe('a doubt about what has happened is not a doubt about a person', () => {
  it.each<[string, [string, string, number][]]>([
    ["I'm not sure a man would settle on the ward.", [['sex-preferred', 'man', 15]]],
    ['Not sure a female porter could do the heavy lifts.', [['sex-preferred', 'female', 11]]],
    ['I doubt a woman has the stomach for the mortuary.', [['sex-preferred', 'woman', 10]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Not sure a man has ever applied for the health visitor posts here.',
    "I'm not sure a woman has worked in the sterile services team before, so it's worth saying we'd welcome it.",
    'Not sure a female electrician has been on the estates rota in ten years.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('fair statements, places, activities and other people, read as such', () => {
  it.each<[string, 'email' | 'advert', [string, string, number][]]>([
    ['The post holder must be a practising Sikh.', 'advert', [['faith-demanded', 'must be a practising Sikh', 16]]],
    ['You must have the strength to lift patients.', 'advert', [['physique-demanded', 'must have the strength', 4]]],
    ['We want an independent, confident radiographer.', 'advert', [['masculine-independent', 'independent', 11], ['masculine-confident', 'confident', 24]]],
    ['You will have worked in general practice for many years.', 'advert', [['age-years-experience', 'many years', 45]]],
    ['Contact Dr Cruz about the CMHT rota.', 'advert', [['unexpanded-acronym', 'CMHT', 26]]],
    // A job's words after a title are no name: the letters are no post-nominal.
    ['Ward Sister/Charge Nurse - SSU rota', 'advert', [['unexpanded-acronym', 'SSU', 27]]],
    ['Please send a female support worker, the ward needs more women.', 'email', [['sex-preferred', 'female', 14]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });

  it.each<[string, 'email' | 'advert']>([
    // A lawful requirement cited, and another date offered.
    ['Under Schedule 9 of the Equality Act 2010 this is a genuine occupational requirement: the post holder must be a practising Sikh, as they will lead worship at the gurdwara.', 'advert'],
    ['If the date does not suit you because of caring or religious commitments, tell us and we will offer another date.', 'email'],
    // A place, not a body; an activity, not a trait; a team's years, not the candidate's.
    ['The post holder will be expected to work at height in plant rooms and ceiling voids.', 'advert'],
    ['Experience of independent reporting in plain film.', 'advert'],
    ['The reception team have worked together for many years.', 'advert'],
    // When, not whom; cover for a colleague's leave; same-sex personal care.
    ['We need cover while Ravi is on paternity leave, ideally from 3 June.', 'email'],
    ['Please send at least one female support worker per shift, as two of our female residents need personal care.', 'email'],
    // Letters after a titled name.
    ['Applications to Dr Ana Cruz MRCPsych, Clinical Director.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('what a sentence-wide word used to hide, and demands in other words', () => {
  it.each<[string, 'email' | 'advert', [string, string, number][]]>([
    // Patients in the reason, not in the refusal's own clause.
    ['Please, no one who is expecting a baby, as the job means lifting patients in their homes.', 'email', [['family-judged', 'no one who is expecting a baby', 8]]],
    // A visa in the writer's reason, not offered as a route.
    ["Can you make sure they're British citizens, as I don't want the visa forms again?", 'email', [['nationality-required', 'British citizens', 26]]],
    ['Shortlisting notes for the porter posts. Number 4 is 59. Strong on the practical.', 'email', [['age-noted', 'Number 4 is 59', 41]]],
    // Feet in another clause: the skin is no podiatry.
    ['You will need a thick skin, as the service is still finding its feet.', 'advert', [['thick-skin', 'a thick skin', 14]]],
    ['You will pick up extra shifts whenever there is sickness on the team.', 'advert', [['time-demanded', 'pick up extra shifts whenever there is sickness', 9]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });

  it.each<[string, 'email' | 'advert']>([
    ['Podiatrists treat thick skin and corns on the feet.', 'advert'],
    ['UK nationals must have a DBS check; others also need an overseas police check.', 'advert'],
    ['Interview notes: Number 4 is 60 metres from the lift.', 'email'],
    ['You will support patients who are pregnant or have young children.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('notes labelled with a name, and a car demanded with the cover it needs', () => {
  it('reads the age in a named line of shortlisting notes as that candidate\'s, whatever the line before said', () => {
    const text = 'Shortlist for the ward clerk post:\n- Ann - on the surgical ward for years.\n- Joy - lovely, but she is 61 and wants part-time.';
    expect(read(text)).toEqual([['age-noted', 'she is 61', 95]]);
  });
  it('leaves an age in a ward round note', () => {
    expect(read('Ward round notes:\n- Bed 4: Mrs Hall, diabetic, she is 81 and frail.')).toEqual([]);
  });
  it('flags a car driver demanded with business insurance, not a licence an insurer asks for', () => {
    expect(read('You must be a car driver with business insurance.', 'advert')).toEqual([['driving-licence', 'must be a car driver', 4]]);
    expect(read('For insurance reasons, drivers of the practice car must hold a full driving licence.', 'advert')).toEqual([]);
  });
});

// From the round's review: fresh sentences each new reading had got wrong.
describe('review mends', () => {
  it.each<[string, 'email' | 'advert', [string, string, number][]]>([
    ['We cannot take anyone over 55 for this post; if the interview date does not suit, we can offer another date.', 'advert', [['age-judged', 'anyone over 55', 15]]],
    ['Join our friendly team, who have worked together for years; you will need at least 5 years of post-registration experience.', 'advert', [['age-years-experience', 'at least 5 years', 74]]],
    ['She should be young looking.', 'email', [['age-young', 'young', 14]]],
    ['For an informal visit contact Dr Ann Lee, CRHT Clinical Lead, on 0113 496 0000.', 'advert', [['unexpanded-acronym', 'CRHT', 42]]],
    ['Please contact Sister Mary Jones SCBU Manager for details.', 'advert', [['unexpanded-acronym', 'SCBU', 33]]],
    ["I don't think a woman would manage the night shifts on this ward.", 'email', [['sex-preferred', 'a woman would manage', 14]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });

  it.each<[string, 'email' | 'advert']>([
    ['Anyone with a disability who would struggle with the online form can apply by phone instead.', 'advert'],
    ['Anyone with dyslexia who would struggle with the written test will be given extra time.', 'advert'],
    ['No one on the diabetes team is expected to work nights.', 'advert'],
    ['Men struggle to talk about their feelings, so this post will run our new wellbeing group.', 'advert'],
    ['Pregnant women often struggle to get to appointments, so patients can now book home visits.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('review mends: a relative named before a pronoun', () => {
  it('leaves a relative described in a note, any relative the lexicon knows', () => {
    expect(read('Mrs Lowe came in with her granddaughter; she is a slip of a girl.')).toEqual([]);
  });
});
