import { describe, expect, it } from 'vitest';
import { type Found, flags, leaves, read } from './read-findings';

// Round 45: the lead's mends of the review of its own changes, each in other words than the review's.

describe('a condition that puts people off is still a doubt; only a wording or a practice putting them off is not', () => {
  flags([
    ['His tremor may put off families at the front desk, to be honest.', 'email', [['condition-doubted', 'tremor may put off', 4]]],
  ]);
  leaves([['The old question really put off anyone with a disability, so we dropped it.', 'email']]);
});

describe('a request quoted under advice against it anywhere before it in its sentence stays quoted', () => {
  leaves([
    ['Please never tell the agency we want "bubbly young things" for reception.', 'email'],
  ]);
  flags([['Ward 4 have asked for "a young, energetic HCA" for nights.', 'email', [['age-young', 'young', 25], ['age-energetic', 'energetic', 32]]]]);
});

describe('a label before a quotation gives a script\'s own line only when it names a part of one, or numbers its item', () => {
  leaves([
    ['Warning signs: "digital natives only", "young blood".', 'email'],
    ['Caller: "Is there a young nurse I can speak to?"', 'email'],
    ['Mr Doyle: "I want a young nurse, not an old one."', 'email'],
    ['Exit survey: "The team was mostly young lads."', 'email'],
  ]);
  flags([
    ['Opening question: "Are you planning a family soon?"', 'email', [['question-pregnancy', 'Are you planning a family', 19]]],
    ['2. What to say: "We need young, energetic people."', 'email', [['age-young', 'young', 25], ['age-energetic', 'energetic', 32]]],
    // A colleague's messages in a chat copied into the e-mail, each speaker opening more than one line.
    ['Sam: "She seems too old for nights."\nPriya: "Agreed."\nSam: "Shall we go with the younger one?"', 'email', [['age-too-old', 'too old', 16], ['age-young', 'younger', 81]]],
  ]);
});

describe('English speakers only, said of a service or patients, is no demand', () => {
  leaves([
    ['Translated leaflets are for non-English speakers only.', 'advert'],
    ['Some callers are English speakers only, so we book interpreters for the rest.', 'advert'],
  ]);
  flags([['Front desk staff: English speakers only.', 'advert', [['proper-english', 'English speakers only', 18]]]]);
});

describe('a partner of either sex offered, and photos to be ignored, are no assumption and no request', () => {
  leaves([
    ['Family tickets cover you and your wife or husband.', 'advert'],
    ['Photos attached to applications will be disregarded at shortlisting.', 'advert'],
  ]);
  flags([
    ['Family tickets cover you and your wife.', 'advert', [['partner-assumed', 'you and your wife', 21]]],
    ['Please attach photos of the applicants; we may ignore some.', 'email', [['photo-of-applicant', 'photos', 14]]],
  ]);
});

describe('a coined study name in capitals is a name for every rule, however its sentence is written', () => {
  it.each([
    ['Come And Join The YOUNG-MINDS Study Team as a research nurse.', []],
    ['The OLDER-STRONG programme is recruiting a physiotherapist.', []],
  ] as [string, Found][])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('patterns rewritten to run in linear time find what they found', () => {
  flags([
    ['As he is transgender he has been told to use the disabled loos.', 'email', [['trans-status-mocked', 'transgender he has been told to use the disabled loos', 9]]],
    ['Despite her being Black she was shortlisted.', 'email', [['race-remark', 'Despite her being Black', 0]]],
    ['We won\'t lower the bar to get in more diversity hires.', 'email', [['diversity-as-lower-standards', 'lower the bar to get in more diversity', 9]]],
  ]);
});
