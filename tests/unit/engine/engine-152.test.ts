import { describe, expect, it } from 'vitest';
import { flags, leaves, missing } from './read-findings';

// Round 48 (engine-152): the forty-first real-advert audit, on sixty adverts in NHS Jobs wording for posts the
// corpus covers least (consultant and specialty doctor job plans, pathology, therapies, perinatal and learning
// disability services, ambulance control and patient transport, estates, catering, PA and GP practice posts).
// Each reading is shown on new cases in other words than the audit's, beside near cases it must leave alone.

describe('the guaranteed interview offered to applicants who have told us of a disability', () => {
  leaves([
    ['Any candidate who has declared a disability and meets the minimum criteria for the post will be invited to interview.', 'advert'],
    ['Applicants that disclose a long-term health condition and meet the essential criteria are shortlisted automatically.', 'advert'],
  ]);
  flags([
    ['Please disclose any disability on the application form.', 'advert', [['health-disclosure', 'disability', 20]]],
    ['Candidates must declare any health condition when they apply.', 'advert', [['health-disclosure', 'health condition', 28]]],
  ]);
});

describe('a driving licence for a post whose work is driving a work vehicle', () => {
  leaves([
    ['You will collect and deliver linen between the laundry and the wards in a Trust van.\nEssential: full UK driving licence.', 'advert'],
    ['Main duties: driving company vehicles to care homes with medicines.\nEssential: clean driving licence.', 'advert'],
  ]);
  flags([
    ['Essential: full UK driving licence.\nOur estates team look after the Trust vans.', 'advert', [['driving-licence', 'full UK driving licence', 11]]],
  ]);
});

describe('being able to start the job soon, which is not hours at short notice', () => {
  leaves([
    ['The successful applicant must be able to commence at short notice.', 'advert'],
    ['You will need to be able to take up the role at short notice, as this is maternity cover.', 'advert'],
  ]);
  flags([
    ['You must be able to work extra shifts at short notice.', 'advert', [['unbounded-availability', 'at short notice', 38]]],
  ]);
});

describe('a pronoun for the office-holder the post-holder works for, named by the office', () => {
  leaves([
    ['The administrator will assist the Chief Pharmacist with her correspondence and audits.', 'advert'],
    ['You will be PA to the Director of Finance and manage his diary.', 'advert'],
  ]);
  flags([
    ['The Chief Pharmacist will support the post holder in his first month.', 'advert', [['generic-pronoun', 'his', 53]]],
    ['We are appointing a Director of Finance. The Director of Finance will lead the team and he will sit on the Board.', 'advert', [['generic-pronoun', 'he', 88]]],
  ]);
});

describe('the interview questions offered in advance, an adjustment for the interview', () => {
  it('reads the offer as an adjustments statement', () => {
    expect(missing('Neurodivergent applicants are welcome, and we can send you the interview questions the day before.')).not.toContain('no-reasonable-adjustments-statement');
    expect(missing('Just ask if you would find it useful to see the questions ahead of your interview.')).not.toContain('no-reasonable-adjustments-statement');
  });
  it('leaves questions the post-holder prepares for a panel', () => {
    expect(missing('You will draft the interview questions in advance for each recruitment panel.')).toContain('no-reasonable-adjustments-statement');
  });
});
