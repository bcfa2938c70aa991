import { describe, expect, it } from 'vitest';
import { type Found, flags, leaves, read } from './read-findings';

// Round 45 (lead): each kind the unseen fresh45 set showed, in other words than the documents that showed it.

describe('a quotation that is the document\'s own wording or someone\'s request is read; one quoted to discuss stays quiet', () => {
  flags([
    // What a ward or a manager asked for.
    ['Mags on Ward 9 has asked for "a bright young lad who won\'t mind the lifting" if we can find one.', 'email', [['age-young', 'young', 39], ['sex-preferred', 'lad', 45]]],
    // A script's or an interview guide's own lines, under a short label.
    ['Warm-up question: "So where did your parents grow up?"', 'email', [['question-nationality', 'where did your parents grow up', 22]]],
    ['Closing line: "We\'re after energetic people who won\'t need much training."', 'email', [['age-energetic', 'energetic', 27]]],
    ['Health: Ask visitors who are interested "Have you got any health problems that would stop you doing a long day?" so we can screen them.', 'email', [['question-health', 'any health problems', 54]]],
    // New wording asked for.
    ['In paragraph two, swap "the postholder" for "she", please.', 'email', [['generic-pronoun', 'she', 45]]],
    ['For the summary, could it read "the ideal candidate is a young go-getter"?', 'email', [['age-young', 'young', 57], ['rockstar', 'go-getter', 63]]],
    // The writer's claim of what a candidate would do.
    ['Priya liked candidate 3 because he would "slot in with the lads" in stores.', 'email', [['culture-fit', 'slot in', 42], ['staff-called-girls', 'lads', 59]]],
  ]);
  leaves([
    ['Line 4: "We\'re after energetic people."', 'email'],
    ['Example: "We\'re after energetic people."', 'email'],
    ['Phone screen: Never ask "Have you got any health problems that would stop you doing a long day?"', 'email'],
    ['Delete the question asking for "date of birth" from the form.', 'email'],
    ['We don\'t want "a young team" feel in the advert.', 'email'],
  ]);
});

describe('fair routes and third parties the health, family, photo and car rules had read as demands', () => {
  flags([
    ['Her stammer might put off callers, I think.', 'email', [['condition-doubted', 'stammer might put off', 4]]],
    ['Candidate 2 is a dad of three, so weekends are unlikely.', 'email', [['family-noted', 'a dad of three', 15]]],
    ['Ask about her sickness absence when you ring her referee.', 'email', [['absence-asked', 'Ask about her sickness absence', 0]]],
    ['Please attach photos to the CVs before shortlisting.', 'email', [['photo-of-applicant', 'photos', 14]]],
    ['Q6. Number of days\' sickness absence in the past year.', 'email', [['attendance-record', 'days\' sickness absence', 14]]],
    ['Please state any disability on your application.', 'advert', [['health-disclosure', 'disability', 17]]],
    ['Applicants must also have a car.', 'advert', [['own-car', 'must also have a car', 11]]],
  ]);
  leaves([
    // People put off by a wording, not doubted.
    ['Our old wording put off anyone with a hearing impairment, so we changed it.', 'email'],
    // Someone the candidate would help.
    ['4. How would you reassure a father of twins who is worried about a rash?', 'email'],
    ['Panel members must not ask about sickness absence at interview.', 'email'],
    ['Please disregard any photos that applicants have attached to their CVs.', 'email'],
    // The question's fair route in the next sentence on its line.
    ['Q6. Number of days\' sickness absence in the past year. (Only requested after an offer has been made, for occupational health.)', 'email'],
    ['Applicants who state a disability and meet the essential criteria will be guaranteed an interview.', 'advert'],
    ['Staff drive the practice\'s own car between the two sites.', 'advert'],
    ['Overtime is paid or given back as time off in lieu.', 'advert'],
  ]);
});

describe('people the employer looks for or is keen on are the hire', () => {
  flags([
    ['We look for people who are assertive and competitive.', 'advert', [['masculine-assertive', 'assertive', 27], ['masculine-competitive', 'competitive', 41]]],
    ['For the apprenticeship we\'re keen on young men who like fixing things.', 'advert', [['age-young-hire', 'young men', 37], ['sex-preferred', 'men', 43]]],
  ]);
  leaves([['Our carers look after people who are frail and older.', 'advert']]);
});

describe('demands the lists did not reach: a healthy back or knees, whenever a ward needs you, English speakers only, a referee asked for nationality', () => {
  flags([
    ['Best suited to someone with a healthy back, as there is a lot of lifting.', 'advert', [['physically-fit', 'a healthy back', 28]]],
    ['You\'ll need sound knees for the stairs on the estate.', 'advert', [['physically-fit', 'sound knees', 12]]],
    ['Able to stay late whenever the ward needs you.', 'advert', [['unbounded-availability', 'stay late', 8], ['unbounded-availability', 'whenever the ward needs you', 18]]],
    ['Reception: English speakers only.', 'advert', [['proper-english', 'English speakers only', 11]]],
    ['Please give the applicant\'s age and nationality.', 'advert', [['nationality-asked', 'give the applicant\'s age and nationality', 7], ['date-of-birth', 'age and nationality', 28]]],
  ]);
  leaves([
    ['Some of our patients are not English speakers only reading Polish.', 'advert'],
    ['Our physios run a class on keeping a healthy back for patients.', 'advert'],
  ]);
});

describe('partner-assumed: an advert that assumes the reader has a wife or a husband', () => {
  flags([
    ['Removal costs are paid for you and your husband.', 'advert', [['partner-assumed', 'you and your husband', 27]]],
    ['Your wife and children will love the schools here.', 'advert', [['partner-assumed', 'Your wife and children', 0]]],
  ]);
  leaves([
    ['Removal costs are paid for you and your partner.', 'advert'],
    ['Thanks for your e-mail; I hope you and your wife enjoyed the visit.', 'email'],
  ]);
});

describe('names a study, a scheme or a tag gives in capitals or brackets', () => {
  // Abbreviations included: the plain helpers leave them out.
  it.each([
    ['Recruitment to the STRONG-START study opens in May.', []],
    ['Our partner, Project CHOICE, runs the placements.', []],
    ['QUESTIONS PACK - Band 4 Ward Clerk', []],
    ['2. Tell us about a time you spoke up for a patient. (Courage)', []],
    // A message sent to the team, as "SMS us" is.
    ['Questions? DM us or join our live Q&A.', []],
    ['Refer to a DM nurse for review.', [['unexpanded-acronym', 'DM', 11]]],
    ['We want YOUNG-ENERGETIC staff.', [['age-young', 'YOUNG', 8], ['age-energetic', 'ENERGETIC', 14]]],
    ['You will be strong-minded. (Essential)', [['masculine-strong-character', 'strong-minded', 12]]],
  ] as [string, Found][])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
