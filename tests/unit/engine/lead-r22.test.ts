import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 22 (lead): each kind in other words than the study documents that showed it.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

/** The findings of one rule, as [rule, text, start]. */
const of = (rule: string, text: string, context: 'email' | 'advert' = 'advert') => read(text, context).filter(([id]) => id === rule);

describe('time at the work\'s or the employer\'s call', () => {
  it.each([
    ['You should be free for overtime whenever the unit gets behind.', 'overtime whenever the unit gets behind'],
    ['Overtime will be expected whenever the office has a backlog.', 'Overtime will be expected whenever the office has a backlog'],
    ['You must accept early starts whenever the theatre list overruns.', 'starts whenever the theatre list overruns'],
    ['Essential:\n- Able to answer call-outs at any time of day or night\n', 'call-outs at any time of day or night'],
    ['The manager must attend site at any time of day or night.', 'attend site at any time of day or night'],
    ['Essential:\n- Willing to work longer hours and Sundays as the surgery requires\n', 'as the surgery requires'],
    ['Essential:\n- Comfortable being on call for board papers, including weekends when needed\n', 'when needed'],
  ])('flags %j', (text, match) => {
    expect(of('time-demanded', text)).toEqual([['time-demanded', match, text.indexOf(match)]]);
  });

  it('reads "at all times" with a word of being reachable anywhere in the demand', () => {
    const text = 'Essential:\n- Available to support the team flexibly at all times\n';
    expect(of('time-demanded', text)).toEqual([['time-demanded', 'at all times', text.indexOf('at all times')]]);
    expect(of('time-demanded', 'Essential:\n- Able to follow hand hygiene policy at all times\n')).toEqual([]);
  });

  it('reads time asked beyond the rota as unbounded, and a share of turns as a rota', () => {
    const beyond = 'You must be reachable by phone at all times, even when not on the rota.';
    expect(of('time-demanded', beyond)).toEqual([['time-demanded', 'reachable by phone at all times', beyond.indexOf('reachable')]]);
    const whether = 'The engineer must come in at short notice, whether on the rota or not.';
    expect(of('time-demanded', whether)).toEqual([['time-demanded', 'come in at short notice', whether.indexOf('come in at short notice')]]);
    expect(of('time-demanded', 'You will be on call one weekend in five, including evenings when needed.')).toEqual([]);
    expect(of('time-demanded', 'You must be on call 1 in 6 nights, and come in whenever needed then.')).toEqual([]);
  });

  it('leaves overtime offered, and work that is urgent by its nature', () => {
    expect(of('time-demanded', 'Overtime is available whenever the department is short.')).toEqual([]);
    expect(of('time-demanded', 'Overtime rates apply when you stay on whenever the lab is busy.')).toEqual([]);
    expect(of('time-demanded', '- Respond to queries from the board, often at short notice')).toEqual([]);
    expect(of('time-demanded', 'You will attend meetings at short notice across the system.')).toEqual([]);
    expect(of('time-demanded', 'You will visit practices such as the partners need.')).toEqual([]);
  });
});

describe('"ones" after an age word stands for the noun before it', () => {
  it('reads people talked about, or no noun at all, as the people judged', () => {
    const text = 'The lads cope fine but the older ones keep getting hurt, so look for the young strong ones.';
    expect(read(text, 'email').filter(([id]) => id.startsWith('age-'))).toEqual([
      ['age-older', 'older', text.indexOf('older')],
      ['age-young', 'young', text.indexOf('young')],
    ]);
    const temps = 'We tried two agency temps. The older ones were slow on SystmOne.';
    expect(of('age-older', temps, 'email')).toEqual([['age-older', 'older', temps.indexOf('older')]]);
    const trainees = 'Think about a trainee or an apprentice - the younger ones learn the software faster.';
    expect(of('age-young', trainees, 'email')).toEqual([['age-young', 'younger', trainees.indexOf('younger')]]);
  });
  it('leaves "ones" that stand for patients or equipment', () => {
    expect(read('Our clinic sees children of every age and the younger ones need a parent with them.', 'email').filter(([id]) => id.startsWith('age-'))).toEqual([]);
    expect(read('We have three scanners and the older one breaks down weekly.', 'email').filter(([id]) => id.startsWith('age-'))).toEqual([]);
  });
});

describe('years of work left in a candidate', () => {
  it.each([
    ['Great interview, though we might get two years out of her at most.', 'get two years out of her'],
    ["Not worth the training budget for someone who'd only give us a couple of years.", "who'd only give us a couple of years"],
    ['I would rather have someone with decades still left in them.', 'decades still left in them'],
  ])('flags %j', (text, match) => {
    expect(of('age-years-left', text, 'email')).toEqual([['age-years-left', match, text.indexOf(match)]]);
  });
  it('leaves years of a contract or a lease', () => {
    expect(read('The new contract will only give us three years of funding.', 'email')).toEqual([]);
    expect(read('The landlord would only give us two more years from them on the lease.', 'email')).toEqual([]);
  });
});

describe('school and college leavers preferred', () => {
  it('flags the stage of life preferred, not one welcomed among others', () => {
    const text = 'School and college leavers preferred for the Saturday job.';
    expect(of('age-life-stage', text, 'email')).toEqual([['age-life-stage', 'School and college leavers', 0]]);
    expect(of('age-life-stage', 'We welcome people of all ages, including school and college leavers.')).toEqual([]);
  });
});

describe('looks and bodies judged in notes on candidates', () => {
  it.each([
    ['Tia was a charming, pretty girl, but less sure of the audit work.', 'appearance-led', 'pretty girl'],
    ["I checked his Instagram and he's covered in tattoos.", 'appearance-led', 'covered in tattoos'],
    ['Score down anyone who looks very overweight.', 'body-judged', 'looks very overweight'],
    ["He's rather a large chap for the van cab.", 'body-judged', "He's rather a large chap"],
    ['If someone looks too heavy for the stair chair, say so.', 'body-judged', 'someone looks too heavy'],
  ])('flags %j', (text, rule, match) => {
    expect(of(rule, text, 'email')).toEqual([[rule, match, text.indexOf(match)]]);
  });
  it('leaves loads, buildings and other senses of the words', () => {
    expect(read('The linen bags look quite heavy, so use the trolley.', 'email')).toEqual([]);
    expect(read('The results look pretty good this quarter.', 'email')).toEqual([]);
    expect(read("He's a very big name in sports medicine.", 'email')).toEqual([]);
    expect(read('The old annexe looks unfit for purpose.', 'email')).toEqual([]);
  });
});

describe('the fresh22 set, read in other words', () => {
  it.each([
    ["If you'd like a quiet life, please look elsewhere.", 'warned-off', "If you'd like a quiet life, please look elsewhere"],
    ["If the pace makes you nervous, don't waste our time.", 'warned-off', "If the pace makes you nervous, don't waste our time"],
    ['You must be free for any shift the ward gives you.', 'time-demanded', 'free for any shift the ward gives you'],
    ['Must be able to start at 8:00 and stay until the list is done.', 'time-demanded', 'stay until the list is done'],
    ["You'll need the skin of a rhinoceros in this team.", 'thick-skin', 'skin of a rhinoceros'],
    ['We want a nurse who will click with our team.', 'culture-fit', 'click with our team'],
  ])('flags %j', (text, rule, match) => {
    expect(of(rule, text)).toEqual([[rule, match, text.indexOf(match)]]);
  });

  it('leaves a condition of eligibility, a bound start, an appointment slot and a surname', () => {
    expect(of('warned-off', 'If you need a visa, please look elsewhere on our careers site.')).toEqual([]);
    expect(of('time-demanded', 'You must be able to start at short notice.')).toEqual([]);
    expect(of('culture-fit', 'Each clinic has a protected admin slot in each session.')).toEqual([]);
    expect(of('staff-called-girls', 'Applications go to Mark Gentleman by Friday.')).toEqual([]);
    expect(of('staff-called-girls', 'Hi ladies, the rota is attached.', 'email')).toEqual([['staff-called-girls', 'ladies', 3]]);
  });

  it('reads a pronoun in notes on one applicant as that applicant, all through the notes', () => {
    const notes =
      'Subject: phone screen, applicant 3\n\nNotes from my call with applicant 3.\n\n- Has no car, which rules her out for the outreach days.\n- Keen to do the NVQ later.\n- Member of the union branch.\n- Worked nights in a care home.\n\nHappy for her to go to interview.\n';
    expect(of('generic-pronoun', notes, 'email')).toEqual([]);
  });

  it('reads a number under a marking scheme as a score, and a higher one as an age', () => {
    const notes = 'Interview notes for the clerk post. Scores are out of 30.\n\nA - 24. Calm, good on the phone.\nB - 61. Knows the systems.\n';
    expect(of('age-noted', notes, 'email')).toEqual([['age-noted', '61. Knows the systems', notes.indexOf('61')]]);
  });

  it('gives the confidence built by people a service helps to them', () => {
    const text = 'You will help people living with diabetes, and their carers, to build the skills and confidence to live well.';
    expect(read(text).filter(([id]) => id.startsWith('masculine-'))).toEqual([]);
    const own = 'You will need the confidence to lead a clinic on your own.';
    expect(of('masculine-confidence', own)).toEqual([['masculine-confidence', 'confidence', own.indexOf('confidence')]]);
  });
});

describe('after the review', () => {
  it('reads notes that end on "out of" without failing', () => {
    const notes = 'Interview notes\nCandidate 4 - 61.\nScores were marked out of';
    expect(of('age-noted', notes, 'email')).toEqual([['age-noted', '61', notes.indexOf('61')]]);
  });
  it('leaves perks, advice and an invitation to call', () => {
    expect(read('If you want easy parking, look elsewhere; we are in the city centre.')).toEqual([]);
    expect(of('warned-off', "If the dosing feels hard at first, don't bother trying to learn the whole formulary.", 'email')).toEqual([]);
    expect(read('Please feel free to ring the ward manager at any time.')).toEqual([]);
    expect(read('The job is really pretty straightforward once you know the system.')).toEqual([]);
  });
  it('leaves a patient or a vehicle that looks heavy or unfit', () => {
    expect(read('Mrs Dale in bed 6 looks quite heavy, so use the hoist.', 'email')).toEqual([]);
    const candidate = 'Shortlist for the porter post:\n- Dev: he looks too heavy for the stair work and the hoist.';
    expect(of('body-judged', candidate, 'email')).toEqual([['body-judged', 'he looks too heavy', candidate.indexOf('he looks too heavy')]]);
    expect(read('The spare van looks unfit for the road.', 'email')).toEqual([]);
  });
  it('keeps "not worth" a negation, except for the years counted in a candidate', () => {
    expect(read('It is not worth being available 24/7; we switch off at six.')).toEqual([]);
    const text = "Not worth the course fees for someone who'll only give us two years.";
    expect(of('age-years-left', text, 'email')).toEqual([['age-years-left', "who'll only give us two years", text.indexOf("who'll")]]);
  });
  it('reads an unbounded time joined after a share of turns', () => {
    const text = 'You must be on call one night in six and come in whenever the ward is short.';
    expect(read(text).map(([, match]) => match)).toEqual(['whenever the ward is short']);
  });
});
