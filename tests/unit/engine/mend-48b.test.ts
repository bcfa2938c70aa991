import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Review 48b, item 1: "understand her" or "follow him" is a doubt of the person's speech only when nothing of theirs
// follows ("her advice", "her care plan letters") and "follow" is not going somewhere ("follow him to the new surgery").
describe('understanding or following a person, not their advice or their move', () => {
  leaves([
    ['Do the patients follow her advice on the inhaler technique?', 'email'],
    ['Do patients understand her care plan letters, or should we simplify them?', 'email'],
    ['Will the residents follow her lead during the fire drill?', 'email'],
    ['Will patients follow him to the new surgery when he moves?', 'email'],
    ['Would our clients understand her discharge summary without a pharmacist?', 'email'],
  ]);
  flags([
    ['Will our callers understand him on the phone, with that accent?', 'email', [['accent-understood', 'Will our callers understand him', 0], ['accent', 'accent', 56]]],
    ['Would the residents follow her? I am not sure.', 'email', [['accent-understood', 'Would the residents follow her', 0]]],
  ]);
});

// Item 2: "caring for a man" is care given, not a trait measured against his sex; "very caring for a man" is.
describe('caring for a man as a task', () => {
  leaves([
    ['Our domiciliary team is caring for a man with advanced Parkinson’s at home.', 'advert'],
  ]);
  flags([
    ["He's surprisingly caring for a man, the panel said.", 'email', [['sex-stereotyped-traits', 'surprisingly caring for a man', 5]]],
  ]);
});

// Item 3 and 13: the year someone qualified is an age only beside a doubt about age (keeping up, pace, new systems,
// winding down); "in" before the year may be left out.
describe('a year of qualifying, held against someone only with an age-coded doubt', () => {
  leaves([
    ['Candidate 5: excellent, but qualified in 2022 so the preceptorship is still open.', 'email'],
    ['Good, but he qualified in 1995 and hasn\'t done any CPD since 2010.', 'email'],
    ['Very strong, but she graduated in 1997 and has only worked in the private sector.', 'email'],
  ]);
  flags([
    // The year beside a doubt about keeping up is age-qualified-years-ago's reading, which takes the year alone.
    ['Lovely manner, but he graduated in 1991, so I doubt he would keep up with the new systems.', 'email', [['age-qualified-years-ago', 'graduated in 1991', 22]]],
  ]);
});

// Item 4: praise of a patient in care, then a characteristic, is no panel's judgement.
describe('praise of a patient, then a faith', () => {
  leaves([
    ["Mrs Begum in bay 2 is a sweetheart, but she's Hindu and 88, so please arrange a carer who can help with her meals.", 'email'],
  ]);
});

// Item 5: "from young … to older" is a range of people already there; "away from younger recruits … older nurses" asks for an age.
describe('a range of ages against a turn from one age to another', () => {
  flags([
    ["We've moved away from younger recruits and now want older nurses who will stay.", 'email', [['age-young', 'younger', 22], ['age-older', 'older', 52]]],
    ['We are stepping back from younger bank staff; older healthcare assistants suit our wards better.', 'email', [['age-young', 'younger', 26], ['age-older', 'older', 46]]],
  ]);
  leaves([
    ['Our volunteers run from young students on placement to older retired nurses who help at the café.', 'advert'],
  ]);
});

// Item 6: a faith request granted is no judgement, unless the sentence turns to one after the grant.
describe('a faith request granted, then held against the person', () => {
  flags([
    ["She asked to move the interview because of Eid, which we arranged, but I'd mark her down for it.", 'email', [['faith-judged', 'Eid', 43]]],
  ]);
  leaves([
    ['He asked for the assessment day to avoid Diwali, which we accommodated.', 'email'],
  ]);
});

// Item 7: people aged 16 to 24 whom the post mentors are those served; "individuals" may be the people hired.
describe('people of an age served or hired', () => {
  leaves([
    ['You will mentor motivated people aged 16 to 24 on our apprenticeship scheme.', 'advert'],
  ]);
  flags([
    ['As youth worker you will support driven people aged 14 to 19 into health careers.', 'advert', [['masculine-driven', 'driven', 33]]],
  ]);
  flags([
    ['Wanted: enthusiastic individuals aged 18 to 30 for our bank.', 'advert', [['age-limit', 'individuals aged 18 to 30', 21]]],
  ]);
});

// Item 8: "no responsibilities outside work hours" is a promise about the job's hours.
describe('no duties outside working hours', () => {
  leaves([
    ['You will have no responsibilities outside work hours and no on-call.', 'advert'],
    ['There are no commitments outside work time: the clinic closes at 6pm.', 'advert'],
  ]);
  flags([
    ['The successful applicant must have no responsibilities outside work.', 'advert', [['caring-responsibilities', 'no responsibilities outside work', 35]]],
  ]);
});

// Item 11: "much" on its own compares ("much comfier"); "a bit much" or "too much" judges the look.
describe('a look judged too much, not a thing compared', () => {
  leaves([
    ['The team say their shoes are much comfier than the old clogs.', 'email'],
    ['Staff say their uniforms are much cooler in the new fabric.', 'email'],
  ]);
  flags([
    ['His jewellery was far too much for a clinical role.', 'email', [['appearance-led', 'His jewellery was far too much', 0]]],
  ]);
});

// Item 9: a team or service that "needs more presence" somewhere is where it is seen, not a person's manner.
describe('a team that needs more presence', () => {
  leaves([
    ['The community team needs more presence in the care homes this winter.', 'email'],
    ['Our pharmacy service needed more presence on the wards last year.', 'email'],
  ]);
  flags([
    ['Candidate 2 needs more presence when chairing the huddle.', 'email', [['demeanour-judged', 'needs more presence', 12]]],
  ]);
});
