import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 14 (demands in adverts a reviewer would question): a posture held for a stretch with no
// bound, senses and hands, body parts barred, presentation, and time at the employer's call, each
// with its offsets and a trap beside it. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY, settings: { categories: { 'plain-english': false } } }).findings.map(
    (f) => `${f.ruleId}@${f.start}:${f.text}`,
  );

describe('a posture or a movement demanded for a stretch with no bound (physical-extent)', () => {
  it.each<[string, TextKind, string[]]>([
    ['At the packing bench you must be on your feet all shift.', 'advert', ['physical-extent@25:must be on your feet all shift']],
    ['You will need to stand at the packing table for your whole shift.', 'advert', ['physical-extent@0:You will need to stand at the packing table for your whole shift']],
    ['Porters must be up and down the stairs all morning.', 'advert', ['physical-extent@8:must be up and down the stairs all morning']],
    ['We want a runner who can walk between the wards without a break.', 'email', ['physical-extent@25:walk between the wards without a break']],
    ['Ideally someone who can kneel at the chairside from start to finish.', 'email', ['physical-extent@0:Ideally someone who can kneel at the chairside from start to finish']],
    ['Person specification\nEssential\n- Able to sit at a screen non-stop\n- Good keyboard skills', 'advert', ['physical-extent@33:Able to sit at a screen non-stop']],
    // Said of the work, of patients, negated, or with the support that goes with it.
    ['Our porters are on their feet all day, so the rota builds in rest breaks.', 'advert', []],
    // What the job is like, said to the reader, is the honest description an advert should give.
    ["You'll be on your feet for most of the shift and walking the wards all day.", 'advert', []],
    ['Expect to stand at the packing table for your whole shift.', 'advert', []],
    ['Patients who walk all day on the rehabilitation ward are reviewed each week.', 'advert', []],
    ["You won't be lifting all day: hoists and slide sheets are provided.", 'advert', []],
    ['You will stand for much of the clinic; we make reasonable adjustments, including a perching stool, for anyone who needs them.', 'advert', []],
    ['The pharmacy is open all day on Saturdays.', 'advert', []],
    ['You will carry out assessments throughout the day.', 'advert', []],
    ['You must carry your ID badge all the time.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('senses, hands and body parts demanded or barred', () => {
  it.each<[string, TextKind, string[]]>([
    ['Training is given, though you do need good eyesight for the labels.', 'advert', ['physique-demanded@30:do need good eyesight']],
    ['Candidates need dexterous fingers for the fine work.', 'advert', ['physique-demanded@0:Candidates need dexterous fingers']],
    ['For the dispensary you will need steady hands.', 'advert', ['physical-demands@33:steady hands']],
    // Hands, backs and eyes in other senses.
    ['We need a steady hand to lead the directorate through the merger.', 'advert', []],
    ["You'll need good back office skills.", 'advert', []],
    ['Your application should be well presented, with no spelling mistakes.', 'advert', []],
    ['Applicants must have no neck or back problems.', 'advert', ['health-requirement@21:no neck or back problems']],
    ['Porters must be fully fit with no shoulder injuries.', 'advert', ['physically-fit@16:fully fit', 'health-requirement@31:no shoulder injuries']],
    // Patients' problems, the job's equipment, and a sense with its aid.
    ['We treat patients with no back problems as well as those with chronic pain.', 'advert', []],
    ['The clinic has a hearing loop and height-adjustable desks.', 'advert', []],
    ['You will take blood samples in outpatients and on the wards.', 'advert', []],
    ['Good eyesight (with glasses or lenses if you wear them) helps when reading labels.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('presentation and looks demanded of the person (looks-demanded)', () => {
  it.each<[string, TextKind, string[]]>([
    ['Person specification\nEssential\n- Level 2 in English\n- Stylish appearance\n- Good with numbers', 'advert', ['looks-demanded@54:Stylish appearance']],
    ['You must be nicely dressed at all times.', 'advert', ['looks-demanded@4:must be nicely dressed']],
    ['We are after a host who will look right in the lounge.', 'email', ['looks-demanded@29:look right']],
    ['We want someone stylish for the shop floor.', 'email', ['looks-demanded@3:want someone stylish']],
    // Presentation asked in running text is a conduct, as a dress code is; but "presentable" said of the person is
    // their looks, as the study slice's writers mark it (engine-131, round 43).
    ["You'll be expected to keep a smart appearance.", 'advert', []],
    ["You'll need to be presentable and punctual.", 'advert', ['appearance-led@18:presentable']],
    ['Person specification\nEssential\n- Smart appearance\n- Good with numbers', 'advert', []],
    ['We want a neatly presented administrator for the front office.', 'email', ['looks-demanded@3:want a neatly presented administrator']],
    // Things presented, a dress code, and stock described.
    ['Reports must be well presented and accurate.', 'advert', []],
    ['Staff wear a uniform and must be smartly dressed in line with the dress code.', 'advert', []],
    ['We sell stylish frames at fair prices.', 'advert', []],
    ['The leaflets need to be well presented for patients.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe("time at the employer's call, with no bound (time-demanded)", () => {
  it.each<[string, TextKind, string[]]>([
    ['You must be willing to come in whenever the partners say so.', 'advert', ['time-demanded@23:come in whenever the partners say']],
    ['You will be available as and when the ward needs it.', 'advert', ['time-demanded@12:available as and when the ward needs it']],
    ['Monday to Friday, 9am to 5.30pm, with flexibility required', 'advert', ['time-demanded@33:with flexibility required']],
    ['You must be able to work any day including bank holidays.', 'advert', ['time-demanded@20:work any day including bank']],
    ['You will need to stay on past the end of the shift whenever the manager says.', 'advert', ['time-demanded@17:stay on past the end of the shift whenever the manager says']],
    // Flexibility offered, patients' need, a rota and pay, and "as and when required".
    ['Pick up bank shifts whenever you like.', 'advert', []],
    ['You will be there for patients whenever they need you.', 'advert', []],
    ['Extra shifts are paid at time and a half, and offered on the rota whenever the ward is short.', 'advert', []],
    ['Work flexibly as and when required.', 'advert', []],
    // A condition on the team's staffing is occasional cover, a bound of its own.
    ["Must be prepared to stay on if we're short-staffed.", 'advert', []],
    ['We can offer hours to suit you, with flexibility offered around school holidays.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
