import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 13 (exclusionary requirements): time asked of the person with no bound, read as a verb of
// giving time with an open-ended time; a family life refused through the person described; living in
// a place demanded in the verb of residing.
// None of these sentences is in the corpus; each family has traps in other senses.
const findings = (text: string, context: TextKind = 'advert') =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category === 'exclusionary-requirement')
    .map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('time demanded with no bound (time-demanded)', () => {
  it.each<[string, string[]]>([
    // Open-ended: until the work is done, a finish that has no time.
    ['Porters must be prepared to stay until the theatre list is finished.', ['time-demanded@28:stay until the theatre list is finished']],
    ['The successful pharmacist must be willing to remain on site until every prescription is done.', ['time-demanded@45:remain on site until every prescription is done']],
    ['Ward rounds finish when they finish.', ['time-demanded@0:Ward rounds finish when they finish']],
    ['You must be willing to stay past your finish time as long as it takes.', ['time-demanded@23:stay past your finish time as long as it takes']],
    // At the employer's call, without notice or limit.
    ['Applicants should be able to start any shift the coordinator gives them.', ['time-demanded@29:start any shift the coordinator gives']],
    ['- Be on standby to come back in at any hour', ['time-demanded@19:come back in at any hour']],
    ['Receptionists are expected to stay behind after closing without limit.', ['time-demanded@30:stay behind after closing without limit']],
    ['- Willing to work weekends without exception', ['time-demanded@13:work weekends without exception']],
    ['The ideal candidate will drop everything when the phone rings.', ['time-demanded@25:drop everything']],
    // On days off and in the school holidays.
    ['You will need to come in on your rest days if we are short.', ['time-demanded@17:come in on your rest days']],
    ['- Happy to be contactable on days off', ['time-demanded@14:contactable on days off']],
    ["You'd be expected to answer your phone during your annual leave.", ['time-demanded@51:annual leave']],
    ['We need a physio who will work through the school holidays.', ['time-demanded@26:work through the school holidays']],
    // A phrase of unbounded availability in the same sentence stands for the whole demand.
    ['Be ready to come back in on your day off whenever the manager asks.', ['unbounded-availability@41:whenever the manager asks']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it.each<string>([
    // Bounded or agreed: a rota, pay, notice, "occasionally", "usually by".
    'You will need to work one weekend in four and bank holidays on a rota.',
    "You'll need to stay late occasionally when clinics overrun, paid as overtime.",
    'You will need to finish when the list is done, usually by 6pm.',
    'Any hours worked beyond your contracted hours are paid or given back as time off in lieu.',
    'You must be able to respond to calls at any time during your on-call shift, which is paid.',
    'Staff should be able to work at short notice in a major incident.',
    // Negated, or offered to the person.
    'You will not be expected to work on your days off.',
    'Bank workers choose any shifts that suit them.',
    "You'll be able to swap shifts at any time through the e-rostering app.",
    'We can offer extra shifts at short notice if you want them.',
    'A senior nurse will be available at any time for advice.',
    // Colleagues' leave, a shift pattern, a handover, a task with someone.
    "You will cover colleagues' annual leave and sickness as part of the team.",
    'You must be available to work day and night shifts on a rotating basis.',
    'The successful candidate will need to stay until the handover is complete.',
    'We expect you to stay until your replacement arrives for handover.',
    'Ambulance care assistants stay with the patient until they are handed over to ward staff.',
    'Support workers will work with children during the school holidays.',
    // Patients', services' and a rota's hours; interviews and start dates; rules kept without exception.
    'We are open until the last patient has been seen.',
    'Our helpline is staffed around the clock by trained advisers.',
    'Clinics may run until the last patient is seen.',
    'Patients finish when they finish their course of treatment.',
    'You will need to be available for interview at short notice.',
    'Applicants should be available to start at short notice.',
    'All staff must follow the uniform policy without exception.',
    'You will assess people in crisis at short notice alongside a qualified colleague.',
  ])('%j', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('family life refused through the person described (family-judged)', () => {
  it.each<[string, TextKind, string[]]>([
    ['This is not a role for someone who has to be away by 3 for the school run.', 'advert', ['family-judged@8:not a role for someone who has to be away by 3 for the school run']],
    ["We'd prefer someone without young kids so they can commit fully.", 'email', ['family-judged@5:prefer someone without young kids']],
    ['We would like someone who does not have young children.', 'email', ['family-judged@3:would like someone who does not have young children']],
    // Whom a service is for, a term-time offer, experience with children, a statement of fairness.
    ['The youth club is not a place for anyone with young children.', 'advert', []],
    ['Term-time hours would suit someone with school-age children.', 'advert', []],
    ['We need someone who has experience with children and no fear of heights.', 'advert', []],
    ["We would like someone who can start soon; it doesn't matter whether you have children.", 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('living in a place demanded, in the verb of residing (residence-demanded)', () => {
  it.each<[string, string[]]>([
    ['Applicants must reside in the borough.', ['residence-demanded@11:must reside in the borough']],
    ['Please only apply if you live in the town.', ['residence-demanded@7:only apply if you live in the town']],
    ['The successful nurse should be resident in the district.', ['residence-demanded@21:should be resident in the district']],
    // Patients' homes, staff described, a service's users, an offer to those who do, a negation.
    ["Our patients live in the borough's most deprived wards.", []],
    ['Many of our staff live in the town and walk to work.', []],
    ['You will support people who live in the district with long-term conditions.', []],
    ['Staff who live in the city can join the car-share scheme.', []],
    ['You do not need to live in the borough.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
