import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 38 (lead): each kind in other words than the documents that showed it.

describe('an exemption the writer says does not apply excuses nothing', () => {
  flags([
    [
      'The post would suit a patient nurse, preferably a woman.\nThere is no occupational requirement for that, so leave it out.',
      'email',
      [['sex-preferred', 'woman', 50]],
    ],
  ]);
  leaves([
    ['Applicants must be female. This is a genuine occupational requirement under Schedule 9, Part 1 of the Equality Act 2010.', 'advert'],
    ['The practice manager is keen on appointing a woman this time. There is no occupational requirement, so I have said we cannot.', 'email'],
  ]);
});

describe('wording proposed under a column of the person specification, or wished for with a reason', () => {
  flags([
    ['Could we put "must be a recent graduate" under Desirable?', 'email', [['age-graduate', 'recent graduate', 24]]],
    ['I would like to add "native English speaker" as the callers are elderly.', 'email', [['native-english-speaker', 'native English speaker', 21]]],
  ]);
  leaves([
    ['Please do not put "recent graduate" under Desirable.', 'email'],
    ['I would like to avoid "native English speaker" as it is discriminatory.', 'email'],
  ]);
});

describe('one sex joined by "and" to what the writer wants', () => {
  flags([['We want a steady pair of hands on nights, and a woman who can calm the younger patients.', 'advert', [['one-sex-advert', 'a woman', 46]]]]);
  leaves([
    ['We want a steady pair of hands on nights, and a woman who has had a fall will be your first patient.', 'advert'],
    ['We support carers, and a man who looks after his wife can ask for flexible hours.', 'advert'],
  ]);
});

describe('talk of an advert’s wording excuses only its own sentence', () => {
  flags([['I have changed the wording as you asked. Too many older applicants came last time who would not do nights.', 'email', [['age-older', 'older', 50]]]]);
  leaves([['I took the word young out of the draft advert as you asked.', 'email']]);
});

describe('an advert aimed at younger staff', () => {
  flags([['Could the next advert be pitched at younger applicants this time?', 'email', [['age-young-hire', 'pitched at younger applicants', 25]]]]);
  leaves([
    ['The drop-in is aimed at young people leaving care.', 'email'],
    ['Our leaflets are targeted at younger patients and their parents.', 'email'],
  ]);
});

describe('a candidate’s age set against the reader or against what was expected', () => {
  flags([
    ['Second applicant: much older than we thought from the form.', 'email', [['age-too-old', 'older than we thought', 23]]],
  ]);
  leaves([
    ['The surgery building is older than we thought, so the survey took longer.', 'email'],
    // Another's age compared with the reader's is a fair leadership question (review 38, M5).
    ['How would you lead a team of porters who are older than you?', 'question'],
  ]);
});

describe('fitting in, with an adverb between', () => {
  flags([['The other applicant would fit in more naturally with the reception team.', 'email', [['culture-fit', 'fit in more naturally', 26]]]]);
  leaves([['We can fit in more appointments on Tuesdays.', 'email']]);
});

describe('a remark reported, then disowned by the next sentence', () => {
  flags([['Candidate 4 wears a turban, which some of the older patients might not like. Worth thinking about.', 'email', [['faith-noted', 'turban', 20]]]]);
  leaves([
    ['The panel heard that Candidate 4 wears a turban and "might worry the older patients". That must play no part in the scoring.', 'email'],
    ['Someone said Candidate 5 wears a hijab, which the practice might not like. I have made clear this will not affect the decision.', 'email'],
  ]);
});

describe('independent scores are the panel’s, not a trait', () => {
  flags([['You will be independent and self-motivated.', 'advert', [['masculine-independent', 'independent', 12]]]]);
  leaves([['Each panel member records independent scores before the panel meets.', 'email']]);
});

describe('review 38: what the lead’s readings must leave alone', () => {
  leaves([
    // M1: a denial governs only the exemption straight after it.
    ['Have you any unspent convictions? If you do not yet have an enhanced DBS, the trust will apply for one.', 'email'],
    ['Male applicants only, for this chaperone post. There is no question an occupational requirement applies here.', 'advert'],
    // M2: the sentence after a reworded advert that describes the old draft.
    ['I have rewritten the job description. The bit about a young, dynamic team has gone.', 'email'],
    // M3: another's wish reported, and a request answered no.
    ['Some leads want to put "digital native" under Desirable; please push back.', 'email'],
    ['Shall we put "native English speaker" under Essential? No, that would be unlawful.', 'email'],
    // M4: someone already there, joined by "and" after a wish.
    ['We need more bank staff for winter, and a woman who retired last year has offered to help.', 'advert'],
    ['We want to thank the volunteers, and a man who came to the open day wrote to us.', 'email'],
    // M6: support the employer gives to help people settle.
    ['Every new starter gets a buddy to help you fit in more easily.', 'advert'],
  ]);
});
