import { describe, expect, it } from 'vitest';
import { type Found, flags, leaves, read } from './read-findings';

// Round 36's review, the items mended in code (M14, M15, S1): each with the review's probe lines and
// sentences of our own on both sides.

describe('ages named as people are the hire only where people are taken on (M14)', () => {
  leaves([
    // The review's lines: a service's own target group.
    ['Target group: 16-24 year olds not in education, for our smoking cessation outreach.', 'advert'],
    ['Target group: 16-24 year olds not in education, for our smoking cessation outreach.', 'email'],
    ["Our sexual health outreach will go for 18-30 year olds at freshers' fairs.", 'advert'],
    // Fresh: a programme's or a volunteer scheme's group.
    ['Focus group for the weight management pilot: 40-60 year olds in the north of the borough.', 'email'],
    ['Our befriending project will aim for 18-25 year olds who have left care.', 'advert'],
  ]);
  flags([
    ['Target group for the intake: 16-24 year olds only, because of the levy.', 'email', [['age-limit', '16-24 year olds', 29]]],
    ['We will go for 17-21 year olds when we recruit trainees this year.', 'email', [['age-limit', '17-21 year olds', 15]]],
    // The list item above names the apprentices the group is about.
    ['- Cohort two: 20 pharmacy apprentices.\n- Target group: 16-24 year olds only.', 'email', [['age-limit', '16-24 year olds', 55]]],
  ]);
});

describe("a possessive after taking on work is a leaver's only where someone is leaving or away (M15)", () => {
  flags([
    // The review's lines: the post-holder's own work.
    ['The new partner will be expected to cover his share of on-calls.', 'advert', [['generic-pronoun', 'his', 42]]],
    ['The successful applicant will pick up his own rota from the e-roster.', 'advert', [['generic-pronoun', 'his', 38]]],
    ['The successful candidate will cover her own annual leave from the bank budget.', 'advert', [['generic-pronoun', 'her', 36]]],
    // Fresh: "own" beside a leaver is still the hire's; work taken on with nobody leaving.
    ['Our senior physio is retiring in March. The new physio will take over her own caseload.', 'advert', [['generic-pronoun', 'her', 70]]],
    ['The post-holder will inherit his patient list from day one.', 'advert', [['generic-pronoun', 'his', 29]]],
    ['The successful candidate will cover his annual leave from the bank budget.', 'email', [['generic-pronoun', 'his', 36]]],
  ]);
  leaves([
    ['We still need to cover her Tuesday sessions while she is on maternity leave.', 'email'],
    // Fresh: a leaver before the work, in the sentence or the ones before.
    ['Our GP partner is retiring, and whoever joins will inherit his patient list.', 'advert'],
    ['Advert for the new healthcare assistant goes out Monday, as ours is leaving. Agency staff will take over his Friday rounds.', 'email'],
    ['Our practice nurse of twenty years has resigned. Locums will pick up her smear clinics for now.', 'email'],
  ]);
});

describe('abbreviations that open a sentence are no run-in heading unless heading words (S1)', () => {
  // Abbreviations are the finding here, so the text is read whole (flags and leaves set them aside).
  it.each<[string, Found]>([
    // The review's line.
    [
      'The ward is busy. SALT OPAT Team visits daily and supports discharges.',
      [
        ['unexpanded-acronym', 'SALT', 18],
        ['unexpanded-acronym', 'OPAT', 23],
      ],
    ],
    // Fresh: letters with vowels that are no words of a heading.
    [
      'Referrals come from the GP surgeries. OPAL ESAT Nurses triage each one within a day.',
      [
        ['unexpanded-acronym', 'OPAL', 38],
        ['unexpanded-acronym', 'ESAT', 43],
      ],
    ],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    'The unit opened in 2019. MAIN TASKS Supervise the night team and audit the drug charts.',
    // Fresh: a heading's words that the text writes small elsewhere.
    'The panel meets for a weekly review. REVIEW PANEL Members agree the outcomes together.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});
