import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 46 review mends (mend-46b): each case in other words than the review's.

describe("maternity-unwanted: the employer weighing up leave, not patients' pregnancies or a cover post's cost", () => {
  flags([
    ["Between us, we really can't take another maternity leave in reception this year.", 'email', [["maternity-unwanted","can't take another maternity leave",22]]],
  ]);
  leaves([
    ["Mothers who don't want another pregnancy can ask about contraceptive implants.", 'email'],
    ["The ward cannot afford another maternity cover from the agency, so let's advertise a fixed-term post.", 'email'],
    ["Please chase the lab: we don't want another pregnancy test lost in the post.", 'email'],
  ]);
});

describe("unpaid-trial: \"so we can see\" and \"before we take\" only of the person on trial", () => {
  flags([
    ["Let's have her do three shifts unpaid so we can see how she handles the phones.", 'email', [["unpaid-trial","unpaid",31]]],
    ["He could do a week unpaid so we can judge his work.", 'email', [["unpaid-trial","unpaid",19]]],
    ["Could he come in unpaid for a fortnight before we take him on?", 'email', [["unpaid-trial","unpaid",17]]],
  ]);
  leaves([
    ["The locum's invoice went unpaid so we can see the finance team needs chasing.", 'email'],
    ["Night overtime stays unpaid, so we can see how they feel about it at the staff survey.", 'email'],
    ["Our volunteers sort donations unpaid, so we can see how they run the shop on Saturdays.", 'email'],
  ]);
});

describe("physically-fit: bare \"fit young\" only as an adjective, after a determiner or \"be\"", () => {
  flags([
    ["We want a fit young apprentice to join the estates team.", 'advert', [["physically-fit","fit",10],["age-young","young",14]]],
    ["The candidate must be fit, young and keen.", 'advert', [["physically-fit","fit",22],["age-young","young",27]]],
  ]);
  it('leaves the verb "fit" to its object', () => {
    expect(read('The optician will fit young drivers with new frames on Saturdays.', 'advert').map(([rule]) => rule)).not.toContain('physically-fit');
  });
});

describe("help offered to the reader does not quiet a doubt about a third person's condition", () => {
  flags([
    ["I can help you with the interview questions, but she has epilepsy so I doubt she could drive the van.", 'email', [["condition-doubted","epilepsy so I doubt",57]]],
    ["If you need anything, just shout; he uses a hearing aid so I'm not sure he'd manage the switchboard.", 'email', [["condition-doubted","hearing aid so I'm not sure",44]]],
  ]);
  leaves([
    ["If you need anything at all, including a quiet room for the assessment, just say.", 'email'],
  ]);
});

describe("age-new-tech-doubted: without \"new\", an age cue in the sentence; a trainer coming makes it a plan", () => {
  flags([
    ["Honestly he's older, so I doubt he'd take to the tablets.", 'email', [["age-older","older",14],["age-new-tech-doubted","doubt he'd take to the tablets",26]]],
  ]);
  leaves([
    ["Mrs Patel is 92 and I doubt she'd cope with the apps, so post her letter.", 'email'],
    ["I doubt he'd manage the new apps until the trainer visits.", 'email'],
  ]);
});

describe("gaps-scored-down: a gap in someone's history, with or without a determiner; not a gap in knowledge or an analysis", () => {
  flags([
    ["We docked a mark for gaps in his work history.", 'email', [["gaps-scored-down","docked a mark for gaps",3]]],
  ]);
  leaves([
    ["Dock a mark for any gap in understanding of the Mental Capacity Act.", 'advert'],
    ["Knock two marks off for a gap analysis that is not referenced.", 'advert'],
  ]);
});

describe("spent-convictions-asked: not a report of what was declared, nor a standard check's own question", () => {
  flags([
    ["Please tell us about any spent convictions on the application form.", 'advert', [["spent-convictions-asked","any spent convictions",21]]],
  ]);
  leaves([
    ["He has disclosed all spent cautions on the form, so nothing more to do.", 'email'],
    ["This post needs a standard DBS check, so tell us about any spent convictions that would appear on the certificate.", 'advert'],
  ]);
});

describe("\"our girls are young\": staff, not the young people on a unit or ward", () => {
  flags([
    ["In reception our girls are young and lively.", 'advert', [["staff-called-girls","girls",17],["age-young","young",27],["age-energetic","lively",37]]],
  ]);
  it('leaves the young people on a ward to their ward', () => {
    expect(read('On the inpatient ward our boys are young and often homesick.', 'advert').map(([rule]) => rule)).not.toContain('age-young');
  });
});

describe('"PS" opening a sentence of an e-mail before running text is a postscript', () => {
  it('is no abbreviation to expand', () => {
    expect(read('Great to meet you on Friday. PS parking is free after six.', 'email')).toEqual([]);
    expect(read('PPS the canteen closes at two.', 'email')).toEqual([]);
  });
  it('still asks to expand a person specification named as a subject', () => {
    expect(read('The PS is attached.', 'email')).toEqual([['unexpanded-acronym', 'PS', 4]]);
    expect(read('Thanks. PS is attached with the JD.', 'email').map(([, text]) => text)).toContain('PS');
  });
});

describe('"needs", "wants", "requires" after a subject are verbs: what follows is wanted of the person', () => {
  flags([['The post holder needs drive and a clear sense of purpose.', 'advert', [['masculine-driven', 'drive', 22]]]]);
  leaves([['Local needs drive our service plans.', 'advert']]);
});
