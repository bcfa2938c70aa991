import { describe, expect, it } from 'vitest';
import { flags, leaves, missing } from './read-findings';

// Round 44 (lead): each kind the unseen fresh44 set showed, in other words than the documents that showed it.

describe('a patient word naming a kind of service is no one the post-holder\'s pronoun could mean', () => {
  flags([
    ['The school nurse runs the Child Health Clinic each week; she will also lead the drop-ins.', 'advert', [['generic-pronoun', 'she', 57]]],
    ['The practice nurse covers the baby clinics on Mondays and she will order the vaccines.', 'advert', [['generic-pronoun', 'she', 58]]],
  ]);
  leaves([['The practice nurse sees the baby on Mondays and she will check its weight.', 'advert']]);
});

describe('"Candidate: 4" opening a feedback form\'s line is the one applicant the form is about', () => {
  leaves([
    ['Candidate: 4\nComments: her answers on safeguarding were clear and her examples were recent.', 'email'],
    ['Applicant: C\nNotes: she described her audit well.', 'email'],
  ]);
});

describe('parenthood preferred: a mum wanted, being a parent an advantage, past having children', () => {
  flags([
    ['Honestly, being a dad himself would be a definite plus for the family worker.', 'advert', [['parenthood-preferred', 'being a dad himself would be a definite plus', 10]]],
    ['We would really like a mother with experience of the school run.', 'email', [['parenthood-preferred', 'like a mother with', 16]]],
    ['These shifts don’t work well for dads of small children.', 'email', [['parenthood-preferred', 'don’t work well for dads of small children', 13]]],
    ['Someone beyond having children would save us the maternity leave headaches.', 'email', [
      ['parenthood-preferred', 'beyond having children', 8],
      ['parenthood-preferred', 'maternity leave headaches', 49],
    ]],
    ['We prefer nurses who are mothers themselves on this unit.', 'advert', [['parenthood-preferred', 'prefer nurses who are mothers themselves', 3]]],
  ]);
  leaves([
    ['The Saturday sessions suit parents of young children better than weekday clinics.', 'advert'],
    ['You will visit a mother with twins each week.', 'advert'],
    ['Nurses who are mothers themselves can use the staff crèche.', 'advert'],
  ]);
});

describe('how old a candidate seemed, in notes', () => {
  flags([
    ['Seemed a lot younger than the rest of the shortlist, and keen.', 'email', [['age-too-old', 'Seemed a lot younger than', 0]]],
    ['He came across as older than the other two.', 'email', [['age-too-old', 'He came across as older than', 0]]],
    ['To be fair she looked much older than her age on paper.', 'email', [['age-too-old', 'she looked much older than', 11]]],
  ]);
  leaves([['The estate looks older than the new wing.', 'email']]);
});

describe('a candidate judged as not British or English enough', () => {
  flags([['Good clinically, but she did not strike me as particularly English.', 'email', [['origin-outsider', 'did not strike me as particularly English', 25]]]]);
  leaves([['She does not sound hoarse after a long clinic.', 'email']]);
});

describe('"no English, no …" as a rule', () => {
  flags([['Be clear with the agency: no English, no interview.', 'email', [['proper-english', 'no English, no interview', 26]]]]);
});

describe('a long stay wished of the hire in a "suits" sentence, or beside an investment in another clause', () => {
  flags([
    ['The post suits someone who will be with us for the long haul; the course costs are high.', 'advert', [['age-long-stay', 'be with us for the long haul', 32]]],
    ['We want a nurse in it for the long haul; the training investment is big.', 'email', [['age-long-stay', 'in it for the long haul', 16]]],
  ]);
});

describe('no time for an induction', () => {
  flags([['There is really no time for a proper induction here.', 'advert', [['hit-the-ground-running', 'no time for a proper induction', 16]]]]);
});

const FILLER =
  'Elmwood Surgery is a training practice with ten clinicians and a friendly nursing team. You will run clinics, take part in audits, ' +
  'support students and help the partners develop the service. Salary £32,000 a year. We welcome applications from everyone. ' +
  'Please tell us about any adjustments you need. ';

describe('flexible working refused by a verb of offering before a list of patterns', () => {
  it('finds no flexible-working statement where the patterns are refused', () => {
    expect(missing(`${FILLER}We are unable to consider annualised hours or job shares for this post.`)).toContain('no-flexible-working-statement');
    expect(missing(`${FILLER}The clinic cannot support part-time staff or compressed hours.`)).toContain('no-flexible-working-statement');
  });
  it('still reads an offer, and a refusal of something else', () => {
    expect(missing(`${FILLER}We can accommodate part-time staff or compressed hours.`)).not.toContain('no-flexible-working-statement');
    expect(missing(`${FILLER}We cannot offer parking, but part-time hours are welcome.`)).not.toContain('no-flexible-working-statement');
  });
});

describe('groups named as under-represented before a welcome make an equality statement', () => {
  it('reads positive action as the equality statement', () => {
    const text = 'Disabled staff are under-represented in our senior roles, and we would especially welcome their applications.';
    expect(missing(text)).not.toContain('no-equality-statement');
  });
});

describe('adjustments made before, offered to the reader who asks', () => {
  it('reads it as an adjustments statement', () => {
    expect(missing('If the gowning is hard for you, let us know: we have made adjustments for colleagues before.')).not.toContain(
      'no-reasonable-adjustments-statement',
    );
  });
});

describe('"one of them" with news of them, in an e-mail, is someone in particular', () => {
  leaves([['Two CVs came in on Fridays. One of them has applied twice before, and her notice period is long.', 'email']]);
  flags([['We need someone for Fridays, and her notice period must be short.', 'email', [['generic-pronoun', 'her', 33]]]]);
});

describe('a heading in capitals with "A" or "I" among its words is no abbreviation', () => {
  leaves([
    ['COULD YOU BE A CARER?\nJoin our home care team in Wexley.', 'advert'],
    ['WHY I JOINED THE BANK\nOur bank staff share their stories.', 'advert'],
  ]);
});

describe('unbounded availability that the employer or a client needs', () => {
  flags([['The locum agency says the pharmacy needs complete availability over Christmas.', 'email', [['unbounded-availability', 'complete availability', 41]]]]);
  leaves([['Parents may need time off at short notice, and we will always try to help.', 'advert']]);
});
