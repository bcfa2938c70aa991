import { describe, expect, it } from 'vitest';
import { read, type Found, type Context } from './read-findings';

// Review 35's false alarms (mend-35a), each mended by a reading rather than the reviewer's sentence: fresh
// wording for the alarm now quiet, and the catch each rule was written for still found.
/** Findings other than abbreviations, which the quiet cases may contain for reasons of their own. */
const judged = (text: string, context: Context): Found => read(text, context).filter(([rule]) => rule !== 'unexpanded-acronym');

const flags = (cases: [string, Context, Found][]) =>
  it.each(cases)('flags %j', (text, context, expected) => {
    expect(judged(text, context)).toEqual(expected);
  });
const leaves = (cases: [string, Context][]) =>
  it.each(cases)('leaves %j', (text, context) => {
    expect(judged(text, context)).toEqual([]);
  });

describe('M1 sex-generalised: the writer condemning the stereotype, and patient groups, are not the stereotype', () => {
  flags([
    ['Between us, females are less reliable when the kids are small.', 'email', [['sex-generalised', 'females are less reliable', 12]]],
    ['We find men tend to be better at the role, so keep that in mind.', 'email', [['sex-generalised', 'men tend to be better at the role', 8]]],
  ]);
  leaves([
    ['It would be wrong to think women are more nurturing than the men on the ward.', 'email'],
    ['Do not say males are more sensible drivers when you brief the panel.', 'email'],
    ['Men tend to be worse at attending their diabetic eye screening, so we send reminders.', 'email'],
    ['Men are not less committed than anyone else on the rota.', 'email'],
  ]);
});

describe('M4 religious-dress-banned: asking for a hair covering is not refusing one', () => {
  flags([
    ['Staff covering their hair for faith reasons is not consistent with our look.', 'email', [['religious-dress-banned', 'covering their hair', 6]]],
    ['On reception it is not allowed for women to cover their hair.', 'email', [['religious-dress-banned', 'cover their hair', 44]]],
  ]);
  leaves([
    ['In the aseptic unit please cover your hair completely; no loose strands.', 'email'],
    ['On the food counter you cannot serve unless you cover your hair with a net.', 'advert'],
  ]);
});

describe('M7 spent-convictions-asked: only an ask of the applicant, not an account of the law', () => {
  flags([['Please declare every conviction, including spent convictions, on the form.', 'advert', [['spent-convictions-asked', 'including spent convictions', 33]]]]);
  leaves([
    ['Our leaflet sets out how unspent and spent cautions are treated.', 'advert'],
    ['A record of spent or unspent convictions is no automatic bar to joining the team.', 'advert'],
  ]);
});

describe('M8 equality-statement-dismissed: staff reporting or rejecting box-ticking are not dismissing it', () => {
  flags([
    ['Just skip the EDI box-ticking on the form and get to the clinical questions.', 'email', [['equality-statement-dismissed', 'skip the EDI box-ticking', 5]]],
    ['Leave out the usual diversity waffle this time.', 'advert', [['equality-statement-dismissed', 'the usual diversity waffle', 10]]],
  ]);
  leaves([
    ['Colleagues are fed up with diversity box-ticking and asked for real mentoring.', 'email'],
    ['This strategy is about action, not equality box ticking.', 'advert'],
  ]);
});

describe('M9 question-children: a childcare benefit offered is not a question about children', () => {
  flags([
    ['How will you pay for the childcare fees on a band 3 wage?', 'email', [['question-children', 'pay for the childcare fees', 13]]],
    ['And who is taking care of your kids on Saturdays?', 'question', [['question-children', 'who is taking care of your kids', 4]]],
  ]);
  leaves([
    ['The childcare voucher scheme helps staff cover the nursery bills each month.', 'email'],
    ['Little Acorns, who takes care of your kids from 7am, gives trust staff priority places.', 'email'],
  ]);
});

describe('M10 mental-health-dismissed: "the … thing" naming a project or event is not a brush-off', () => {
  flags([['That autism thing of hers is getting old, frankly.', 'email', [['mental-health-dismissed', 'That autism thing', 0]]]]);
  leaves([
    ['Are you going to the menopause thing in the education centre on Friday?', 'email'],
    ['Did the long covid thing the clinic ran last spring get good feedback?', 'email'],
    ['Could you tell me more about that dyslexia thing you set up for students?', 'question'],
  ]);
});

describe('M14 names: a named person before a run-on sentence stays a name', () => {
  leaves([
    ['Line manager: Sister Ruth Adeyemi The successful applicant will shadow the team.', 'advert'],
    ['Supervised by Sister Grace Mensah We run a busy day unit.', 'advert'],
  ]);
  // The run-in label reading itself still holds: the label is a heading, the sentence after it is read.
  flags([
    ['Role Summary The ideal candidate is a young graduate.', 'advert', [['age-young-hire', 'young graduate', 38]]],
  ]);
});

describe('S1 age-retirement: retiring a thing is not retiring a person', () => {
  flags([["Isn't it about time for her to retire? She is slowing down.", 'email', [['age-retirement', 'about time for her to retire', 9]]]]);
  leaves([
    ['It is about time for them to retire those old fax machines.', 'email'],
    ['High time for you to retire this spreadsheet and use the rota app.', 'email'],
  ]);
});
