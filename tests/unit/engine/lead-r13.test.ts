import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 13 (lead, from what the unseen fresh13 set showed): fresh wordings, none from the corpus,
// each trap beside a positive.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe("an e-mail's address lines name people, whatever their surnames mean", () => {
  it.each<[string, TextKind, string[]]>([
    ['From: Carl Hardy\nTo: Recruitment team\nSubject: Receptionist interviews\n\nAll three are booked for Monday.', 'email', []],
    ['To: Gary Young; Dawn Hardy\nCc: Ben Bold\nSubject: Rota\n\nThanks both.', 'email', []],
    ['From: Priya Strong\nSubject: Receptionist interviews\n\nWe want someone young and strong for the front desk.', 'email', ['physique-demanded@56:want someone young and strong', 'age-young@69:young']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a one-sex ward or unit is a service, not who may apply', () => {
  it.each<[string, TextKind, string[]]>([
    ['Larch is a male-only forensic unit with twelve beds.', 'advert', []],
    ['Larch is a men-only rehabilitation ward; the team is mixed.', 'advert', []],
    ['Larch is a male-only forensic unit. Male only, please.', 'advert', ['one-sex-advert@36:Male only']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('routes and reasons said beside the demand', () => {
  it.each<[string, TextKind, string[]]>([
    // Training from anywhere is no UK-only demand.
    ['We welcome radiographers trained in the UK and overseas.', 'advert', []],
    ['We only take radiographers trained in the UK.', 'advert', ['uk-only-qualification@27:trained in the UK']],
    // One sex asked for with the genuine requirement stated.
    ['For the women-only refuge clinic we need a female counsellor. This is a genuine requirement of the post.', 'advert', []],
    ['For the refuge clinic we need a female counsellor.', 'advert', ['one-sex-advert@32:female counsellor']],
    // A licence criterion that points to the reason given elsewhere.
    ['Person specification\nEssential\n- Full driving licence (see above)', 'advert', []],
    ['Person specification\nEssential\n- Full driving licence', 'advert', ['driving-licence@33:Full driving licence']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('"drive" as travel is not the masculine-coded trait', () => {
  it.each<[string, TextKind, string[]]>([
    ['Most of our podiatrists (all band 6) drive, while some use the pool cars.', 'advert', []],
    ['We want someone with real drive and ambition.', 'advert', ['masculine-driven@26:drive and ambition']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('an abbreviation whose brackets say what kind of thing it is', () => {
  it.each<[string, TextKind, string[]]>([
    ['Referrals are logged on TPP Airmid (the patient app our surgery uses).', 'advert', []],
    ['You will keep the clinic diary on the SOE platform (our booking software) up to date.', 'advert', []],
    ['You will keep the clinic diary on the SOE platform (updated daily) up to date.', 'advert', ['unexpanded-acronym@38:SOE']],
    ['Referrals are logged on TPP Airmid (from May).', 'advert', ['unexpanded-acronym@24:TPP']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('letters inside a reference number are no abbreviation', () => {
  it.each<[string, TextKind, string[]]>([
    ['Please quote ref 207-DN-1125 when you reply.', 'email', []],
    ['Please quote the DN reference when you reply.', 'email', ['unexpanded-acronym@17:DN']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a pronoun for one person the writer has met is no generic pronoun', () => {
  it.each<[string, TextKind, string[]]>([
    ['Hi Mo,\nPlease book two porters for nights. Not the tall man you sent in June, he got lost twice.\nThanks', 'email', []],
    ['Hi Mo,\nPlease book two porters for nights. Not a tall man, he will get lost.\nThanks', 'email', ['generic-pronoun@59:he']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('what a panel is told not to ask about or weigh', () => {
  it.each<[string, TextKind, string[]]>([
    ['Panel notes:\n- Please do not ask about childcare, pregnancy plans, marital status or faith.', 'email', []],
    ['Panel notes:\n- Never comment on accents or how anyone dresses.', 'email', []],
    ['Panel notes:\n- Ask about her marital status and childcare.', 'email', ['marital-status@29:marital status']],
    ["Panel notes:\n- Don't judge her on the interview suit, but we need a native English speaker.", 'email', ['native-english-speaker@68:native English speaker']],
    ["Panel notes:\n- Don't shortlist anyone with a strong accent.", 'email', ['accent@45:strong accent']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('overseas experience to be weighed as UK experience is', () => {
  it.each<[string, TextKind, string[]]>([
    ['Candidate 2 nursed in Manila: score that the same way as UK experience.', 'email', []],
    ['Candidate 2 nursed in Manila, but we need UK experience.', 'email', ['uk-only-qualification@42:UK experience']],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
