import { describe, expect, it } from 'vitest';
import { RULESET } from '@/lib/engine';
import { Doc, type TextKind } from '@/lib/engine/document';
import { HANDLER_REGISTRY } from '@/lib/engine/handlers';
import type { HandlerName } from '@/lib/engine/handlers/names';
import { readsAsPreference } from '@/lib/engine/handlers/structure';
import { buildMatcher } from '@/lib/engine/matcher';
import { findPersonSpec } from '@/lib/engine/sections';
import { tokenize } from '@/lib/engine/tokenize';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const matcher = buildMatcher(RULESET, DEFAULT_SETTINGS);

function input(text: string, context: TextKind = 'advert', minWordsForStatements = 0) {
  const doc = new Doc(text, tokenize(text), context, context === 'advert' ? findPersonSpec(text) : []);
  const rule = matcher.rules[0]!;
  return { doc, rule, matcher, minWordsForStatements };
}

/** The spans a span handler finds, as text (before any context condition). */
function spans(name: HandlerName, text: string, context: TextKind = 'advert'): string[] {
  const handler = HANDLER_REGISTRY[name];
  if (handler.kind !== 'span') throw new Error(`${name} is not a span handler`);
  return handler.find(input(text, context)).map((h) => text.slice(h.start, h.end));
}

/** The document handlers that fire on a text. */
function documentChecks(text: string, minWords = 0): string[] {
  return (Object.entries(HANDLER_REGISTRY) as [HandlerName, (typeof HANDLER_REGISTRY)[HandlerName]][])
    .filter(([, h]) => h.kind === 'document' && h.check(input(text, 'advert', minWords)) !== null)
    .map(([name]) => name);
}

describe('acronym', () => {
  const found = (text: string) => {
    const handler = HANDLER_REGISTRY.acronym;
    if (handler.kind !== 'span') throw new Error('span handler');
    return handler.find(input(text)).map((h) => [text.slice(h.start, h.end), h.variant ?? h.vars?.expansion]);
  };

  it.each<[string, (string | undefined)[][]]>([
    ['Funded by ARRS within the PCN.', [['ARRS', 'Additional Roles Reimbursement Scheme'], ['PCN', 'Primary Care Network']]],
    ['Funded by ARRS and ARRS again.', [['ARRS', 'Additional Roles Reimbursement Scheme']]],
    ['Two PCNs share the post.', [['PCNs', 'Primary Care Networks']]],
    ['You will teach StRs on the ward.', [['StRs', 'unknown']]],
    ["The ECG's leads were loose.", [['ECG', 'electrocardiogram']]],
    ['The Additional Roles Reimbursement Scheme (ARRS) pays.', []],
    ['ARRS (Additional Roles Reimbursement Scheme) pays.', []],
    ['The ARRS pays. It is the Additional Roles Reimbursement Scheme.', []],
    ['Work in A&E and with GPs, send your CV, ID and DBS to HR and IT.', []],
    ['Arrs and pcn in lower case are words, not acronyms.', []],
    ['Experience in an SPA team is desirable.', [['SPA', 'unknown']]],
    ["Experience in Older People's Mental Health (OPMH) services is desirable. OPMH is busy.", []],
    ['Tees, Esk and Wear Valleys NHS Foundation Trust runs TEWV services.', []],
    ['Our IM&T team uses S1.', [['IM&T', 'Information Management and Technology'], ['S1', 'SystmOne']]],
    ['You will work with PAs.', [['PAs', 'ambiguous']]],
    ['Contact us at BS1 4XY, under Part II of the plan.', []],
    // A licence category in a text about driving: a code, not jargon; the same code elsewhere is an abbreviation.
    ['The C1 licence is needed. He has the D1 for the minibus.', []],
    ['The D1 form is on the first floor.', [['D1', 'unknown']]],
    ['JOB SUMMARY AND MAIN DUTIES', []],
    // An e-mail's reply and forward markers, at the start of a line or after "Subject:"; elsewhere an abbreviation.
    ['Subject: RE: FW: Rota for the new HCA\nSee below.', [['HCA', 'Healthcare Assistant']]],
    ['Talk to RE: she runs the rota.', [['RE', 'unknown']]],
    // An e-mail's address lines name its own people: the rest of the message is read as usual.
    ['To: LMC secretary; ICB workforce lead\nCc: HR\nThe LMC meets monthly.', [['LMC', 'Local Medical Committee']]],
    ['From: Practice Manager (ICB)\nTo: HR', [['ICB', 'Integrated Care Board']]],
    ['Please send it to: PCN managers.', [['PCN', 'Primary Care Network']]],
    ['Email hr@oakfield.nhs.uk or visit www.NHSjobs.uk.', []],
    // Short forms and sections are decided once per distinct word: each form is still read as written.
    ['Book with our Optom today; the optom is busy.', [['Optom', 'short']]],
    ['The optoms are busy.', [['optoms', 'short']]],
    ['Detained under s136 overnight.', [['s136', 'unknown']]],
    ['Detained under s136, that is section 136 of the Act.', []],
    ['The S136 suite is open.', [['S136', 'unknown']]],
    // Spellings by initials start at words bucketed by the next word: a skipped word or a hyphenated part.
    ['Friends of Local Alliance volunteers help; the FLA meets monthly.', []],
    ['The Tees-Esk and Wear Valleys trust runs TEWV services.', []],
    ['We treat sexually transmitted infections in the STI clinic.', []],
    ['Friends help; the FLA meets monthly.', [['FLA', 'unknown']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps the expansion in its own case, capitalised at the start of a sentence', () => {
    const handler = HANDLER_REGISTRY.acronym;
    if (handler.kind !== 'span') throw new Error('span handler');
    expect(handler.find(input('MDT meetings are weekly.'))[0]?.vars?.expansion).toBe('Multidisciplinary team');
  });
});

describe('generic-pronoun', () => {
  it.each<[string, string[]]>([
    ['The successful candidate will report to the partners. He will manage the rota.', ['He']],
    ['The post holder will be organised and she will keep his diary.', ['she', 'his']],
    ['The receptionist greets patients; she also books appointments.', ['she']],
    ['Dr Patel is our lead GP and she will supervise you.', []],
    ['Please contact Sarah Jones, our Practice Manager. She is happy to talk.', []],
    // Pronouns whose windows overlap read each word's name once: the second pronoun sees the same name.
    ['Please contact Sarah Jones, our Practice Manager. She is happy to talk and she will call you back.', []],
    ['The post holder will be kind. He will train staff and he will run clinics.', ['He', 'he']],
    ['The post holder will work with him or her on the rota.', []],
    ['The candidate will support he/she who leads.', []],
    ['She will be great.', []],
    ['We are looking for a nurse to join Ward 12. She will be supported by the matron.', ['She']],
    ['This is a new post in the Northfield team. He will run wound clinics.', ['He']],
    ['Ward 7 is led by Sister Ama Boateng. We need a deputy ward manager. He will do the rota.', ['He']],
    ['We need a deputy ward manager to join the team of Sister Ama Boateng. She will do the rota.', []],
    ['For a visit, contact Jane Holt, Ward Manager. She is happy to show you round.', []],
    ['If a patient asks for advice, check he has his repeat slip.', []],
  ])('%j', (text, expected) => {
    expect(spans('generic-pronoun', text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Hi Sue,\nThe new HCA must cover weekends, so check he can do the rota.', ['he']],
    ['Jen,\nFor the ANP job, make sure he has his prescribing qualification.', ['he', 'his']],
    ['Hi,\nRe the vacancy - I think she will need to start in May.', ['she']],
    ['Hi,\nQuestions for the optician post:\n1. Ask how she would handle a customer who is upset.\n2. Ask what he would do next.\n3. How would she explain a referral?', ['she', 'he', 'she']],
    ['Hi,\nCandidate 2 (Priya) - she has three years on a ward.', []],
    ['Hi,\nCandidate b - she was good.', []],
    ['Jen,\nLisa from the Riverside branch rang. She wants to know about the locum post.', []],
    // Notes headed by a name of initials and given names are about that person, whatever the list mark.
    ['Hi Tom,\nThe receptionist shortlist:\n- D. Okafor: her typing test was slow. I would still see her.\n- T. J. Walsh: he left his last job in May.', []],
    ['Hi,\nNotes for the HCA post:\n* Ana Sofia Reyes - she can only do mornings.\n2. B Nowak: he has no car.', []],
    ['Hi,\nA. Kowalski: she did well on the scenario.', []],
    // A role heading the line is not a person: the pronoun is still about the post-holder.
    ['Hi,\nNotes for the HCA post:\n- Receptionist: she will need to cover Fridays.', ['she']],
  ])('in an email: %j', (text, expected) => {
    expect(spans('generic-pronoun', text, 'email')).toEqual(expected);
  });
});

describe('sister-post', () => {
  it.each<[string, string[]]>([
    ['Ward Sister Band 6\nJob summary\nLead the team.', ['Ward Sister']],
    ['DEPUTY WARD SISTER - STROKE UNIT\nJob summary\nLead the team.', ['DEPUTY WARD SISTER']],
    ['Band 6 Deputy Sister, Acute Medical Unit\nJob summary\nLead the team.', ['Deputy Sister']],
    ['Staff Nurse\nApplications are invited for the post of Deputy Ward Sister on Ward 4.', ['Deputy Ward Sister']],
    ['Staff Nurse\nWe have a vacancy for a Ward Sister on Ward 4.', ['Ward Sister']],
    ['Staff Nurse\nFor a visit, contact Ward Sister Jones or Sister Grace Okafor.', []],
    ['Staff Nurse\nMy sister works in the post room.', []],
  ])('%j', (text, expected) => {
    expect(spans('sister-post', text)).toEqual(expected);
  });
});

describe('years-experience', () => {
  it.each<[string, string[]]>([
    ["At least 2 years' experience as a practice nurse.", ["At least 2 years' experience"]],
    ['You will have three or more years of experience in A&E.', ['three or more years of experience']],
    ['Significant years of experience in a similar role.', ['Significant years of experience']],
    ['Experience of at least two years in general practice.', ['at least two years']],
    ['A minimum of 3\t\t\tyears experience.', ['A minimum of 3\t\t\tyears experience']],
    ['The contract is for 2 years.', []],
    ['Band 5 nurses progress after 2 years.', []],
    // The span takes in the experience noun, so "NHS" is not read as what the years describe.
    ["At least two years' NHS experience.", ["At least two years' NHS experience"]],
    ["Two years' experience in general practice.", ["Two years' experience"]],
    // A minimum of years spent on something is experience, whatever the activity is called.
    ['At least 5 years of CT reporting.', ['At least 5 years']],
    ['A minimum of three years doing home visits.', ['A minimum of three years']],
    ['The contract runs for at least 2 years.', []],
    // A second minimum inside the first.
    ["At least 10 years' post-registration experience, including 5 in continence care.", ["At least 10 years'", '5 in continence']],
    ["Two years' experience, including ward work.", ["Two years' experience"]],
  ])('%j', (text, expected) => {
    expect(spans('years-experience', text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ["You'll need two years' experience in general practice.", ["two years' experience"]],
    ['Ideally 3 years in a GP surgery.', ['3 years']],
    // Notes on an applicant describe the person: no demand in the sentence.
    ['Rosa: twelve years as a carer, speaks Spanish.', []],
    ["Two years' experience on a surgical ward, good references.", []],
  ])('in an email, %j', (text, expected) => {
    expect(spans('years-experience', text, 'email')).toEqual(expected);
  });

  // What the years measure is read from their own clause: a qualifier after the experience
  // ("after foundation training", "in maternity", "since qualifying") keeps it a demand.
  it.each<[string, string[]]>([
    ["At least two years' NHS experience after foundation training.", ["At least two years' NHS experience"]],
    ["At least 3 years' experience as a GP since completing training.", ["At least 3 years' experience"]],
    ["At least 2 years' experience as a healthcare assistant in maternity.", ["At least 2 years' experience"]],
    ["Minimum 3 years' experience in a community mental health service.", ["Minimum 3 years' experience"]],
    ["At least 2 years' experience in a ward, including a rotation through theatres.", ["At least 2 years' experience"]],
    ["Minimum 1 year post-registration experience.", ['Minimum 1 year']],
    ['At least 1 year in a GP surgery.', ['At least 1 year']],
    ['Minimum one year as a pharmacy technician, in a hospital or the community.', ['Minimum one year']],
    ['At least one year or more working in a dental practice.', ['At least one year']],
    ['Have worked in general practice for 5 years or more.', ['5 years']],
  ])('a demand with a qualifier: %j', (text, expected) => {
    expect(spans('years-experience', text)).toEqual(expected);
  });

  it.each<string>([
    // A point in time: pay, leave and service earned.
    "After 5 years' NHS service you will receive 27 days' annual leave.",
    'Staff move to the next pay step after two years in post.',
    "Staff are eligible for the lease car scheme after 2 years' experience in post.",
    // The length of a course, contract or commitment.
    'A two-year apprenticeship leading to a Level 3 qualification.',
    'This is a 3 year course with day release.',
    'A one-year leadership programme is offered in your first year in post.',
    'The course lasts two years and is fully funded.',
    'The apprenticeship takes 18 months to two years to complete.',
    'This is a fixed-term post for 2 years to cover maternity leave.',
    'You will be expected to commit to the post for at least 2 years after training.',
    'Trainees spend two years in general practice.',
    // A period looked back over, or an organisation's history.
    'References covering the last 3 years of employment are required.',
    'References covering at least 3 years of employment are required.',
    'The practice was founded 40 years ago.',
    // Someone else's years, in the sentence before them.
    "Previous post holders have typically had 2 years' experience in maternity.",
    "Most of our nurses have at least 5 years' experience after qualifying.",
  ])('not a demand for experience: %j', (text) => {
    expect(spans('years-experience', text)).toEqual([]);
  });

  it('reads "Minimum of 5 years" as experience in an essential criterion', () => {
    expect(spans('years-experience', 'Essential\n- Minimum of 5 years\n- Registered pharmacist')).toEqual(['Minimum of 5 years']);
  });
});

describe('origin-question', () => {
  it.each<[string, string[]]>([
    ['Where are you from originally?', ['Where are you from']],
    ['So, where are you really from?', ['where are you really from']],
    ['Where do your parents come from?', ['Where do your parents come from']],
    ['Where did you grow up?', ['Where did you grow up']],
    ["What's your nationality?", ["What's your nationality"]],
    ['Is English your first language?', ['Is English your first language']],
    ['Are you British?', ['Are you British']],
    ['Where did you hear about this job?', []],
    ['Where will you be travelling from on the day?', []],
    ['Which languages do you speak, and how would you use them with patients?', []],
    ['We never ask where people are from.', []],
    ["It doesn't matter where you grew up.", []],
    ["I've left out anything about where people are from.", []],
    ['We avoided asking where anyone grew up.', []],
  ])('%j', (text, expected) => {
    expect(spans('origin-question', text, 'question')).toEqual(expected);
  });
});

describe('age-noted', () => {
  it.each<[string, string[]]>([
    ["She's 58 going by her dates.", ["She's 58"]],
    ['He must be about 60.', ['He must be about 60']],
    ['The applicant is 24 and keen.', ['applicant is 24']],
    ['He was 19 when he started as an apprentice.', []],
    ['She is 25 minutes from the surgery.', []],
    ["She's 30 weeks pregnant.", []],
    ["He's 10 years qualified.", []],
    // A judgement of the age after it is part of the note: the annotated problem is often the judgement.
    ["She's 61, would she cope with the new phone system?", ["She's 61, would she cope with the new phone system"]],
    ["He's 63. Would he keep up on the ward?", ["He's 63. Would he keep up on the ward"]],
    // A bare age set against the application.
    ['Good, but 58.', ['but 58']],
    // Notes drop the subject.
    ['Margaret: looks about 60 from the photo.', ['looks about 60']],
    ['Looks about 60 pages long, the policy.', []],
    ['Strong CV, but 61, so probably not.', ['but 61']],
    ['Good, but 20 minutes away.', []],
    ['We have 30 places but 45 applied.', []],
  ])('%j', (text, expected) => {
    expect(spans('age-noted', text, 'email')).toEqual(expected);
  });
});

describe('age-limit', () => {
  it.each<[string, string[]]>([
    ['Applicants should be aged 18-25.', ['aged 18-25']],
    ['There is no upper age limit for this post.', []],
    ['We do not set a maximum age.', []],
    ['The upper age limit is 50.', ['upper age limit']],
    ['Ideally 18 to 25.', ['18 to 25']],
    ['Preferably 20-30.', ['20-30']],
    ['Ideally 10 to 15 hours a week.', []],
    // Only numbers and the words a limit starts at are read further: each kind of start still opens one.
    ['We want someone born after 1990.', ['born after 1990']],
    ['Staff must be no older than 40.', ['no older than 40', 'older than 40']],
    ['Ideal for 18-25 year olds.', ['18-25 year olds']],
    ['Sadly not suitable for the over-45s.', ['over-45s']],
    ['Applicants must be UNDER 30.', ['UNDER 30']],
  ])('%j', (text, expected) => {
    expect(spans('age-limit', text, 'email')).toEqual(expected);
  });
});

describe('young-hire', () => {
  it.each<[string, string[]]>([
    ['We want a bubbly young person for the front desk.', ['young person']],
    ['It would suit a young lad keen to learn.', ['young lad']],
    ['We really want a young student for Saturdays.', ['young student']],
    ['You will support the young person and their family.', []],
    ['We are looking for patients and young people to join our panel.', []],
  ])('%j', (text, expected) => {
    expect(spans('young-hire', text, 'email')).toEqual(expected);
  });
});

describe('one-sex', () => {
  it.each<[string, string[]]>([
    ['Female applicants only.', ['Female applicants only']],
    ['Female GP required for our women’s clinic.', ['Female GP required']],
    ['We are looking for a female practice nurse.', ['female practice nurse']],
    ['The post holder must be male.', ['must be male']],
    ['We welcome male and female applicants.', []],
    ['A female chaperone is available on request.', []],
  ])('%j', (text, expected) => {
    expect(spans('one-sex', text)).toEqual(expected);
  });
});

describe('family-noted', () => {
  // Only the words a cue starts at are read further: each kind of cue still opens one.
  it.each<[string, string[]]>([
    ["She's a mum of three, so she'd be free for any shift.", ['a mum of three']],
    ["She just got married, so I'd expect maternity leave soon.", ["just got married, so I'd expect maternity leave"]],
    ['He looks after his elderly mum.', ['looks after his elderly mum']],
    ['Her kids are grown up now.', ['Her kids are grown']],
    ['Patients who are pregnant can book here.', []],
  ])('%j', (text, expected) => {
    expect(spans('family-noted', text, 'email')).toEqual(expected);
  });
});

// These handlers skip a text that holds none of their cue words or phrases (found in the whole text
// once): a cue in capitals, in a title line or inflected still opens them.
describe('handlers gated by their cues', () => {
  it.each<[HandlerName, TextKind, string, string[]]>([
    ['health-barred', 'advert', 'Essential criteria\nNO HISTORY OF BACK INJURY', ['BACK INJURY']],
    ['health-barred', 'advert', 'Applicants must not have a history of depression.', ['depression']],
    ['health-barred', 'advert', 'Applicants must have a history of working with depression.', []],
    ['family-judged', 'email', "Re: Band 5 shortlist\nShe's PREGNANT, so I'm not sure she's the right fit.", ["PREGNANT, so I'm not sure"]],
    ['condition-doubted', 'email', "He mentioned his EPILEPSY, so I'm not sure about him.", ["EPILEPSY, so I'm not sure"]],
    ['health-question', 'question', 'Q1: DO YOU HAVE ANY HEALTH CONDITIONS?', ['DO YOU HAVE ANY HEALTH CONDITIONS']],
    ['health-question', 'question', 'Do you have any questions for us?', []],
    ['sex-preferred', 'email', "We're mostly mums ourselves.", ['mums']],
    ['origin-question', 'question', 'What is your NATIONALITY?', ['What is your NATIONALITY']],
    ['origin-question', 'question', 'Is English your mother tongue?', ['Is English your mother tongue']],
    ['origin-question', 'question', 'What is your experience of triage?', []],
    ['working-pattern-refused', 'advert', 'SHIFTS ARE NON-NEGOTIABLE', ['NON-NEGOTIABLE']],
    ['working-pattern-refused', 'advert', 'The rota is fixed and cannot be changed.', ['fixed and cannot be changed']],
  ])('%s: %j', (name, context, text, expected) => {
    expect(spans(name, text, context)).toEqual(expected);
  });

  it('reads statements whose words are in a heading in capitals', () => {
    expect(documentChecks('JOB SHARES WELCOME\nWE WELCOME APPLICATIONS FROM ALL BACKGROUNDS')).toEqual(['no-reasonable-adjustments-statement', 'no-salary']);
  });
});

describe('document checks', () => {
  it('reports each missing statement', () => {
    expect(documentChecks('We are a friendly practice.')).toEqual([
      'no-reasonable-adjustments-statement',
      'no-flexible-working-statement',
      'no-equality-statement',
      'no-salary',
    ]);
  });

  it('accepts the statements in their usual wordings', () => {
    const text =
      'We will make reasonable adjustments. We welcome requests for flexible working and job shares. We are an equal opportunities employer. Salary: £24,071 to £25,674 a year.';
    expect(documentChecks(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['Flexibility can be offered for the right candidate.', []],
    ['You must be flexible and able to cover holidays.', ['no-flexible-working-statement']],
    ['We can talk about the hours with you at interview.', []],
    ['We are open to discussing the days you work.', []],
    ['Term-time only working will be considered.', []],
    ['Our rota is built around your other commitments.', []],
    ['You choose your shifts through the bank app.', []],
    ['The rota must be covered, so you will need to be flexible about your shifts.', ['no-flexible-working-statement']],
    ['You will have part-time study at college one day a week.', ['no-flexible-working-statement']],
    ['The start date is flexible.', ['no-flexible-working-statement']],
    ['The salary is paid pro rata for fewer hours.', ['no-flexible-working-statement']],
    ['Pay is in proportion for part-time hours.', ['no-flexible-working-statement']],
    ['Part-time hours are welcome for this post.', []],
    // A study, date or pay word elsewhere in the sentence does not turn the offer into another sense.
    ['We could offer term-time hours, and we will adapt the interview date if you need us to.', []],
    ['Reduced hours can be arranged; the salary is then pro rata.', []],
    // Flexibility over when, offered: not flexibility demanded of the applicant.
    ['Four to six sessions a week, with flexibility over which days you work.', []],
    ['There is some flexibility on the days for the right person.', []],
    ['You will need flexibility over which days you cover.', ['no-flexible-working-statement']],
    // Working flexibly welcomed or supported is an offer; asked of the applicant it is a demand.
    ['Applications from staff who would like to work flexibly are welcome.', []],
    ['We support colleagues who want to work flexibly around caring.', []],
    ['You will be working flexibly across three sites as the service needs.', ['no-flexible-working-statement']],
    ['The post-holder must work flexibly to cover the rota.', ['no-flexible-working-statement']],
    ['Candidates should be available to work flexibly around the needs of the ward.', ['no-flexible-working-statement']],
    ['The post holder would need to work flexibly, including weekends.', ['no-flexible-working-statement']],
    ['You may be asked to work flexibly when the ward is short.', ['no-flexible-working-statement']],
    ['Must be able to work flexibly or at short notice.', ['no-flexible-working-statement']],
  ])('flexible working: %j', (text, expected) => {
    expect(documentChecks(text).filter((c) => c === 'no-flexible-working-statement')).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Tell us what would help you at interview and we will arrange it.', []],
    ['If you need any support to apply, let us know.', []],
    ['We can adapt the interview if you need us to.', []],
    ['Ring Lena for any adjustment you might need.', []],
    ['Let us know if you have any questions.', ['no-reasonable-adjustments-statement']],
    ['You will adapt your communication to each patient.', ['no-reasonable-adjustments-statement']],
  ])('adjustments: %j', (text, expected) => {
    expect(documentChecks(text).filter((c) => c === 'no-reasonable-adjustments-statement')).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['We welcome applications from people of all backgrounds.', []],
    ['We welcome applications from people with a degree in pharmacy.', ['no-equality-statement']],
    ['We recruit regardless of age, disability, race or religion.', []],
    // The welcoming verb in any form, with everyone or a group, and applicants.
    ['The surgery welcomes applicants from every community it serves.', []],
    ['Applications are warmly welcomed from all.', []],
    ['Everyone is welcome to apply for this post.', []],
    ['We particularly encourage candidates from minority ethnic groups.', []],
    ['We especially welcome applications from women and from people of every faith and none.', []],
    // A welcome to visits or to some applicants, or one joined to another statement, is not one.
    ['We welcome all enquiries about the role.', ['no-equality-statement']],
    ['Visits are welcomed and all candidates will be asked for two references.', ['no-equality-statement']],
    ['All new colleagues are welcomed with a week of induction.', ['no-equality-statement']],
  ])('equality: %j', (text, expected) => {
    expect(documentChecks(text).filter((c) => c === 'no-equality-statement')).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Band 6.', []],
    ['£12.50 per hour.', []],
    ['Salary: £32,000 to £38,000 pro rata.', []],
    ['£11,000 per session.', []],
    ['Consultant post with 10 PAs a week.', ['no-salary']],
    ['The practice has a turnover of £3 million.', ['no-salary']],
    ['We give £5,000 towards your course fees.', ['no-salary']],
    ['A competitive salary is offered.', ['no-salary']],
    ['This is a voluntary role; travel costs are reimbursed.', []],
    ['Experience of caring, paid or unpaid.', ['no-salary']],
    // A range of sums in pounds is pay without a period, and an extra on top of it does not make it something else.
    ['Community Pharmacist\n£48,500 – £52,000 plus annual bonus\nFull time', []],
    ['Optical assistant, £23k to £25k and bonus.', []],
    ['We hold a training budget of £2,000 - £3,000 for each nurse.', ['no-salary']],
    ['We pay a £1,500 bonus to every new starter.', ['no-salary']],
  ])('pay: %j', (text, expected) => {
    expect(documentChecks(text).filter((c) => c === 'no-salary')).toEqual(expected);
  });

  it('skips missing statements in short texts', () => {
    expect(documentChecks('We are a friendly practice.', 120)).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['Experience of EMIS, SystmOne or Vision would be an advantage', true],
    ['Degree in nursing (desirable)', true],
    ['Experience of dispensing, preferably in a community pharmacy', true],
    ['NVQ level 3 or equivalent; a degree would be an advantage', false],
    ["Registered nurse (a Master's would be an advantage)", false],
    ['Registered nurse with current NMC registration', false],
  ])('an essential criterion as a preference: %j', (criterion, expected) => {
    expect(readsAsPreference(criterion)).toBe(expected);
  });

  it('counts essential criteria and spots preferences', () => {
    const text = 'Essential\n- A\n- B would be an advantage\n- C\n- D\n- E\n- F\n- G\n- H\n- Ideally I';
    const handlers = HANDLER_REGISTRY;
    const many = handlers['too-many-essential-criteria'];
    const preference = handlers['essential-reads-as-preference'];
    if (many.kind !== 'document' || preference.kind !== 'document') throw new Error('document handlers');
    expect(many.check(input(text))).toEqual({ count: '9', max: '8' });
    expect(preference.check(input(text))).toEqual({
      count: '2',
      reads: 'criteria read as preferences',
      examples: '“B would be an advantage”, “Ideally I”',
    });
  });
});
