import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 47 (engine-149): the twenty-sixth set of real problem wordings, on the selection stage and the job's terms
// (interview questions, feedback, references, offers, probation, shifts, dress codes, benefits), paraphrased afresh.
// Each reading is shown on new cases in other words than the set's, beside near cases it must leave alone.

describe('how a candidate would manage with their children, asked at interview', () => {
  flags([
    ['How will you cope with your kids during the school holidays?', 'question', [['question-children', 'cope with your kids', 13]]],
    ['Panel question: how would you manage with the nursery run if you were on an early?', 'email', [['question-children', 'manage with the nursery run', 30]]],
  ]);
  leaves([
    ['How will you cope with your caseload during the school holidays?', 'question'],
    ['Panel question: how would you manage with the ward round if you were on an early?', 'email'],
  ]);
});

describe('a job made to depend on not becoming pregnant', () => {
  flags([['We ask that you do not become pregnant in your first year.', 'email', [['family-plans', 'do not become pregnant', 16]]]]);
  leaves([
    ['If you are pregnant, or become pregnant while you work with us, your manager will complete a risk assessment.', 'email'],
    ['Our pharmacists advise patients on not becoming pregnant while taking valproate.', 'email'],
  ]);
});

describe('a gap in a work history put to the candidate as a question', () => {
  leaves([['Three-year gap in his employment history, so ask him about it on the day.', 'email']]);
  flags([['Big gap in his CV, not for us.', 'email', [['gap-judged', 'Big gap', 0]]]]);
});

describe('the menopause dismissed as "no excuse", with or without "the"', () => {
  flags([
    ['The menopause is no excuse for the missed handovers.', 'email', [['mental-health-dismissed', 'The menopause is no excuse', 0]]],
    ['Her menopause is not an excuse for lateness.', 'email', [['mental-health-dismissed', 'Her menopause is not an excuse', 0]]],
  ]);
  leaves([
    ['The menopause is no barrier to promotion here.', 'email'],
    ['Bad weather is no excuse for a late start.', 'email'],
  ]);
});

describe('a dress code that sets women apart: skirts, dresses or make-up for female staff by their post, or men in suits and women in skirts', () => {
  flags([
    ['Female nurses must wear a dress.', 'advert', [['grooming-rule', 'Female nurses must wear a dress', 0]]],
    ['Dress code: men in suits, women in skirts or dresses.', 'advert', [['grooming-rule', 'men in suits, women in skirts', 12]]],
  ]);
  leaves([
    ['Female nurses must wear a name badge.', 'advert'],
    ['We see women in skirts and trousers in the clinic every day.', 'advert'],
  ]);
});

describe('a benefit for the reader\'s husband or wife "and your family"', () => {
  flags([['Health cover for you, your husband and your family.', 'advert', [['partner-assumed', 'your husband and your family', 22]]]]);
  leaves([['Health cover for you and your family.', 'advert']]);
});

describe('part-timers said not to progress', () => {
  flags([['Part-timers never get promoted here.', 'email', [['full-time-only', 'Part-timers never get promoted', 0]]]]);
  leaves([['Part-time staff can progress to band 7 here.', 'email']]);
});

describe('religious observance refused, not an invitation to raise it', () => {
  flags([['Nights are fixed, with no exceptions for religious observance.', 'email', [['faith-practice-held-against', 'religious observance', 41]]]]);
  leaves([['If you have a religious observance that affects your shifts, please contact your manager so we can agree a pattern.', 'email']]);
});

describe('a longer career ahead of one candidate', () => {
  flags([['She has a longer career ahead of her than the other two.', 'email', [['age-years-ahead', 'longer career ahead', 10]]]]);
  leaves([['She has a longer commute ahead of her than the other two.', 'email']]);
});

describe('a health condition doubted as well as a named one', () => {
  flags([['Her health condition may affect her work.', 'email', [['condition-doubted', 'health condition may affect', 4]]]]);
  leaves([
    ['Tell us if you have a health condition so we can make adjustments at interview.', 'email'],
    ['Patients with a health condition may need longer appointments.', 'email'],
  ]);
});

describe('one person\'s work said to suffer by their family or condition ("affected by her childcare")', () => {
  flags([
    ['Was her attendance affected by her childcare arrangements?', 'email', [['family-judged', 'affected by her childcare', 19]]],
    ['His timekeeping was hampered by his diabetes.', 'email', [['condition-doubted', 'hampered by his diabetes', 20]]],
  ]);
  leaves([
    ['Staff whose work is affected by caring duties can ask for flexible working.', 'email'],
    ['Was her attendance affected by her commute?', 'email'],
  ]);
});

describe('a walking aid in the past tense, and a probation extended for a condition', () => {
  flags([
    ['She walks with a cane, so not sure about the stairs.', 'email', [['condition-doubted', 'walks with a cane, so not sure', 4]]],
    ['We extended his probation because of his epilepsy.', 'email', [['condition-doubted', 'extended his probation because of his epilepsy', 3]]],
  ]);
  leaves([
    ['He walked with a stick to the interview room; we moved the interview downstairs for him.', 'email'],
    ['Probation extended because her competency sign-offs are not yet complete.', 'email'],
    ['We extended her probation while we agreed adjustments for her dyslexia.', 'email'],
  ]);
});
