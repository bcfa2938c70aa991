import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 43 (lead): the review's findings on lead-r43's readings, each in new words.

describe('a UK apprenticeship is a demand only when the candidate is to have done it', () => {
  leaves([['The role comes with a British apprenticeship in estates maintenance, paid for by the trust.', 'advert']]);
  flags([['Plumbers with a British apprenticeship only.', 'advert', [['uk-only-qualification', 'with a British apprenticeship', 9]]]]);
});

describe('people from certain countries are not the hire', () => {
  leaves([['People from certain countries can register for free dental care under the scheme.', 'advert']]);
});

describe('"in shape" is said of people, not rooms or kit', () => {
  leaves([['You will keep the sluice in top shape and the trolleys stocked.', 'advert']]);
  flags([['We need somebody in peak shape for the stairs.', 'advert', [['physically-fit', 'somebody in peak shape', 8]]]]);
});

describe('"competitive" before a training or study post still reads as a trait', () => {
  flags([['You will join a competitive training environment.', 'advert', [['masculine-competitive', 'competitive', 16]]]]);
  leaves([['There is competitive training funding for every nurse.', 'advert']]);
});

describe('a count at a line’s start is no clause number', () => {
  leaves([['3 Young Carers workers joined us this year.', 'advert']]);
});
