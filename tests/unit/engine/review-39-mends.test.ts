import { describe, expect, it } from 'vitest';
import { type Found, flags, leaves, read } from './read-findings';

// Round 39's independent review of the helpers' checker changes (mend-39a): each item's own sentence and a
// near one in other words, both ways.

describe('"as and when required" asks for unbounded hours only after working or covering (item 6)', () => {
  leaves([
    ['Willingness to attend training as and when required.', 'advert'],
    ['You will be expected to attend meetings as and when necessary.', 'advert'],
    ['Bank staff work as and when required.', 'advert'],
    ['Additional hours may be available as and when required, if you are willing to.', 'advert'],
    ['You will be asked to join audit meetings as and when needed.', 'advert'],
    ['As a bank nurse you will pick up shifts as and when required.', 'advert'],
    // The match's own "required" is no demand: nothing else in the sentence asks it of the reader.
    ['Our nurses cover clinics as and when required.', 'advert'],
  ]);
  flags([
    ['Applicants will need to cover evening surgeries as and when required.', 'advert', [['unbounded-availability', 'as and when required', 48]]],
    ['You must be prepared to work weekends as and when necessary.', 'advert', [['unbounded-availability', 'as and when necessary', 38]]],
  ]);
});

describe('a group "for this post" is turned away only where the clause ends there (item 7)', () => {
  leaves([
    ['No black applicants for this post were shortlisted last year, which is why we now anonymise.', 'advert'],
    ['No career changers for this post were shortlisted, so we have widened the advert.', 'advert'],
    ['No students for this role were available last summer.', 'advert'],
    ['No graduates for the vacancy went through to interview.', 'email'],
  ]);
  flags([
    ['No Polish applicants for this job, thanks.', 'email', [['people-excluded', 'No Polish applicants', 0]]],
    ['No career changers for the vacancy.', 'email', [['circumstance-excluded', 'No career changers', 0]]],
  ]);
});

describe('brackets that say when, how often or how good do not explain letters (item 11)', () => {
  it.each<[string, Found]>([
    ['You will run the MSK clinic (mornings only).', [['unexpanded-acronym', 'MSK', 17]]],
    ['You will join the ENT rota (every other weekend).', [['unexpanded-acronym', 'ENT', 18]]],
    ['You will provide OT cover (one day a week).', [['unexpanded-acronym', 'OT', 17]]],
    ['You will run DVT clinics (daily except weekends).', [['unexpanded-acronym', 'DVT', 13]]],
    ['You will join the CDU rota (covered twice a month).', [['unexpanded-acronym', 'CDU', 18]]],
    ['You will work on the AMU (our busiest ward).', [['unexpanded-acronym', 'AMU', 21]]],
    ['You will give the RSV (new this year).', [['unexpanded-acronym', 'RSV', 18]]],
    ['You will do your ATLS (usually in the first year).', [['unexpanded-acronym', 'ATLS', 17]]],
    ['You will cover the SAU (our newest unit).', [['unexpanded-acronym', 'SAU', 19]]],
    ['We fund CME sessions (continuing education for doctors) each year.', []],
    ['You will also help with EEGs (brain wave recordings).', []],
  ])('%j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });
});

describe('family wanted for a job, not for a party or an appointment (item 12)', () => {
  leaves([
    ['Ask the GP if their family want a flu jab appointment.', 'advert'],
    ['Ask the staff if their family want to come to the Christmas party.', 'advert'],
    ['Ask the nurses if their children want to come to the summer fete.', 'advert'],
  ]);
  flags([
    ['Ask the porters if their sons want the weekend shifts.', 'advert', [['word-of-mouth-recruitment', 'if their sons want', 16]]],
    ['Can you ask the cleaners if any of their relatives want the evening hours?', 'advert', [['word-of-mouth-recruitment', 'if any of their relatives want', 25]]],
  ]);
});

describe('"confident working independently" is everyday advert wording (item 13)', () => {
  leaves([
    ['Confident working independently and as part of a team.', 'advert'],
    ['The team is confident working independently.', 'advert'],
    ['You will be confident working independently within your competence.', 'advert'],
  ]);
  flags([['You must be confident working alone.', 'advert', [['masculine-confident', 'confident working alone', 12]]]]);
});

describe('removing or deleting clears a date of birth only when it is what goes (item 14)', () => {
  flags([
    ['Please add your date of birth to the form; we delete forms after six months.', 'email', [['date-of-birth', 'date of birth', 16]]],
    ['Put your date of birth on page one; we remove old files each spring.', 'email', [['date-of-birth', 'date of birth', 9]]],
  ]);
  leaves([
    ['Can you delete the date of birth question from the form?', 'email'],
    ['The date of birth field has been removed from the form.', 'email'],
  ]);
});

describe('a "but" after praise sets against the person only what is in its own clause (item 18)', () => {
  leaves([['Good answers but seemed nervous; mentioned she has dyslexia.', 'email']]);
  leaves([['Strong clinically but slow; told us he has ADHD.', 'email']]);
  flags([['Dr B: good, but mentions a history of depression.', 'email', [['condition-doubted', 'but mentions a history of depression', 12]]]]);
});

describe('a colour asked for and refused (item 19)', () => {
  leaves([
    ['The client asked for a carer to be white, which we refused.', 'email'],
    ['The ward wants a nurse to be white, which we refused outright.', 'email'],
  ]);
  flags([['The client asked for a carer to be white.', 'email', [['colour-demanded', 'asked for a carer to be white', 11]]]]);
});

describe('a degree in any subject "or none" (item 20)', () => {
  leaves([
    ['We welcome applicants with a degree in any subject or none.', 'advert'],
    ['Graduates welcome, with a degree in any field or none.', 'advert'],
  ]);
  flags([['Essential: degree in any subject.', 'advert', [['degree-demanded', 'degree in any subject', 11]]]]);
});

describe('"courier and" names the post, not a courier in running text (item 22)', () => {
  flags([
    [
      'Please hand samples to the courier and file the forms. Staff must hold a full driving licence.',
      'email',
      [['driving-licence', 'must hold a full driving licence', 61]],
    ],
  ]);
});
