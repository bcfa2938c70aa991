import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 39 (lead): each kind in other words than the documents that showed it.

describe('young people drawn from schools are the pupils a youth scheme is for, not an age preference for staff', () => {
  flags([
    ['We hope to attract young volunteers to help on the front desk at weekends.', 'advert', [['age-young-hire', 'attract young volunteers', 11]]],
    ["We'd like a young nurse who the pupils can relate to.", 'email', [['age-young', 'young', 12]]],
    ['We want to hire young receptionists from local schools.', 'advert', [['age-young', 'young', 16]]],
  ]);
  leaves([
    ['The project recruits young ambassadors from local secondary schools to run assemblies on vaping.', 'advert'],
    ['Each summer we attract younger helpers from schools across the borough for a week of work experience.', 'advert'],
  ]);
});

describe('wording the writer says was taken out of an advert', () => {
  flags([
    ['We are taking out the car parking bit. We want someone younger this time.', 'email', [['age-young', 'younger', 55]]],
    ['We want someone young who can take out the bins and lift the boxes.', 'advert', [['age-young', 'young', 16]]],
  ]);
  leaves([
    ['Thanks for taking out the line about "full of energy", as it put older applicants off.', 'email'],
    ['Please take out the line about a youthful team before it goes live.', 'email'],
  ]);
});

describe('a month written in capitals after a word of time is a date, not an abbreviation', () => {
  it.each([
    'Interviews will take place in early NOVEMBER at the main hospital.',
    'The post is fixed term from AUGUST until FEBRUARY, covering a secondment.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags a trauma protocol named by the same letters as a month', () => {
    expect(read('Training in the MARCH approach is given on the first day.')).toEqual([['unexpanded-acronym', 'MARCH', 16]]);
  });
});

describe('an offer to move an interview for a carer is support, not a judgement of family life', () => {
  flags([['Interviews start at 8am; anyone with school runs will find that difficult, so we want someone without.', 'email', [['family-judged', 'school runs will find that difficult', 37]]]]);
  leaves([
    ['If Tuesday is hard for you because of childcare, say so and we can give you another date.', 'email'],
    ['Should caring responsibilities make the slot difficult, we will do our best to offer an alternative date.', 'email'],
  ]);
});

describe('own transport offered as one of two ways to travel', () => {
  flags([['You will need your own transport to reach the outreach clinic.', 'advert', [['own-car', 'own transport', 19]]]]);
  leaves([['Staff reach the satellite unit by the hospital shuttle bus or their own transport, whichever they prefer.', 'advert']]);
});

describe('a fitness test said to be built from the tasks of the job, and sickness asked after the offer', () => {
  leaves([
    ['All applicants take a fitness test based on the tasks the role involves, such as carrying a loaded chair down stairs.', 'advert'],
  ]);
  flags([['Applicants must pass a fitness test based on the duties of a soldier, before interview.', 'advert', [['fitness-test', 'fitness test', 23]]]]);
  leaves([
    ['Now that the offer has been made, the form asks how many days of sickness absence she had last year.', 'email'],
  ]);
});

describe('the fit of spectacles, hearing aids and other devices is not culture fit', () => {
  flags([['We are after a good fit with the team more than anything.', 'email', [['culture-fit', 'good fit', 15]]]]);
  leaves([
    ['You will adjust frames and check each pair of spectacles for a good fit.', 'advert'],
    ['The audiology team, fit and review hearing aids in the community.', 'advert'],
  ]);
  flags([
    ['You will dispense and fit spectacles, and we want someone who will fit in with our small team.', 'advert', [['culture-fit', 'fit in', 67]]],
  ]);
});

describe('a title for whoever is on duty, and a language a post is designated for', () => {
  leaves([
    ['You will report to the Ward Sister on duty each morning.', 'advert'],
    ['This role is designated Welsh essential, as you will run groups for Welsh-speaking families.', 'advert'],
    ['English as a native or additional language: both are welcome.', 'advert'],
  ]);
});

describe('how long ago someone qualified, as a gate or a judgement', () => {
  flags([
    ['Essential: registered less than eight years ago.', 'advert', [['age-qualified-years-ago', 'registered less than eight years ago', 11]]],
    ['Anyone who trained over twenty years ago will find the new systems hard.', 'email', [['age-qualified-years-ago', 'trained over twenty years ago', 11]]],
  ]);
  leaves([
    ['It makes no difference to us whether you qualified two years ago or over twenty years ago, as it does not matter.', 'advert'],
    ['Patients registered less than a year ago are offered a new-patient check.', 'advert'],
    ['Our nurse trained over thirty years ago and still loves the job.', 'email'],
    ['Staff who have qualified over 20 years ago receive extra study leave.', 'advert'],
  ]);
});

describe('one sex needed, and idioms that picture the post-holder as a man', () => {
  flags([
    ['One of the two new porters has to be a bloke, for the night runs.', 'email', [['one-sex-advert', 'has to be a bloke', 27]]],
    ['The new lead will have to be man enough to face down the consultants.', 'email', [['gendered-idioms', 'man enough', 29]]],
    ['We are after a woman of vision to lead the nursing team.', 'advert', [['gendered-idioms', 'after a woman of vision', 7]]],
    ['On Saturdays you will act as the strong lad for the deliveries.', 'advert', [['gendered-idioms', 'as the strong lad for', 26]]],
  ]);
  leaves([
    ["You don't have to be a man to enjoy estates work: half our electricians are women.", 'advert'],
    ['Mr Jones, a man with vision loss, attends our eye clinic.', 'advert'],
    ['Our founder was a man of vision who opened the surgery in 1962.', 'advert'],
    ['Applicants need to be a man or a woman over 18.', 'advert'],
    ['The patient has to be a man over 65 to join the screening list.', 'advert'],
  ]);
});

describe('quoted words published as a colleague’s own are read; wording a document holds is not', () => {
  flags([
    [
      '"We could do with some young blood on nights," says Charge Nurse Dev Patel. "Bubbly types settle in fastest."',
      'email',
      [
        ['age-judged', 'could do with some young blood', 4],
        ['bubbly', 'Bubbly', 77],
      ],
    ],
    ['Matron Kerry Hale agrees: "The girls on reception keep us sane."', 'email', [['reception-girls', 'girls on reception', 31]]],
  ]);
  leaves([
    ['The person specification still says "young graduates welcome" and needs changing.', 'email'],
    ['Two candidates said the advert asked for "a young, lively team player", and that put them off.', 'email'],
    ['One applicant wrote to us: "Your advert asking for a young team put me off," says the complaint.', 'email'],
    ['"I joined as a young mum and they let me work school hours," says receptionist Amy.', 'advert'],
  ]);
});

describe('interview notes that leave out their candidate, and doubts that a condition "may affect" them', () => {
  flags([
    ['Candidate 3: good answers. Has a slight stammer, which might affect his chairing of meetings.', 'email', [['condition-doubted', 'stammer, which might affect', 40]]],
    ['Candidate 2 - 28/40. Observes the Ramadan fast; not sure that works with the lunchtime clinics.', 'email', [['faith-judged', 'Ramadan', 34]]],
  ]);
  leaves([
    ['Please tell us about anything that may affect you at interview, such as a disability, and we will make adjustments.', 'email'],
    ['Has run a stammering support group for three years, which patients rated highly.', 'email'],
    ['Is Eid on the Friday this year? Not sure we can cover the rota.', 'email'],
    ['Moving the clinic to Saturdays may affect her childcare; can we offer her weekdays?', 'email'],
    ['Candidate 4 - 30/40. Is deaf; may not manage a phone interview, so we will offer video with captions.', 'email'],
  ]);
});

describe('English asked for "like a native", retirement as a preference or a reason', () => {
  flags([
    ['You will need to write English like a native, as the letters go to consultants.', 'advert', [['native-english', 'English like a native', 23]]],
    ['A retired midwife would be perfect for the Saturday clinic.', 'advert', [['age-retired-preferred', 'retired midwife would be perfect', 2]]],
    ["I wouldn't put him through the course when he'll retire within a couple of years.", 'email', [['age-retirement', 'retire within a couple of years', 49]]],
  ]);
  leaves([
    ['The retired nurses wanted more hours.', 'email'],
    ['Applicants who have retired are ideally placed to join our bank.', 'advert'],
    ['Half of our partners will retire in the next few years, so we are planning ahead for succession.', 'email'],
  ]);
});

describe('a young team described with a hyphenated word between', () => {
  flags([['You will join a young, close-knit office of six.', 'advert', [['age-young-group', 'young, close-knit office', 16]]]]);
  leaves([['You will join our young-onset dementia office in the city centre.', 'advert']]);
});

describe('"not someone with…" opening a refusal', () => {
  flags([['3. Not somebody with a baby on the way, if we can help it.', 'email', [['family-judged', 'Not somebody with a baby on the way', 3]]]]);
  leaves([['It is not someone with children who finds the late shift hard: it is all of us.', 'email']]);
});

describe('shortlisting steers: a gap sent to the no pile, drivers only, unpaid observing', () => {
  flags([
    ['Anyone with a gap of more than six months, put them on the no pile.', 'email', [['gaps-held-against', 'gap', 14]]],
    ['When you sift, make sure they can all drive.', 'email', [['driving-licence', 'make sure they can all drive', 15]]],
    ['They could do a fortnight unpaid as an observer before we decide.', 'email', [['unpaid-trial', 'unpaid', 26]]],
  ]);
  leaves([
    ['Anything with spelling mistakes in the statement goes in the no pile.', 'email'],
    ['The deanery arranges honorary observerships, unpaid, for refugee doctors.', 'email'],
  ]);
});
