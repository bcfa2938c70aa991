import { describe, expect, it } from 'vitest';
import { flags, leaves, missing } from './read-findings';

// Round 47 (engine-148): the 40th real-advert audit (65 adverts for consultants, healthcare scientists, estates,
// digital, finance, research and specialist nurses, allied health, mental health, ambulance control, GP, dental,
// optometry and pharmacy). Each fix shown in other words than the audit's adverts, with a near case beside it.

describe('a working pattern refused after it is named, or "not suitable for" it', () => {
  it('offers no flexible working', () => {
    expect(missing('Remote working is not possible in this post, as the role is based on the ward.')).toContain('no-flexible-working-statement');
    expect(missing('Job sharing cannot be considered for this vacancy.')).toContain('no-flexible-working-statement');
    expect(missing('This post is not suitable for hybrid working.')).toContain('no-flexible-working-statement');
  });
  it('still offers it when the pattern is had, or the refusal is another matter', () => {
    expect(missing('Remote working is possible for two days a week.')).not.toContain('no-flexible-working-statement');
    expect(missing('If full time is not possible for you, job shares are welcome.')).not.toContain('no-flexible-working-statement');
    expect(missing('Hybrid working is available, though the first month is not suitable for it.')).not.toContain('no-flexible-working-statement');
  });
});

describe('flexibility the employer offers', () => {
  it('is a flexible-working statement', () => {
    expect(missing('Ask our dietitians about the flexibility we offer.')).not.toContain('no-flexible-working-statement');
    expect(missing('The clinic offers flexibility to staff with caring commitments.')).not.toContain('no-flexible-working-statement');
  });
  it('is none when the applicant is asked to offer it', () => {
    expect(missing('Applicants must be able to offer flexibility to cover the rota.')).toContain('no-flexible-working-statement');
  });
});

describe('help with reading in the post\'s own work with patients', () => {
  it('is no adjustments statement', () => {
    expect(missing('You will produce large print appointment letters for patients attending memory assessments.')).toContain(
      'no-reasonable-adjustments-statement',
    );
  });
  it('is one when offered to the applicant', () => {
    expect(missing('Large print copies of the assessment are available if you need them.')).not.toContain('no-reasonable-adjustments-statement');
    expect(missing('We can allow extra time in the written assessment.')).not.toContain('no-reasonable-adjustments-statement');
  });
});

describe('a physical quality said of the work with "is"', () => {
  leaves([
    ['The work is physically active, with a lot of walking between clinics.', 'advert'],
    ['The job can be physically active on busy days.', 'advert'],
  ]);
  flags([
    ['Applicants must be physically active.', 'advert', [['physically-fit', 'physically active', 19]]],
    ['The work is busy, so you must be physically fit.', 'advert', [['physically-fit', 'physically fit', 33]]],
  ]);
});
