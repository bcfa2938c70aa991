import { describe, expect, it } from 'vitest';
import { flags, leaves, missing, read, type Context } from './read-findings';

// Round 48 (mend-48a): the findings of review 48a, each mended by a general reading and shown on the reviewer's
// cases, a fresh case in other words and a near case the reading must leave alone.

/** The abbreviations a text leaves unexplained. */
const letters = (text: string, context: Context = 'advert') => read(text, context).filter(([rule]) => rule === 'unexpanded-acronym').map(([, found]) => found);

/** A short ward advert, long enough for the whole-advert checks, with no adjustments statement of its own. */
const WARD = 'We are recruiting a staff nurse for our busy surgical ward. You will care for patients before and after their operations, give medicines, keep accurate records and support students on placement. We offer a supportive team, regular training and flexible shifts across days and nights, with a preceptorship for newly qualified nurses and clear routes into specialist roles over time.';

describe('"expand" and "define" ask for letters to be spelt out only in a request whose object is the letters', () => {
  it('reads letters the post-holder or the service expands or defines as used', () => {
    expect(letters('You will help expand MSK and FCP services across the PCN.')).toEqual(['MSK', 'FCP', 'PCN']);
    expect(letters('We plan to expand ARRS roles next year.')).toEqual(['ARRS']);
    expect(letters('Help us define CQC readiness across sites.')).toEqual(['CQC']);
    expect(letters('The post-holder will define KPIs for the new virtual ward.')).toEqual(['KPIs']);
    expect(letters('The lead nurse will expand SDEC capacity over the winter.')).toEqual(['SDEC']);
  });
  it('still passes over letters a reviewer asks to have spelt out', () => {
    expect(letters('Please define SDEC and UTC in the opening paragraph.', 'email')).toEqual([]);
    expect(letters('Define ECT here, please.', 'email')).toEqual([]);
  });
});

describe('only an offer of the interview questions is an adjustments statement', () => {
  it('does not take a contact line or a refusal for one', () => {
    expect(missing(`${WARD} If you have any questions ahead of your interview, please contact the ward manager.`)).toContain('no-reasonable-adjustments-statement');
    expect(missing(`${WARD} If you have any questions before your interview, please ring Jane.`)).toContain('no-reasonable-adjustments-statement');
    expect(missing(`${WARD} The panel will not provide the questions in advance.`)).toContain('no-reasonable-adjustments-statement');
    expect(missing(`${WARD} We are not able to share the interview questions in advance.`)).toContain('no-reasonable-adjustments-statement');
  });
  it('still reads the offer, and a negation that governs another verb leaves it standing', () => {
    expect(missing(`${WARD} You are welcome to see the interview questions ahead of your interview.`)).not.toContain('no-reasonable-adjustments-statement');
    expect(missing(`${WARD} We will talk with any applicant who cannot drive about Access to Work support.`)).not.toContain('no-reasonable-adjustments-statement');
  });
});

describe('a disclosure described in a relative clause covers only what its own verb governs', () => {
  flags([
    ['Candidates who have declared a criminal record must also disclose any disability or health condition before interview.', 'advert', [
      ['health-disclosure', 'disability', 70],
      ['health-disclosure', 'health condition', 84],
      ['health-before-interview', 'before interview', 101],
    ]],
    ['Applicants who declare a disability will be asked to tell us about any health condition on the form.', 'advert', [['health-disclosure', 'health condition', 71]]],
    ['Carers who declared a disability last year are asked to list any health conditions again on the new form.', 'advert', [['health-disclosure', 'health conditions', 65]]],
  ]);
  leaves([
    ['Anyone who discloses a disability and meets the essential criteria is offered an interview.', 'advert'],
  ]);
});

describe('letters inside brackets that spell out another acronym only within the spelt-out name', () => {
  it('reads letters after a comma, a semicolon or words beyond the name as used', () => {
    expect(letters('Our unit holds JAG (Joint Advisory Group accreditation for the GI and ENT lists).')).toEqual(['GI', 'ENT']);
    expect(letters('Work with the CMHT (Community Mental Health Team, including the EIP service).')).toEqual(['EIP']);
    expect(letters('Reports go to the QSC (Quality and Safety Committee; see the SOP for dates).')).toEqual(['SOP']);
    expect(letters('Join the ICB (Integrated Care Board, which funds the UTC).')).toEqual(['UTC']);
  });
  it('still passes over letters that are a word of the name', () => {
    expect(letters('Our unit holds JAG (Joint Advisory Group on GI Endoscopy) accreditation.')).toEqual([]);
  });
});

describe("a pronoun after an office the post-holder serves is the office-holder's only for a named senior office", () => {
  flags([
    ['The apprentice will support the Team Leader in his role and he will complete an NVQ.', 'advert', [['generic-pronoun', 'his', 47], ['generic-pronoun', 'he', 60]]],
    ['The HCA will assist the Nurse with his or her duties and his training will be provided.', 'advert', [['he-or-she', 'his or her', 35], ['generic-pronoun', 'his', 57]]],
    ['The Assistant Practitioner will support the Registered Nurse in delivering his care plans.', 'advert', [['generic-pronoun', 'his', 75]]],
    ['The secretary will support the Clinical Lead with her clinics.', 'advert', [['generic-pronoun', 'her', 50]]],
  ]);
  leaves([
    ['The coordinator will support the Associate Medical Director with his committee papers.', 'advert'],
    ['The administrator will assist the Chief Pharmacist with her correspondence and audits.', 'advert'],
  ]);
});

describe('joining the team at short notice is cover, not starting the job', () => {
  flags([
    ['You must be prepared to join us at short notice whenever cover is needed.', 'advert', [['unbounded-availability', 'at short notice', 32]]],
    ['Staff will be expected to join the team at short notice on any shift.', 'advert', [['unbounded-availability', 'at short notice', 40]]],
  ]);
  leaves([
    ['The post-holder must be able to start at short notice.', 'advert'],
  ]);
});

describe('"independent of" is another sense only before an organisation, its management or a person', () => {
  flags([
    ['An independent of spirit, self-reliant leader.', 'advert', [['masculine-independent', 'independent', 3], ['masculine-self-reliant', 'self-reliant', 26]]],
    ['Applicants should be independent of character and keen to learn.', 'advert', [['masculine-independent', 'independent', 21]]],
  ]);
  leaves([
    ['The panel chair is independent of the service being reviewed.', 'advert'],
    ['The reviewer must be independent of line management for the post.', 'advert'],
  ]);
});
