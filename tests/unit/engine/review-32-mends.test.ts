import { describe, expect, it } from 'vitest';
import { type Context, read } from './read-findings';

// Round 32 review mends (mend-32a): each in new wording beside the reviewer's own input.

/** The one finding expected: [rule, text, where the text starts in the sentence]. */
function one(rule: string, sentence: string, text: string): [string, string, number][] {
  return [[rule, text, sentence.indexOf(text)]];
}
/** The findings of one rule only (other rules, such as acronyms, are not what these cases test). */
function of(rule: string, sentence: string, context: Context = 'advert') {
  return read(sentence, context).filter(([id]) => id === rule);
}

describe('criminal-record-blanket-ban: a record narrowed to an offence, not to a post (M2, M3)', () => {
  const rule = 'criminal-record-blanket-ban';
  it('stays quiet where the record is narrowed to an offence by any preposition', () => {
    expect(read('We will not employ anyone with convictions relating to patient safety in the pharmacy.')).toEqual([]);
    expect(read('We do not employ anyone with a conviction involving children or vulnerable patients.')).toEqual([]);
    expect(read('We cannot employ anyone with a criminal record of violence against patients in this ward role.')).toEqual([]);
    expect(read('We do not shortlist applicants with convictions concerning fraud for finance work.')).toEqual([]);
    expect(read('We will not interview candidates with a police record of dishonesty offences.')).toEqual([]);
  });
  it('still flags a ban whose "for" names the post, for "records" as for "convictions"', () => {
    const a = 'We will not employ anyone with previous convictions for any post in the Trust.';
    expect(read(a)).toEqual(one(rule, a, 'will not employ anyone with previous convictions'));
    const b = 'We cannot take on anyone with convictions for ward roles.';
    expect(read(b)).toEqual(one(rule, b, 'cannot take on anyone with convictions'));
    const c = 'We will not take on anyone with unspent convictions for the cash-handling role, as it is a requirement of our insurer.';
    expect(read(c, 'email')).toEqual(one(rule, c, 'will not take on anyone with unspent convictions'));
    const d = 'We will not recruit anyone with a police record for the porter posts.';
    expect(read(d)).toEqual(one(rule, d, 'will not recruit anyone with a police record'));
  });
});

describe('other-language-banned: English asked for a task, with its reason (M4)', () => {
  it('stays quiet on a request scoped to handover so that everyone can follow', () => {
    expect(
      read('Staff talking in their own language at the nursing station has been raised; please use English during handover so all can follow.', 'email'),
    ).toEqual([]);
    expect(read('Please do not speak in your own language during handover so everyone can follow.')).toEqual([]);
    expect(read('On ward rounds, please avoid chatting in your own language so that everyone present is included.', 'email')).toEqual([]);
  });
  it('still flags a ban on speaking one’s own language with no task or reason', () => {
    const s = 'Staff must stop chatting in their own language in the staff room.';
    expect(read(s, 'email')).toEqual(one('other-language-banned', s, 'chatting in their own language'));
  });
});

describe('family-judged: a candidate’s own fertility treatment beside patients or an embryologist (M7)', () => {
  it('reads the treatment as hers when a possessive or "she has" holds it', () => {
    const a = 'Her egg collection is next month, so we would rather not appoint her before the embryologist post is filled.';
    expect(read(a, 'email')).toEqual(one('family-judged', a, 'egg collection is next month, so we would rather not'));
    const b = 'She has fertility treatment coming up, so I have reservations about offering her the post with our patients.';
    expect(read(b, 'email')).toEqual(one('family-judged', b, 'fertility treatment coming up, so I have reservations'));
    const c = 'His embryo transfer is on Monday, so I would rather not offer him the post until the embryologist has gone.';
    expect(of('family-judged', c, 'email')).toHaveLength(1);
  });
  it('still reads the clinic’s own work as the service’s', () => {
    expect(read('The embryologist said egg collection overran, so we would rather not book more patients today.', 'email')).toEqual([]);
  });
});

describe('residence-required: the live/reside wordings keep a job reason (S0)', () => {
  it('stays quiet where the sentence gives the visits the job needs', () => {
    expect(read('Community nurses must live within the Trust\'s area due to the travel involved in visiting patients at home.')).toEqual([]);
    expect(read('You should live near the practice so that you can respond to urgent home visits.')).toEqual([]);
    expect(read('District staff should live near the base so you can respond quickly to calls.')).toEqual([]);
  });
  it('still flags a bare demand', () => {
    const s = 'You must live within ten miles of the practice.';
    expect(read(s)).toEqual(one('residence-required', s, 'must live within'));
  });
});

describe('faith-views-barred: inclusive statements and bars on imposing views (S2)', () => {
  it('stays quiet on welcome, on conduct and on imposing', () => {
    expect(read('Nobody with strong religious views should feel they cannot apply; chaplaincy welcomes all.', 'email')).toEqual([]);
    expect(read('Chaplains should not hold their religious beliefs in a way that prevents them supporting people of all faiths.')).toEqual([]);
    expect(read('The volunteer must not have strong religious views that they impose on patients.')).toEqual([]);
    expect(read('Mentors must not have deeply held faith beliefs that they are imposing on trainees.')).toEqual([]);
  });
  it('still flags a bar on holding the belief', () => {
    const s = 'Receptionists must not have strong religious beliefs.';
    expect(read(s)).toEqual(one('faith-views-barred', s, 'strong religious beliefs'));
  });
});

describe('age-team-match: a team’s spread of ages described, not sought (S3)', () => {
  it('stays quiet on a description', () => {
    expect(read('The team has a good spread of ages and backgrounds.')).toEqual([]);
    expect(read('Our clinic has a healthy balance of ages and a long history of training.')).toEqual([]);
  });
  it('still flags the balance wanted', () => {
    const s = 'We want to restore the age balance in the team.';
    expect(read(s, 'email')).toEqual(one('age-team-match', s, 'restore the age balance'));
    const t = 'We like to keep a good spread of ages at the front desk.';
    expect(read(t, 'email')).toEqual(one('age-team-match', t, 'keep a good spread of ages'));
  });
});

describe('elite-university: a university named as a rotation, not a requirement (S4)', () => {
  it('stays quiet on rotations', () => {
    expect(read('Rotations include a Russell Group university and its teaching hospital.')).toEqual([]);
    expect(read('Trainees rotate through a Russell Group university research unit for six months.')).toEqual([]);
  });
  it('still flags a degree asked for', () => {
    const s = 'Applicants must hold a degree from a Russell Group university.';
    expect(read(s)).toEqual(one('elite-university', s, 'Russell Group'));
  });
});

describe('orientation-disparaged: leaving it to the person whether to tell (S5)', () => {
  it('stays quiet when the sentence leaves it to her or him', () => {
    expect(read("Don't tell the patients that she is gay unless she wants them to know.", 'email')).toEqual([]);
    expect(read("Don't tell the team he's gay; that is up to him.", 'email')).toEqual([]);
  });
  it('still flags being told to hide it', () => {
    const s = "Don't tell the team that he is gay, it will only cause trouble.";
    expect(read(s, 'email')).toEqual(one('orientation-disparaged', s, "Don't tell the team that he is gay"));
  });
});

describe('age-idioms: "a man of his age" in a clinical remark (S7)', () => {
  it('stays quiet on recovery', () => {
    expect(read('For a man of his age he recovered well from the hip replacement.', 'email')).toEqual([]);
    expect(read('For a woman of her age the fracture healed quickly.', 'email')).toEqual([]);
  });
  it('still flags a judgement of a worker', () => {
    const s = 'For a man of his age he is surprisingly quick on the computer.';
    expect(read(s, 'email')).toEqual(one('age-idioms', s, 'For a man of his age'));
  });
});
