import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 36, a fifteenth set of problem wording real employers used (engine-100), weighted to language rules
// on the ward, Gypsy and Traveller slurs, neurodiversity and health doubted or mocked, sickness absence held
// against a candidate, weight and looks, visas, passports and refugees. Each reading is shown in other words
// than the sources, with a near sentence it leaves quiet.
describe('other-language-banned: English only, or a named language stopped, with no task that needs it', () => {
  flags([
    ['From Monday, porters must speak only English on shift.', 'email', [['other-language-banned', 'must speak only English', 21]]],
    ['Only English is to be spoken in the staff kitchen.', 'email', [['other-language-banned', 'Only English is to be spoken', 0]]],
    [
      'Staff must speak English, whatever their own language, even on their lunch break.',
      'email',
      [['other-language-banned', 'must speak English, whatever their own language', 6]],
    ],
    ["Please stop speaking Romanian at the nurses' station.", 'email', [['other-language-banned', 'stop speaking Romanian', 7]]],
  ]);
  leaves([
    ['During handover please speak English so that everyone present can follow.', 'email'],
    ['Colleagues are welcome to speak Romanian on their breaks.', 'email'],
    ['Candidates must speak English fluently.', 'advert'],
    ['She can speak only English and French.', 'email'],
  ]);
});

describe('visas, passports and overseas applicants turned away', () => {
  flags([
    ["We don't want to sponsor anyone for this post.", 'email', [['visa-holders-refused', "don't want to sponsor anyone", 3]]],
    ['We never shortlist non-EU applicants for the bank.', 'email', [['visa-holders-refused', 'never shortlist non-EU applicants', 3]]],
    [
      "We cannot continue because she doesn't have a British passport.",
      'email',
      [['passport-holders', "because she doesn't have a British passport", 19]],
    ],
    ['Romanian carers wanted for nights.', 'advert', [['nationality-preference', 'Romanian carers wanted', 0]]],
    ['It is essential that you can speak Urdu.', 'advert', [['language-demanded', 'essential that you can speak Urdu', 6]]],
  ]);
  leaves([
    ['We can sponsor non-UK applicants for this post.', 'email'],
    ['We do not shortlist applicants who miss the closing date.', 'email'],
    ['Refugees do not need a British passport to work here.', 'email'],
    ['You are not required to hold a British passport for this role.', 'email'],
    ['Romanian-speaking carers wanted for nights.', 'advert'],
    ['It is desirable that you can speak Urdu with patients.', 'advert'],
  ]);
});

describe('traveller-slur and racist-nickname: Gypsies and Travellers labelled, a nickname', () => {
  flags([
    ["Don't mind him, he's just an itinerant.", 'email', [['traveller-slur', "he's just an itinerant", 16]]],
    ['Ask if his horse and cart is parked out back.', 'email', [['traveller-slur', 'his horse and cart', 7]]],
    ["Keep an eye on them, they're travellers.", 'email', [['traveller-slur', "Keep an eye on them, they're travellers", 0]]],
    ['Tell the shoe bomber to clear the bins.', 'email', [['racist-nickname', 'shoe bomber', 9]]],
  ]);
  leaves([
    ['The itinerant clinic visits the Traveller site every month.', 'email'],
    ["Keep an eye on them, they're new starters.", 'email'],
    ['Shoe covers must be worn in theatre.', 'email'],
  ]);
});

describe('questions: where someone grew up, a condition asked about', () => {
  flags([
    ['Which area did you grow up in?', 'question', [['question-nationality', 'Which area did you grow up in', 0]]],
    ['Do you have dyslexia?', 'question', [['question-health', 'Do you have dyslexia', 0]]],
    ['Are you on the spectrum?', 'question', [['question-health', 'Are you on the spectrum', 0]]],
  ]);
  leaves([
    ['Which area did you work in before?', 'question'],
    ['Do you have experience of supporting people with dyslexia?', 'question'],
  ]);
});

describe('dress, looks and weight', () => {
  flags([
    ['Staff must not wear a kirpan on the ward.', 'advert', [['religious-dress-banned', 'kirpan', 22]]],
    ['Trainers must look fit.', 'advert', [['appearance-led', 'must look fit', 9]]],
    ['Tell him he needs to lose weight before the assessment.', 'email', [['body-judged', 'he needs to lose weight', 9]]],
    ['I would never hire anybody obese.', 'email', [['body-judged', 'never hire anybody obese', 8]]],
  ]);
  leaves([
    ['A kirpan may be worn under clothing.', 'advert'],
    ['The programme helps patients get fit.', 'advert'],
    ['We help patients who need to lose weight.', 'email'],
    ['We employ people of every size.', 'email'],
  ]);
});

describe('condition-dismissed: a condition doubted, mocked, blamed or not worth adjusting for', () => {
  flags([
    ["Funny, you don't look dyslexic.", 'email', [['condition-dismissed', "you don't look dyslexic", 7]]],
    ['It was a mistake hiring a deaf candidate.', 'email', [['condition-dismissed', 'mistake hiring a deaf candidate', 9]]],
    ['Other staff with ADHD cope without a quiet room, so you can too.', 'email', [['condition-dismissed', 'Other staff with ADHD cope', 0]]],
    ['Why should we spend money on adjustments for one person?', 'email', [['condition-dismissed', 'Why should we spend money on adjustments', 0]]],
    ["His anxiety is like having a hangover, he'll shake it off.", 'email', [['condition-dismissed', 'His anxiety is like having a hangover', 0]]],
  ]);
  leaves([
    ['Other staff with ADHD have found the quiet room helpful.', 'email'],
    ['We will spend money on adjustments wherever they help.', 'email'],
  ]);
});

describe('sickness absence held against a person, the menopause blamed, age idioms', () => {
  flags([
    [
      'She had three spells of sickness last year, so she is not eligible for promotion.',
      'email',
      [['condition-doubted', 'spells of sickness last year, so she is not eligible for promotion', 14]],
    ],
    ['We withdrew the offer after his sickness records arrived.', 'email', [['condition-doubted', 'withdrew the offer after his sickness records', 3]]],
    ['Your sickness absence is above our tolerance level.', 'email', [['condition-doubted', 'sickness absence is above our tolerance level', 5]]],
    ['His disabled son should be his priority, not the night shifts.', 'email', [['condition-doubted', 'disabled son should be his priority', 4]]],
    ["You keep forgetting things because you're menopausal.", 'email', [['hormones-blamed', "because you're menopausal", 27]]],
    ['You behave like a stroppy little teenager.', 'email', [['age-idioms', 'stroppy little teenager', 18]]],
    ['He carried on long after he should have retired.', 'email', [['age-idioms', 'after he should have retired', 19]]],
  ]);
  leaves([
    ['Periods of sickness absence linked to pregnancy are excluded.', 'email'],
    ['Not eligible for promotion until the course is complete.', 'email'],
    ["He retired after forty years' service.", 'email'],
  ]);
});
