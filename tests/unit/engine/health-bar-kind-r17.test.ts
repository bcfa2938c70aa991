import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// A condition barred by the kind of person who has it, not by a named candidate (round 17): "anyone
// prone to", "nobody on", "candidates taking", "people living with", turned away by the shared
// judgement reader's refusals and doubts ("would struggle", "not a place for", "can't consider"),
// or by a "no one" or "nobody" that refuses by itself. A reason about patients said in another
// clause does not make the condition theirs. Beside them, the fair versions: support, adjustments,
// patients who have the condition, a question that does not refuse.

/** Every finding of a disability rule, as [rule, text, start]. */
function read(text: string, context: 'advert' | 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category === 'disability').map((f) => [f.ruleId, f.text, f.start]);
}

describe('a condition barred by the kind of person who has it', () => {
  it.each<['advert' | 'email', string, [string, string, number][]]>([
    ['advert', 'Nobody on insulin can work the night rota.', [['health-barred', 'on insulin', 7]]],
    ['advert', 'Sadly no one taking beta blockers can be appointed to this post.', [['health-barred', 'beta blockers', 20]]],
    ['advert', 'Anybody prone to migraines would find the screen work too much.', [['health-barred', 'migraines', 17]]],
    ['advert', 'Anyone living with epilepsy will struggle on the lone night shifts.', [['health-barred', 'epilepsy', 19]]],
    ['advert', 'Given how busy the front desk gets, we cannot consider applicants with dyslexia.', [['health-barred', 'dyslexia', 71]]],
    ['advert', "Given what our clients are like, we can't consider candidates with a history of psychosis.", [['health-barred', 'psychosis', 80]]],
    ['advert', 'This is not a role for anyone with chronic fatigue.', [['health-barred', 'chronic fatigue', 35]]],
    ['advert', 'We would steer clear of anyone who has had a breakdown.', [['health-barred', 'breakdown', 45]]],
    ['advert', 'Candidates on antipsychotics are a risk we cannot take.', [['health-barred', 'antipsychotics', 14]]],
    ['advert', 'People prone to panic attacks are not suitable for the control room.', [['health-barred', 'panic attacks', 16]]],
    ['advert', 'Someone with a bad back would be a liability on the ambulance.', [['body-judged', 'bad back', 15]]],
    ['email', "I'd steer clear of anyone who has had a breakdown.", [['health-judged', "steer clear of anyone who has had a breakdown", 4]]],
  ])('%s: %s', (context, text, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});

describe('the fair versions stay clean', () => {
  it.each<['advert' | 'email', string]>([
    ['advert', 'Anyone living with epilepsy is welcome to apply, and we will talk through adjustments.'],
    ['advert', 'Anyone with diabetes can ask occupational health about shift patterns after an offer.'],
    ['advert', 'Many of our patients live with anxiety, and anyone with that history may struggle to attend.'],
    ['advert', 'You will run groups for people prone to panic attacks.'],
    ['email', 'Nobody on the panel should ask about medication.'],
    ['email', 'Applicants with dyslexia can ask for extra time in the written test.'],
    ['advert', 'We support anyone prone to migraines with screen filters and breaks.'],
    ['email', 'Does anyone on the team know a good dyslexia assessor?'],
    ['advert', 'No one with a disability is turned away: tell us what would help.'],
    ['email', 'Candidates taking insulin should bring snacks to the assessment day; we will provide a quiet room.'],
  ])('%s: %s', (context, text) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('a verb after "who" is not a condition', () => {
  it('reads "someone who fits the mould" as no seizure', () => {
    expect(read('We want someone who fits the mould of the crew and is not going to moan.', 'advert')).toEqual([]);
  });
  it('still reads the condition after the verb', () => {
    expect(read('We steer clear of anyone who gets seizures, to be honest.', 'advert')).toEqual([['health-barred', 'seizures', 34]]);
  });
});
