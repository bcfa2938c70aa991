import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 42 (engine-126): what the last unseen set (fresh41-*) showed the checker missing, each read as a
// general form. Every case is fresh wording, with near misses beside it that must not flag.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('culture fit said as joining a family, with its name between; not a family of services, family life or a real family', () => {
  check([
    ['We hope every new starter will fit into our Harbourside family within weeks.', 'advert', ['culture-fit@31:fit into our']],
    ['Our rotas fit into family life, and the hours fit into the family routine.', 'advert', []],
    ['The new hub will fit into the family of community services.', 'advert', []],
    ["District nurses fit in with the Okafor family's wishes at each visit.", 'advert', ['culture-fit@16:fit in']],
    ["Bring a friend who'll fit right into the Outpatients family.", 'email', ['culture-fit@22:fit right into the']],
  ]);
});

describe('newcomers told to take on "our ways"; not ways of working learnt at induction', () => {
  check([
    ['New arrivals must adapt to our ways within the first month.', 'email', ['culture-fit@13:must adapt to our ways']],
    ['During induction you will learn our ways of working.', 'advert', []],
  ]);
});

describe('hours said to suit mothers of a kind, and a mother’s instinct or touch wanted; not patients, nor a parent’s instinct trusted', () => {
  check([
    ['The school-hours rota would suit busy mothers.', 'advert', ['working-mums@22:would suit busy mothers']],
    ['Our baby clinic would suit busy mothers on maternity leave.', 'advert', []],
    ["We want a nurse who brings a mother's touch to the ward.", 'advert', ["sex-stereotyped-traits@27:a mother's touch"]],
    ["Parents trust a mother's instinct when a child seems unwell, so listen to them.", 'advert', []],
  ]);
});

describe('a voice of one sex asked of the person; not a recording or a choir', () => {
  check([
    ['Ideally the call handler has a female voice.', 'email', ['sex-stereotyped-traits@25:has a female voice']],
    ['The automated message uses a male voice.', 'advert', []],
    ['The male voice choir sings at the summer fete.', 'advert', []],
  ]);
});

describe('families of their own assumed, the words of the match not read as its context; patients in another clause are not its subject', () => {
  check([
    ["Childless applicants would suit us, since the patients' clinics overrun.", 'email', ['family-status-requirement@0:Childless']],
    ['We run clinics for patients with no children as well as for families.', 'email', []],
    [
      'Several of our midwives have grandchildren of their own, so you will understand why we value flexibility.',
      'advert',
      ['family-status-requirement@29:grandchildren of their own'],
    ],
  ]);
});

describe('whether someone from abroad means to stay, asked of them; not a plan asked with no word of abroad', () => {
  check([
    ['Candidate 4 qualified overseas; let us ask him how long he intends to stay.', 'email', ['question-nationality@47:how long he intends to stay']],
    ['Worth asking whether she plans to stay on the bank once she qualifies.', 'email', []],
  ]);
});

describe('applicants from a list of countries preferred; not a date, nor a welcome', () => {
  check([
    ['Staff from Ghana or Nigeria preferred.', 'advert', ['nationality-preference@0:Staff from Ghana or Nigeria preferred']],
    ['Nurses from the Philippines first joined the trust in 2001.', 'advert', []],
    ['We welcome applicants from India, Kerala and the Philippines.', 'advert', []],
  ]);
});

describe('an older workforce called a risk, to be made younger; not the same risk met with support', () => {
  check([
    [
      'An ageing nursing workforce poses a major risk to the service, and we plan to bring down the average age.',
      'email',
      ['age-judged@3:ageing nursing workforce poses a major risk'],
    ],
    ['An ageing workforce is a significant risk, so we offer flexible retirement and retire-and-return.', 'email', []],
  ]);
});

describe('the post holder told they will drive between sites; not travel, nor the drive itself', () => {
  check([
    ['You are based at Elm Road and you will drive between the surgeries each afternoon.', 'advert', ['own-car@34:will drive between the']],
    ['You will travel between our three surgeries; the drive between the sites takes ten minutes.', 'advert', ['masculine-driven@49:drive']],
  ]);
});

describe('a body wanted by "keen to hear from", after a reason put first; a body at a place is none', () => {
  check([
    ['Because of the stairs on the ward we are keen to hear from tall applicants.', 'advert', ['physique-demanded@41:keen to hear from tall applicants']],
    ['Risk of falls from height is assessed on every ward.', 'advert', []],
    ['For our patients we want someone strong.', 'advert', []],
  ]);
});

describe('the line straight under a request ending in a colon is what it asks for, bullet or none', () => {
  check([
    ['What we are after:\nBig lads who can lift all day.', 'advert', ['physique-demanded@19:Big lads', 'sex-preferred@23:lads']],
    ['What you need to know:\nStrong winds can close the car park.', 'advert', []],
    ['Who we are looking for:\n- Young people to join our youth panel.', 'advert', []],
  ]);
});
