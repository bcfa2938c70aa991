import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { read } from './read-findings';

// Round 29's review (M5, S3, S6, N6): each reading in other words than the review's own rows.

describe('"fresh ideas" beside a youth word asks for a young hire, not when the word names a youth service or group', () => {
  it.each([
    ['A young, energetic nurse with fresh ideas would suit the post.', [['age-young', 'young', 2], ['age-energetic', 'energetic', 9], ['age-fresh-ideas', 'fresh ideas', 30]]],
    ['We are after a school leaver who can bring fresh thinking to the front desk.', [['age-school-leaver', 'school leaver', 15], ['age-fresh-ideas', 'fresh thinking', 43]]],
    ['Our CYP physiotherapy team wants a younger therapist with fresh ideas.', [['unexpanded-acronym', 'CYP', 4], ['age-young', 'younger', 35], ['age-fresh-ideas', 'fresh ideas', 58]]],
    // A service's name in the sentence does not hide a youth word said of the hire.
    ['For our youth justice team, we want a younger practitioner with fresh ideas.', [['age-young', 'younger', 38], ['age-fresh-ideas', 'fresh ideas', 64]]],
    ['Supporting young carers, we hope to hire a youthful nurse with fresh ideas.', [['age-young', 'youthful', 43], ['age-fresh-ideas', 'fresh ideas', 63]]],
  ])('flags %j', (text, found) => {
    expect(read(text)).toEqual(found);
  });
  it.each([
    'Our youth justice workers would welcome fresh thinking on referrals.',
    "The young parents' clinic is open to fresh ideas from the whole team.",
    'Supporting young adult carers, you will bring fresh ideas.',
    'Our young-onset memory service wants a fresh pair of eyes.',
    'The youth worker post needs someone with a fresh approach.',
    'Our surgery runs a youth team that would value fresh thinking.',
  ])('leaves the service or group in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('surprise at how old someone is: "so old" judges their age, "so young" is the age word alone', () => {
  it.each([
    ["Didn't realise he was so old, to be honest.", [['age-too-old', "Didn't realise he was so old", 0]]],
    ['I never knew he was so old for a trainee.', [['age-too-old', 'never knew he was so old', 2]]],
    ['I never knew you were so young!', [['age-young', 'young', 25]]],
    ['Did not realise she was so young for a band 7.', [['age-young', 'young', 27]]],
  ])('reads %j', (text, found) => {
    expect(read(text, 'email')).toEqual(found);
  });
  it('words the message for a remark, not a name for the person', () => {
    const [finding] = analyse('I never knew he was so old for a trainee.', { context: 'email' }).findings.filter((f) => f.ruleId === 'age-too-old');
    expect(finding!.message).toBe(
      '“never knew he was so old” passes judgement on how old someone is. Age is a protected characteristic under the Equality Act 2010, so a remark like this can be read as the reason for a hiring decision.',
    );
  });
  it('leaves a building', () => {
    expect(read("I didn't realise the building was so old.", 'email')).toEqual([]);
  });
});

describe('"the ward is lively and young" calls the workplace young; "…, and young adults" opens a clause about people', () => {
  it.each([
    ['Our ward is lively and young.', 'Our ward is lively and young', 0],
    ['This pharmacy is buzzy and young, and we love it.', 'This pharmacy is buzzy and young', 0],
  ])('flags %j', (text, words, start) => {
    expect(read(text)).toEqual([['age-young-workplace', words, start]]);
  });
  it.each([
    'The unit is vibrant, and young adults are seen there every week.',
    'The department is modern, and young families use it most.',
    'Our surgery feels fresh, and young carers drop in on Fridays.',
  ])('leaves the people in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"whoever … he" read once per pronoun, however many "whoever"s come before it', () => {
  it('finds each pronoun after a run of "whoever"s, as a scan between them did', () => {
    const n = 200;
    const text = `${'whoever '.repeat(n)}${'he '.repeat(n)}`;
    const found = analyse(text, { context: 'email' }).findings.filter((f) => f.ruleId === 'generic-pronoun');
    expect(found.map((f) => f.start)).toEqual(Array.from({ length: n }, (_, i) => 8 * n + 3 * i));
  });
  it.each([
    ['Whoever we appoint, he will need to cover Fridays.', [['generic-pronoun', 'he', 20]]],
    ['Mr Hale leaves in May, and whoever takes over will need his own keys.', [['generic-pronoun', 'his', 56]]],
    // Another pronoun after "whoever" is the one named: "he" picks, and "his" keys are Mr Hale's.
    ['Mr Hale leaves in May, and whoever he picks will need his keys.', []],
    ['Dr Okafor retires in June. Whoever replaces him will inherit his list.', []],
  ])('reads %j', (text, found) => {
    expect(read(text, 'email')).toEqual(found);
  });
});
