import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 41 (engine-122): false alarms in the study slice's scripts, posters, text messages and comment
// threads, fixed by what the words are (a cue, a speaker's label, a file name, wording quoted to the
// reader) or what the piece is. Every case is fresh wording, each beside a finding that still flags.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('what a piece is and who speaks in it, written in capitals, are words; a cue in square brackets is for the studio', () => {
  check([
    ['SCRIPT – 20 seconds – Hartmoor Ambulance Service\nVOICE 1: Fancy a career on the road?\nVOICE 2: Join our crews. No NMC pin needed.', 'advert', ['unexpanded-acronym@114:NMC']],
    ['[SFX: sirens, then a kettle boiling]\nVOICE: Call handlers wanted.', 'advert', []],
    ['[MUSIC: upbeat guitar]\nNARRATOR: Our OOH team is growing.', 'advert', ['unexpanded-acronym@37:OOH']],
    ['TEXT – Harbourside Bank Office – sent 09:10 to porters\nExtra shifts tonight at the EAU.', 'email', ['unexpanded-acronym@83:EAU']],
  ]);
});

describe('a file name joined by underscores is no abbreviation; the same letters in prose still are', () => {
  check([
    ['Attached: PS_Physio_Band6_final.docx and the JD as it stands.', 'email', ['unexpanded-acronym@45:JD']],
    ['Please save it as Rota_OPD_March.xlsx before Friday. The OPD rota is due.', 'email', ['unexpanded-acronym@57:OPD']],
  ]);
});

describe('an abbreviation spelt out inside wording the text quotes is explained to its reader', () => {
  check([
    ['Reply: the flu jab is offered; I\'d write "the human papillomavirus (HPV) jab" in the leaflet. The HPV clinic is on Tuesdays.', 'email', []],
    ['Reply: the MMR catch-up is offered; I\'d write "the measles, mumps and rubella (MMR) catch-up" instead.', 'email', []],
    ['Reply: the HPV jab is offered; I\'d write "the HPV jab" in the leaflet.', 'email', ['unexpanded-acronym@11:HPV']],
  ]);
});

describe('a poster, flyer or script points to the advert, which carries the statements; an advert without them is still told', () => {
  const body =
    '\nAre you a qualified paramedic thinking about a change? Our community urgent response team visits people at home within two hours of a call, so they can stay out of hospital. You will work with nurses, therapists and social workers across the district, with a vehicle provided and time set aside every week for training and supervision. Come and meet the team at our drop-in on Saturday 9 May at the Corn Exchange, or search online for Hartmoor urgent response to read the full details.';
  const documentFindings = (head: string) => analyse(head + body, { context: 'advert' }).document.map((d) => d.ruleId);
  it.each([['POSTER – Hartmoor Community Health NHS Trust'], ['Flyer for the Hartmoor careers fair'], ['Radio script: urgent response paramedics, 40 seconds']])('%j', (head) => {
    expect(documentFindings(head)).toEqual([]);
  });
  it.each([['Hartmoor Community Health NHS Trust – Urgent Response Paramedic'], ['Prescription Clerk – Hartmoor Surgery']])('%j', (head) => {
    expect(documentFindings(head)).toEqual(['no-reasonable-adjustments-statement', 'no-flexible-working-statement', 'no-equality-statement', 'no-salary']);
  });
});

describe('a sister title held by a colleague: in brackets after their name, or one of those the post holder works with', () => {
  check([
    ['Panel: me, Jo Pratt (Ward Sister) and HR.', 'email', []],
    ['Interviewing: Sister Ruth Adeyemi (Night Sister) and me.', 'email', []],
    ['Panel: me, the Theatre Sister and HR.', 'email', ['sister-generic@15:Theatre Sister']],
    ['You will work with bed managers, including the Night Sister on each site, and the site team.', 'advert', []],
    ['Vacancies on the unit, including the Ward Sister post, are out now.', 'advert', ['sister-title@37:Ward Sister']],
  ]);
});

describe('"the girls" after the text names a service for girls are those it serves, not staff', () => {
  check([
    ["Comment: the boys' HPV clinic moved to Mondays.\nReply: she will mostly be seeing the boys, so fine.", 'email', ['unexpanded-acronym@19:HPV']],
    ["Note: the girls' netball club starts in May; he will still be working with the girls most weeks.", 'email', []],
    ["Note: the girls' changing room is being painted; she will still be working with the girls most weeks.", 'email', ['staff-called-girls@84:girls']],
    ['Note: the clinic moved to Mondays, but she will still be working with the girls most weeks.', 'email', ['staff-called-girls@74:girls']],
  ]);
});

describe('a chairman who held or holds the office is that person, as a sister title is', () => {
  check([
    ['The outgoing Chairman of the hospice board opened the garden.', 'advert', []],
    ['Our former chairman, now retired, still visits the unit.', 'advert', []],
    ['The new chairman will sit on the panel.', 'advert', ['chairman@8:chairman']],
  ]);
});
