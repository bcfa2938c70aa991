import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 41: the lead's mends of the review's findings on the lead's own readings, in new words.

describe('equality monitoring and the guaranteed interview scheme ask lawfully', () => {
  leaves([
    ['Diversity monitoring\nDo you consider yourself disabled? Yes / No / Prefer not to say', 'advert'],
    ['Our guaranteed interview scheme\nAre you disabled, and do you want to apply under it? Yes / No', 'advert'],
  ]);
  flags([['Screening questions\n1. Are you disabled? Yes / No', 'advert', [['question-health', 'Are you disabled', 23]]]]);
});

describe('"man" after an article or an adjective is a noun, whatever follows', () => {
  leaves([
    ['She is a man the whole ward trusts.', 'email'],
    ['There was an old man the front desk staff knew by name.', 'advert'],
  ]);
  flags([['You will man the main switchboard on Fridays.', 'advert', [['man-the-desk', 'man', 9]]]]);
});

describe('people sought for something else than the job are not the hire', () => {
  leaves([['Young men needed to take part in a sports injury study.', 'advert']]);
  flags([
    ['We want sturdy young lads who are able to lift patients.', 'advert', [['physique-demanded', 'want sturdy young lads', 3], ['age-young-hire', 'young lads', 15], ['staff-called-girls', 'lads', 21]]],
  ]);
});

describe('a post said to be there is whoever fills it; a person said to be there who did something is one person', () => {
  flags([['There is a cook vacancy at the Lodge – he will start at 6.', 'email', [['generic-pronoun', 'he', 39]]]]);
  leaves([['We still need a cook. There was also a chef from the agency who rang yesterday – he sounded keen.', 'email']]);
});

describe("an applicant's own question answered yes states the requirement", () => {
  flags([['FAQs\nWill I need a vehicle? Yes, one of your own.', 'advert', [['own-car', 'need a vehicle', 12]]]]);
});

describe("a form's answer box on the line under its question", () => {
  flags([['Pre-screening\nDo you take any medication?\nYes / No', 'advert', [['question-health', 'Do you take any medication', 14]]]]);
  leaves([['Pre-screening\nDo you take any medication?\nWe will ask at interview.', 'advert']]);
});

describe('a group named by sex sought for a study is not a sex wanted for the job; one sought "to join" the team is', () => {
  leaves([['Women wanted to take part in our menopause survey.', 'advert']]);
  flags([
    ['Women needed for the evening clinic shifts.', 'advert', [['one-sex-advert', 'Women needed', 0]]],
    ['We want young lads to join the estates team.', 'advert', [['age-young-hire', 'young lads', 8], ['staff-called-girls', 'lads', 14]]],
  ]);
});
