import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 48 (engine-153): misses and a trap from round 47's unseen writer (fresh47-*), each in other
// words than the documents that showed them, with a near case that must stay silent.

describe('retirement guessed at, or training weighed against the years left', () => {
  flags([
    ["Applicant 3 has the experience, but she's almost retiring, so is it worth it?", 'email', [['age-retirement', 'almost retiring', 42]]],
    ['Is it worth training somebody who will retire in four years?', 'email', [['age-retirement', 'training somebody who will retire in four years', 12]]],
  ]);
  leaves([['The registrar rotation means we train someone who will leave in two years, which is how the deanery works.', 'email']]);
});

describe('recent sickness as a bar to booking shifts', () => {
  flags([['Bank shifts this weekend: anyone who has gone off sick lately, do not book.', 'email', [['sickness-held-against', 'gone off sick lately', 41]]]]);
  leaves([['If you have been off sick recently, please speak to occupational health before your first shift.', 'email']]);
});

describe('no other commitments demanded of the person', () => {
  flags([['Essential: no other commitments which might interfere with a rota of long days.', 'advert', [['caring-responsibilities', 'no other commitments which might interfere', 11]]]]);
  leaves([['The post has no other line management responsibilities beyond the two administrators.', 'advert']]);
});

describe('a smile or a look for the photos asked of the person', () => {
  flags([
    ['We are after a friendly dental nurse with a gorgeous smile for our front of house.', 'advert', [['appearance-led', 'with a gorgeous smile', 37]]],
    ['Ideally you will look good in our photos on the website and social media.', 'advert', [['appearance-led', 'look good in our photos', 17]]],
  ]);
  leaves([['You will help our patients achieve a perfect smile with clear aligners.', 'advert']]);
});

describe('unpaid waiting demanded', () => {
  flags([['Drivers must stay behind unpaid until the evening round is packed.', 'advert', [['unpaid-trial', 'unpaid', 25]]]]);
  leaves([['Drivers are paid for time spent waiting at the depot.', 'advert']]);
});

describe('whether patients or callers will understand a candidate', () => {
  flags([['Will the callers follow her on a busy line?', 'email', [['accent-understood', 'Will the callers follow her', 0]]]]);
  leaves([['Will the patients understand the new leaflets?', 'email']]);
});

describe('older colleagues reporting on someone', () => {
  leaves([['The older colleagues said he was the most helpful of the new starters.', 'email']]);
  flags([['The department needs new blood; the older nurses have had their turn.', 'email', [['age-fresh', 'new blood', 21], ['age-older', 'older', 36]]]]);
});

describe('an age range of the people hired, named by their character', () => {
  flags([['We are looking for motivated people aged 20 to 35 to join our theatre support team.', 'advert', [['age-limit', 'people aged 20 to 35', 29]]]]);
  leaves([['Our clinic sees people aged 18 to 35 with type 1 diabetes, and you will join the team running it.', 'advert']]);
});

describe('a year of qualifying in a note, set against praise or a doubt', () => {
  flags([
    ['Candidate 4: excellent, but trained in 1992 and I wonder about the new systems.', 'email', [['age-judged', 'but trained in 1992', 24]]],
    // With a doubt about keeping up beside it, the year is age-qualified-years-ago's reading.
    ["Candidate 2 is good, but she qualified in 1985, so I doubt she'd keep up.", 'email', [['age-qualified-years-ago', 'qualified in 1985', 29]]],
  ]);
  leaves([
    ['Candidate 2 qualified in 2015 and has run the dispensary since 2019.', 'email'],
    ['We want someone who qualified in 2015 or later in the new curriculum.', 'advert'],
  ]);
});
