import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 16 (lead, from the unseen fresh16 set), each kind in other words than the set's: ages given
// after a first name in shortlisting notes, a household named at a note's start and judged, "won't
// want" as a doubt, "ask everyone whether", a candidate's English to be checked, origin asked in
// reported speech, past overseas hires blamed, UK training completed as a demand, the body remarked
// on in notes, time asked at the work's call ("whenever the list runs over", "under pressure"), and
// job names that make a pronoun the post-holder's.

/** Every finding, as [rule, text, start]. */
function read(text: string, context: 'email' | 'advert' = 'email'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => [f.ruleId, f.text, f.start]);
}

const NOTES = 'Shortlisting for the two housekeeper posts, applications attached.\n';

describe('what shortlisting notes say of a candidate', () => {
  it.each<[string, [string, string, number][]]>([
    [`${NOTES}- Dawn: 58, very experienced.`, [['age-noted', '58', 75]]],
    [`${NOTES}- Tariq (19) - first job, keen.`, [['age-noted', '19', 76]]],
    [`${NOTES}- Ola B - 47, ex-care home.`, [['age-noted', '47', 77]]],
    [`${NOTES}- Pete: has two toddlers, so he won't want earlies.`, [['family-judged', "toddlers, so he won't want", 83]]],
    [`${NOTES}- Gemma: she's petite and the hoist work is constant.`, [['body-judged', "she's petite", 76]]],
    [`${NOTES}- Rhys: built like a wardrobe, so great for the bed moves.`, [['body-judged', 'built like a wardrobe', 75]]],
    ['Ask everyone whether they have children under five, as the rota starts at 6.', [['family-judged', 'Ask everyone whether they have children', 0]]],
    ['Good statement. Worth testing her English on the phone first.', [['english-judged', 'her English', 30]]],
    ['Would be handy to find out whether she is really British.', [['question-nationality', 'whether she is really British', 27]]],
    ['The last two pharmacists who qualified overseas never got used to how we work.', [['overseas-hire-blamed', 'qualified overseas', 29]]],
    ['We had a terrible experience with a foreign locum in June, so UK doctors please.', [['overseas-hire-blamed', 'terrible experience with a foreign locum', 9]]],
  ])('flags %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    `${NOTES}- Dates: 22, 23 and 24 June.`,
    `${NOTES}- Total: 45, of whom 9 shortlisted.`,
    'Rotas for the week:\n- Dawn: 58, 60 and 62 hours over three weeks.',
    `${NOTES}- Pete: has lots of experience with children and families.`,
    'Ask everyone whether they can do the 6am starts.',
    'Please check her English spelling in the cover letter before it goes.',
    'Let me know if he is from round here, as the commute is long.',
    'Two of our nurses qualified overseas and now lead the wound clinic.',
    'Our patient is frail and she is tiny, so use the small cuff.',
    `${NOTES}- Parking - 24\n- Canteen - 61\n- Beds: 22`,
    "We took a referral for a mum of three last week and she couldn't cope with the forms.",
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('time asked of the post-holder, and the post-holder as one sex', () => {
  it.each<[string, [string, string, number][]]>([
    ['You must stay on whenever the clinic list runs over.', [['time-demanded', 'stay on whenever the clinic list runs over', 9]]],
    ['Be ready to pick up extra shifts whenever the unit is under pressure.', [['time-demanded', 'pick up extra shifts whenever the unit is under pressure', 12]]],
    ['Applicants must have completed UK specialty training.', [['uk-only-qualification', 'completed UK specialty training', 21]]],
    ['The successful plumber will check his own work before signing it off.', [['generic-pronoun', 'his', 34]]],
  ])('flags %j', (text, expected) => {
    expect(read(text, 'advert')).toEqual(expected);
  });

  it.each([
    'Staff stay on whenever patients need them at the end of life.',
    'You must have completed UK specialty training or hold CESR equivalence.',
    'We need a female dietitian for the eating disorders clinic, as she will do the weigh-ins.',
    'You must be able to sit at a computer for long periods.',
  ])('leaves %j', (text) => {
    expect(read(text, 'advert').filter(([rule]) => ['time-demanded', 'uk-only-qualification', 'generic-pronoun', 'physical-extent'].includes(rule))).toEqual([]);
  });
});
