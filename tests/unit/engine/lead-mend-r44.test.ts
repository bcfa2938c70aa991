import { describe, expect, it } from 'vitest';
import { flags, leaves, missing, read } from './read-findings';

// Round 44's review of the lead's changes (review-44a 1-4 and 8), mended in other words than the review's.

describe('parenthood preferred stays off symptoms, patients, visitors and a fair route offered', () => {
  leaves([
    ['The midwife explains which maternity headaches need a same-day review.', 'advert'],
    ['The clinic helps women past having children manage menopausal symptoms.', 'advert'],
    ['The early shift won’t suit parents of young children, so we also offer a 10am start.', 'advert'],
  ]);
  flags([['To be honest the nights won’t suit anyone with young kids.', 'email', [['parenthood-preferred', 'won’t suit anyone with young kids', 24]]]]);
});

const FILLER =
  'Elmwood Surgery is a training practice with ten clinicians and a friendly nursing team. You will run clinics, take part in audits, ' +
  'support students and help the partners develop the service. Salary £32,000 a year. We welcome applications from everyone. ' +
  'Please tell us about any adjustments you need. ';

describe('flexible working refused only by the employer, and only when the refused list is the verb’s object', () => {
  it('reads an applicant’s inability, or a refusal of something else, as no refusal of the patterns after it', () => {
    expect(missing(`${FILLER}Nurses unable to accept the night rota can apply for a job share instead.`)).not.toContain('no-flexible-working-statement');
    expect(missing(`${FILLER}Anyone who cannot support the weekend clinics is welcome to discuss compressed hours.`)).not.toContain(
      'no-flexible-working-statement',
    );
  });
  it('still reads the employer refusing the list', () => {
    expect(missing(`${FILLER}The practice is unable to offer sabbaticals or job shares.`)).toContain('no-flexible-working-statement');
    expect(missing(`${FILLER}We are currently unable to consider compressed hours.`)).toContain('no-flexible-working-statement');
  });
});

describe('"under-represented" makes an equality statement only when said of the workforce', () => {
  it('leaves the statement missing when patients are the ones under-represented', () => {
    expect(missing('Younger men are under-represented in our health check figures.')).toContain('no-equality-statement');
  });
  it('reads staff under-represented at a band as positive action', () => {
    expect(missing('Black and minority ethnic nurses are under-represented at Band 8a and above, and we welcome their applications.')).not.toContain(
      'no-equality-statement',
    );
  });
});

describe('"people" opening a text, with no verb before it', () => {
  it('is read without error', () => {
    expect(read('People young enough to cope with nights.', 'advert')).toEqual([]);
  });
});

describe('a seeming age said of a person, not of a room', () => {
  leaves([['The staff room seems older than the rest of the building work.', 'email']]);
  flags([['- Comes across as a bit younger than the role needs', 'email', [['age-too-old', 'Comes across as a bit younger than', 2]]]]);
});
