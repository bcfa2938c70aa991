import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 18 (engine-50): false alarms found by reading the checker's findings on real, public primary
// care adverts and careers pages (GP practices and federations, PCN roles, dental, pharmacy,
// optometry, hospices, out-of-hours and NHS 111), fixed by a reading of sense or structure. The
// pages are not quoted: every case is a fresh wording, each trap beside a positive.
const findings = (text: string, context: TextKind = 'advert') =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, string[]][]) =>
  it.each(cases)('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

describe('a pronoun that reports what someone said is about that speaker, not the post-holder', () => {
  check([
    ['The new receptionist will answer calls. "Patients come first here," she explained at the open day.', []],
    ['Our nurses have time to listen, the matron said. "It is why people stay," he added. "His team agrees."', []],
    // The post-holder described by a pronoun is still flagged, before and after such a quotation.
    ['The receptionist will greet patients. She will book appointments.', ['generic-pronoun@38:She']],
    ['"We love it here," she said. The successful nurse will run clinics and he will order stock.', ['generic-pronoun@71:he']],
  ]);
});

describe('a nationality named among everyone, or given one more step, is not a nationality demanded', () => {
  check([
    ['All shortlisted people, including Irish and UK citizens, must bring their passport to interview.', []],
    ['Please post your forms. British nationals must also sign the declaration on page 4.', []],
    // Singled out, the same group is still a demand.
    ['Applicants must be EEA nationals.', ['nationality-required@19:EEA nationals']],
    ['Only UK and Irish citizens can be considered, including for bank shifts.', ['nationality-required@5:UK and Irish citizens']],
  ]);
});

describe('letters the text spells out elsewhere, everyday abbreviations and postcodes are not jargon', () => {
  check([
    // "&" in the letters is "and" in the words.
    ['Equality, diversity and inclusion\nWe train every manager in ED&I each year.', []],
    ['Our R&D lead supports research and development across sites.', []],
    ['Each manager completes ED&I training.', ['unexpanded-acronym@23:ED&I']],
    // A name in capitals may give two letters from one compound word.
    ['Join Northern Community Healthcare as a receptionist. NCHC staff get free parking.', []],
    ['NCHC staff get free parking.', ['unexpanded-acronym@0:NCHC']],
    // Everyday abbreviations.
    ['Download the PDF, wear UV glasses outdoors, NB the closing date.', []],
    // A postcode written without its space.
    ['Interviews at Unit 4, Mill Lane, Preston PR26TT.', []],
    ['Interviews will be held by the PRTT.', ['unexpanded-acronym@31:PRTT']],
  ]);
});

describe('a characteristic named among everyone in a group is not a judgement of one person', () => {
  check([
    ['All job applicants, including Irish and British citizens, must bring photo ID to interview.', []],
  ]);
  // One person chosen by it is still judged.
  it('flags a preference for someone of one origin in an e-mail', () => {
    expect(findings('Between us, I would rather have someone English on the phones.', 'email')).toEqual(['origin-judged@20:rather have someone English']);
  });
});

describe('a looks word said of an option or a choice is about the arrangement, not anyone\'s looks', () => {
  check([
    ['Working from home two days a week is an attractive option for many of our call handlers.', []],
    ['Part-time hours are a beautiful choice for parents.', []],
    ['We want an attractive, smiley receptionist.', ['appearance-led@11:attractive']],
  ]);
});

describe('years that are the length of training or study named after them are not experience asked for', () => {
  check([
    ['Pharmacists qualify after a degree and one year\'s pre-registration training.', []],
    ['The route includes two years of part-time study at university.', []],
    // Experience named first, or years spent in a training post, are still experience.
    ['You will need two years\' post-registration experience.', ['age-years-experience@14:two years\'']],
    ['Applicants need at least two years in a training post.', ['age-years-experience@16:at least two years']],
  ]);
});

describe('English words written in capitals inside a programme\'s name are not abbreviations', () => {
  check([
    ['Priorities: the GMS PLUS pilot and the SHIFT LEFT agenda.', ['unexpanded-acronym@16:GMS']],
    ['Priorities: the GMS PLUS pilot and the QOF agenda.', ['unexpanded-acronym@16:GMS', 'unexpanded-acronym@39:QOF']],
  ]);
});

describe('only the last word of a capitalised name may give two letters from one compound', () => {
  check([
    ['Complete your QIS in the first year. The Qualification in Speciality is funded.', ['unexpanded-acronym@14:QIS']],
    ['Staff of West Coast Healthcare (WCHC) may apply; WCHC pays the fees.', []],
  ]);
});

describe('a compound gives its second letter only where its second part starts', () => {
  check([
    ['Book the OCT scans. Rob, Optometrist, Clearsight', ['unexpanded-acronym@9:OCT']],
  ]);
});
