import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 42 (engine-125): wordings reviewers and regulators have criticised in job adverts and
// recruitment messages (gaps in work history, family plans, spouses, sight and hearing, a licence held
// for years, full-time only, unpaid work, the "Queen's English", long hours), each read by its word
// family. Every case is fresh wording; each reading has near misses that must stay quiet.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a break in a work history held against the applicant, or a history demanded without one', () => {
  check([
    ['Long breaks in employment will rule you out at the sift.', 'advert', ['gaps-held-against@5:breaks in employment']],
    ['Gaps over a year could affect your application.', 'advert', ['gaps-held-against@0:Gaps']],
    ['We ask for an uninterrupted work record since registration.', 'advert', ['employment-gaps@14:uninterrupted work record']],
    ['A consistent employment history is essential for this post.', 'advert', ['employment-gaps@2:consistent employment history']],
    ['We are looking for someone with no spells out of the labour market.', 'advert', ['employment-gaps@32:no spells out of the labour market']],
  ]);
});

describe('breaks, histories and applications in other senses stay quiet', () => {
  check([
    ['Please explain any breaks in your employment history on the application form.', 'advert', []],
    ['Breaks in employment will not count against you.', 'advert', []],
    ['We welcome applicants returning after breaks in their career.', 'advert', []],
    ['You will cover breaks in the rota on the ward.', 'advert', []],
    ['Late submissions may affect your application.', 'advert', []],
    ['You will support patients to maintain uninterrupted treatment.', 'advert', []],
    ['We offer a consistent work pattern with no rotating shifts.', 'advert', []],
    ['Breaks in employment for caring, illness or study are welcome and will not be held against you.', 'advert', []],
  ]);
});

describe('maternity plans, a spouse, and family put second to the job', () => {
  check([
    ['The post holder should not be planning to take maternity leave during the project.', 'advert', ['family-plans@23:not be planning to take maternity leave']],
    ['You must be willing to put work ahead of your family.', 'advert', ['family-status-requirement@23:put work ahead of your family']],
    ["State your husband's occupation on the form.", 'advert', ["partner-job-asked@6:your husband's occupation"]],
    ['Please give the employer of your wife.', 'advert', ['partner-job-asked@16:employer of your wife']],
  ]);
  check([
    ['If you are planning maternity leave, our policy gives enhanced pay after one year.', 'advert', []],
    ['Staff planning maternity leave can talk to HR in confidence.', 'advert', []],
    ['We will never ask you to put work before family.', 'advert', []],
    ["We don't expect anyone to put the job before their family.", 'advert', []],
    ['Please give the name of your next of kin, such as your spouse or a friend.', 'advert', []],
    ['For emergency contact purposes, please give the name of your spouse or another person.', 'advert', []],
    ['Our bereavement service supports patients after the death of a husband or wife.', 'advert', []],
  ]);
});

describe('sight, hearing and health demanded without a reason', () => {
  check([
    ['Candidates must not be registered deaf.', 'advert', ['sensory-standard@16:not be registered deaf']],
    ["You must be able to hear a buzzer from the nurses' station.", 'advert', ['physical-demands@17:to hear a buzzer']],
    ['Applicants should be free from any long-term condition.', 'advert', ['health-requirement@21:free from any long-term condition']],
  ]);
  check([
    ['Many of our patients are registered blind or partially sighted.', 'advert', []],
    ['Patients may be unable to hear an alarm, so you will check them hourly.', 'advert', []],
    ['Our service helps patients stay free from any long-term condition complications.', 'advert', []],
    ['Patients who are free from any medical condition can be discharged.', 'advert', []],
    ['You must be able to hear a telephone ring, with hearing aids if you use them.', 'advert', []],
  ]);
});

describe('a licence held for years, full-time only, work for free', () => {
  check([
    ['You must have held your licence for four years or more.', 'advert', ['driving-licence@14:held your licence for']],
    ['Full-time candidates only.', 'advert', ['full-time-only@0:Full-time candidates only']],
    ['Before we offer the post, shortlisted applicants will do three shifts for free.', 'advert', ['unpaid-trial@63:shifts for free']],
  ]);
  check([
    ['The Trust has held a licence for sponsorship for ten years.', 'advert', []],
    ['The pharmacy has held its licence for over twenty years.', 'advert', []],
    ['Full-time applicants only need to attend one induction day.', 'advert', []],
    ['Full-time applicants are welcome, as are part-time and job-share applicants.', 'advert', []],
    ['Staff can park for free at the hospital during the trial period of the new car park.', 'advert', []],
    ['All trial shifts are paid – we never ask anyone to work for free.', 'advert', []],
    ['We offer flu jabs for free to all staff.', 'advert', []],
  ]);
});

describe('the Queen\'s English after "the", and workaholics', () => {
  check([
    ["Callers expect you to speak the King's English at all times.", 'advert', ["accent@28:the King's English"]],
    ["We're looking for a real workaholic.", 'advert', ['long-hours-boast@25:workaholic']],
  ]);
  check([
    ["We welcome speakers of the Queen's English and every other accent alike.", 'advert', []],
    ['We are not workaholics: we finish on time and protect your breaks.', 'advert', []],
    ['Our wellbeing team supports staff who feel they have become workaholics.', 'advert', []],
  ]);
});

describe('in a message: time out of the workforce, young children by count, a visa avoided, a clock-watcher', () => {
  check([
    ['Candidate 3 has been out of the workforce for five years, which is a red flag for me.', 'email', ['gap-judged@21:out of the workforce']],
    ['She has twins under two, so I can\'t see her doing nights.', 'email', ["family-judged@8:twins under two, so I can't see"]],
    ['I\'d steer clear of anyone who needs sponsorship.', 'email', ['visa-holders-refused@19:anyone who needs sponsorship']],
    ['Let\'s avoid applicants on a student visa.', 'email', ['visa-holders-refused@12:applicants on a student visa']],
    ['Don\'t shortlist him, he\'s a clock-watcher.', 'email', ['put-downs@28:clock-watcher']],
  ]);
  check([
    ['Patients who are out of the workforce can self-refer to our employment service.', 'email', []],
    ['Our returners programme supports nurses who have been out of the workforce.', 'email', []],
    ['The survey found a third of carers are out of the labour market.', 'email', []],
    ['Patients on the ward can be clock-watchers while waiting for discharge, so keep them informed.', 'email', []],
    ['Our health visitors see families with twins under two every week.', 'email', []],
    ['The clinic sees children under five on Tuesdays; two under fives groups meet on Thursdays.', 'email', []],
    ['To avoid delays, anyone who needs a visa should apply early.', 'email', []],
    ['We will help anyone who needs a visa to avoid delays.', 'email', []],
    ['Please avoid keeping anyone who needs a visa waiting for their certificate: send it the same day.', 'email', []],
  ]);
});

describe('tone: play as hard as we work, 110 % expected, a thick hide, no excuses', () => {
  check([
    ['Here you will play as hard as you work.', 'advert', ['work-hard-play-hard@14:play as hard as you work']],
    ['Our managers demand 110 per cent from every nurse.', 'advert', ['hustle-pressure@13:demand 110 per cent']],
    ['Resilience: you will grow a thick hide in this job.', 'advert', ['thick-skin@21:grow a thick hide']],
    ["In this department we don't do excuses.", 'advert', ["put-downs@19:we don't do excuses"]],
  ]);
  check([
    ['Please hide your ID badge when off site.', 'advert', []],
    ['Patients can hide a thick dressing under clothing.', 'advert', []],
    ['Children play as hard as they work at our nursery sessions.', 'advert', []],
    ['We expect 110 patients a day at the new clinic.', 'advert', []],
    ['The survey wants 110 responses by Friday.', 'advert', []],
  ]);
});

describe('a task demanded without the aids a disabled person would use', () => {
  check([
    ['Applicants must be able to answer calls on a standard handset without any adaptations.', 'advert', ['health-history-bar@62:without any adaptations']],
    ['You must read letters on screen without magnification.', 'advert', ['health-history-bar@32:without magnification']],
  ]);
  check([
    ['Most patients walk without aids within a week of the operation.', 'advert', []],
    ['You will help residents live without adaptations where it is safe to do so.', 'advert', []],
    ['Our buildings meet access standards, so most visitors manage without adaptations.', 'advert', []],
    ['The course can be completed without any adaptations to your home computer.', 'advert', []],
    ['You must be able to use the ordering system without aids such as the printed guide.', 'advert', []],
    ['You must be able to deliver a short presentation without visual aids.', 'advert', []],
  ]);
});
