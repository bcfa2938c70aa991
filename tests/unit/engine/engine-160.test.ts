import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 50 (engine-160): the checker's 29th set of wordings, on the protected characteristics the corpus holds
// least (pregnancy and maternity, marriage, gender reassignment, sexual orientation, religion, carers). Each
// reading is shown in other words than the set that showed it, beside a near case it must leave alone.

describe('a family planned, a baby fed, a parent cared for, weighed against the candidate', () => {
  flags([
    ['Please confirm that you are not intending to have a baby during the training year.', 'email', [['family-plans', 'not intending to have a baby', 28]]],
    ['Candidates who are breastfeeding will not be considered for the theatre post.', 'advert', [['family-judged', 'breastfeeding will not be considered', 19]]],
    ['He has an elderly father to look after, which could be a problem for the on-call rota.', 'email', [['family-judged', 'elderly father to look after, which could be a problem', 10]]],
  ]);
  leaves([
    ['Breastfeeding mothers can use the quiet room on level 2.', 'advert'],
    ['The memory clinic supports people with elderly parents to look after.', 'advert'],
    ['We do not ask whether you are breastfeeding or planning to have children.', 'advert'],
  ]);
});

describe('a faith\'s festivals and prayers refused, though availability is asked in another clause or an offer to accommodate is refused', () => {
  flags([
    ['Pharmacists must be available every weekday, and we will not make time for Friday prayers.', 'advert', [['faith-practice-held-against', 'Friday prayers', 75]]],
    ['Sadly we are unable to accommodate prayer times on the ambulance rota.', 'advert', [['faith-practice-held-against', 'prayer times', 35]]],
  ]);
  leaves([
    ['We can accommodate Friday prayers and Sabbath requests on the rota.', 'advert'],
    ['Prayer times will be accommodated where the rota allows.', 'advert'],
    ['Leave over Eid will not be granted without four weeks\' notice, as for any other leave.', 'email'],
    ['Staff must be available for the full shift; a prayer room is available on the ground floor.', 'advert'],
  ]);
});

describe('a new parent turned away as a kind of person', () => {
  flags([
    ['The night post would not suit a new dad.', 'advert', [['circumstance-excluded', 'would not suit a new dad', 15]]],
  ]);
  leaves([
    ['We support a new dad with paternity leave and flexible hours.', 'advert'],
  ]);
});

describe('a trans candidate refused by \'not consider a\' or \'cannot employ\'', () => {
  flags([
    ['We won\'t consider a transgender candidate for the receptionist post.', 'email', [['orientation-judged', 'won\'t consider a transgender', 3]]],
    ['The practice cannot employ anyone who has had a sex change.', 'advert', [['orientation-judged', 'cannot employ anyone who has had a sex change', 13]]],
  ]);
  leaves([
    ['We will not consider a candidate\'s sexual orientation or gender identity.', 'advert'],
    ['We are unable to employ anyone without the right to work in the UK.', 'advert'],
    ['Our policy is that we will not consider a candidate\'s plans for a family.', 'email'],
  ]);
});

describe('one sex pinned to birth by \'must have been born\'', () => {
  flags([
    ['Applicants should have been born female.', 'advert', [['one-sex-advert', 'should have been born female', 11]]],
  ]);
  leaves([
    ['The gender identity clinic sees adults who were born male or female.', 'advert'],
    ['Under Schedule 9 of the Equality Act 2010 the post holder must have been born female, as the service supports women survivors of sexual violence.', 'advert'],
  ]);
});

describe('a spouse wanted for the job\'s demands, and family values as a requirement', () => {
  flags([
    ['We\'d like someone with conventional family values.', 'advert', [['family-status-requirement', 'conventional family values', 23]]],
  ]);
  leaves([
    ['A husband who understands her condition can come to the appointment.', 'advert'],
    ['The family therapist explores family values with patients and carers.', 'advert'],
  ]);
});
