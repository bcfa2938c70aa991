import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Exclusionary requirements as other writers put them (round 15): a life free of other commitments
// wanted ("no outside commitments", "whose home life won't get in the way"), likeness to the team as
// a criterion ("blend in with the crew", "our sort of people", "shares the department's outlook"),
// family details asked of candidates ("number of dependants", "ask every applicant if they have young
// children"), and time asked beyond a rota in a second demand coordinated after it ("join the on-call
// rota and be expected to be available at any hour when..."), reachable at all times, extra shifts
// when needed, staying on whenever the list overruns. Beside them, the fair versions:
// commitments welcomed or worked around, things that blend in, published values, a branch covered as
// the job now and then ("may need to cover"), time asked within the on-call week, overtime paid and agreed, patients' dependants.

/** Every finding but jargon, as [rule, text, start]. */
function read(text: string, context: 'advert' | 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category !== 'jargon').map((f) => [f.ruleId, f.text, f.start]);
}

describe('an exclusionary requirement however the writer puts it', () => {
  it.each<['advert' | 'email', string, [string, string, number][]]>([
    ['email', "For the Saturday post I want someone who has no outside commitments.", [["family-judged","want someone who has no outside commitments",24]]],
    ['advert', "The successful applicant will have no commitments that could interfere with late finishes.", [["no-ties-wanted","no commitments that could interfere with",35]]],
    ['email', "Ideally somebody free of family ties, given the travelling.", [["no-ties-wanted","free of family ties",17]]],
    ['email', "We need a manager whose home life won't get in the way of the job.", [["no-ties-wanted","whose home life won't get in the way",18]]],
    ['email', "I think the new coordinator would blend in with the crew straight away.", [["like-minded","blend in with the crew",34]]],
    ['email', "Between us, he's not really our sort of people.", [["like-minded","our sort of people",28]]],
    ['email', "She clicked with the partners over lunch, which counts for a lot.", [["like-minded","clicked with the partners",4]]],
    ['advert', "Essential: shares the department's outlook on patient care.", [["like-minded","shares the department's outlook",11]]],
    ['email', "Honestly he just gets the vibe here.", [["like-minded","gets the vibe",17]]],
    ['advert', "The application form asks for your address, next of kin and number of dependants.", [["marital-status","number of dependants",60]]],
    ['email', "At interview, ask every applicant if they have young children or a partner at home.", [["family-status-screening","ask every applicant if they have young children",14]]],
    ['email', "Could the panel find out whether applicants are married?", [["family-status-screening","whether applicants are married",25]]],
    ['advert', "You will join the on-call rota (1 in 6) and be expected to be available to theatre at any hour when the surgeons need you.", [["time-demanded","available to theatre at any hour when the surgeons need you",62]]],
    ['advert', "- Take part in the bank holiday rota, and stay on until the clinic list is finished each day", [["time-demanded","stay on until the clinic list is finished",42]]],
    ['advert', "- Contribute to the weekend rota and be ready to pick up extra shifts whenever the matron asks", [["time-demanded","pick up extra shifts whenever the matron asks",49]]],
    ['advert', "- Be available to fill the on-call rota at short notice, including any gaps", [["time-demanded","short notice",43]]],
    ['advert', "The duty manager must be contactable by mobile at all times.", [["time-demanded","contactable by mobile at all times",25]]],
    ['advert', "- Willing to take on additional shifts when required", [["time-demanded","additional shifts when required",21]]],
    ['email', "We need porters who will stay on whenever the theatre list overruns.", [["time-demanded","stay on whenever the theatre list overruns",25]]],
    // A place covered, demanded outright rather than now and then, is time asked of the person.
    ['advert', "Essential: Able to work any Saturday and cover other branches at short notice.", [["time-demanded","cover other branches at short notice",41]]],
  ])('%s: %s', (context, text, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});

describe('the fair versions stay clean', () => {
  it.each<['advert' | 'email', string, [string, string, number][]]>([
    ['advert', "Part-time hours suit people with other commitments.", []],
    ['advert', "We will work around any commitments that might affect your availability.", []],
    ['advert', "The new signage will blend in with the building.", []],
    ['advert', "Staff share our ethos of compassion, set out in our published values.", []],
    ['advert', "The locality manager oversees four branches and may need to cover a branch at short notice when a pharmacist is off sick.", []],
    ['advert', "You will join the on-call rota and may be called in at short notice during your on-call week.", []],
    ['advert', "Paid overtime is offered, agreed in advance, if you stay on until the list is finished.", []],
    ['advert', "We never ask whether candidates have children.", []],
    ['advert', "Assess whether they have dependants at home before discharge.", []],
    ['advert', "Wear your ID badge at all times and follow the uniform policy.", []],
    ['advert', "Bank staff can pick up extra shifts when needed, if they wish.", []],
    ['advert', "The service is available at all times via NHS 111.", []],
    ['advert', "You may stay on when a clinic overruns; any extra time is paid as overtime.", []],
  ])('%s: %s', (context, text, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});
