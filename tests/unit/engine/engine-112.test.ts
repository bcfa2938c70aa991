import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 39, an eighteenth set of problem wording real employers used (engine-112), weighted to informal
// recruitment messages, exclusionary requirements and disability: a people turned away by colour or
// nationality, posts filled through staff's families and friends, a degree in any subject or graduates
// only, a colour wanted of a carer, a condition said to bar someone from a job, one sex advertised for,
// an age limit given to a shortlister, other headwear banned. Each reading is shown in other words than
// the sources, with a near sentence it leaves quiet.

describe('a people turned away by colour, ethnic group or nationality (people-excluded)', () => {
  flags([
    ['No Bulgarian applicants, thanks.', 'advert', [['people-excluded', 'No Bulgarian applicants', 0]]],
    ['No darker-skinned carers for this contract.', 'advert', [['people-excluded', 'No darker-skinned carers', 0]]],
    ['Not suitable for eastern European applicants.', 'advert', [['people-excluded', 'Not suitable for eastern European applicants', 0]]],
  ]);
  leaves([
    ['There are no Polish staff on the night rota.', 'email'],
    ['We welcome applications from black and minority ethnic candidates.', 'advert'],
    ['No black ink on the forms, please.', 'advert'],
  ]);
});

describe("a post filled through staff's families or whom they know locally (word-of-mouth-recruitment)", () => {
  flags([
    ['Ask the porters if any of their cousins need a job.', 'email', [['word-of-mouth-recruitment', 'if any of their cousins need', 16]]],
    [
      'Could you ask the domestics if any of their nieces want the Saturday shifts?',
      'email',
      [['word-of-mouth-recruitment', 'if any of their nieces want', 28]],
    ],
    ['Ask the receptionists if they know anybody local.', 'email', [['word-of-mouth-recruitment', 'if they know anybody local', 22]]],
  ]);
  leaves([
    ['Ask the patient if their children want to be present.', 'email'],
    // Review 39 (item 21): sentences the patterns match, left for what else they say.
    ['Ask the patient if they know anyone local who could collect their prescriptions.', 'email'],
    ['Ask the carers if they know anyone local who runs a lunch club for patients.', 'email'],
    ['Instead of asking staff if their kids want the job, please advertise.', 'email'],
  ]);
});

describe('a degree in any subject, graduates only (degree-demanded)', () => {
  flags([
    ['Essential: a degree in any discipline.', 'advert', [['degree-demanded', 'degree in any discipline', 13]]],
    ['Graduates only, please.', 'advert', [['degree-demanded', 'Graduates only', 0]]],
  ]);
  leaves([
    ['A degree in any subject, or equivalent experience, is essential.', 'advert'],
    ['Graduates only need a short induction.', 'email'],
  ]);
});

describe('a colour wanted of a carer (colour-demanded)', () => {
  flags([['The client asked for a carer to be white.', 'email', [['colour-demanded', 'asked for a carer to be white', 11]]]]);
  leaves([['Matron wants the nurse to be white, uniform and shoes included.', 'email']]);
});

describe('a condition said to bar someone from a job; fainting spells held against them', () => {
  flags([
    ['Because of his seizures he cannot be a driver.', 'email', [['condition-dismissed', 'Because of his seizures he cannot be a driver', 0]]],
    ["Given her hearing she couldn't work as a receptionist.", 'email', [['condition-dismissed', "Given her hearing she couldn't work as a receptionist", 0]]],
    ['She has had fainting spells, so we should withdraw the offer.', 'email', [['condition-doubted', 'fainting spells, so we should withdraw the offer', 12]]],
  ]);
  leaves([
    ['Given his seizures are well controlled, there is no reason he cannot be a driver.', 'email'],
    ["Because of the rota she can't be a mentor this term.", 'email'],
    ['The patient had a fainting spell in the waiting room, so we called 999.', 'email'],
  ]);
});

describe('one sex advertised for, or put first for the rota (one-sex-advert)', () => {
  flags([
    ["We're advertising for a male porter.", 'email', [['one-sex-advert', 'male porter', 24]]],
    ['Lasses first if possible for the bank rota.', 'email', [['one-sex-advert', 'Lasses first', 0]]],
  ]);
  leaves([
    ['Girls first if possible, then boys, for the flu clinic.', 'email'],
    ['We do not advertise for male or female staff only.', 'advert'],
  ]);
});

describe('an age limit given to a shortlister; other headwear banned', () => {
  flags([
    ['Only shortlist midwives under 45 this round.', 'email', [['age-limit', 'under 45', 24]]],
    ['Wear the ward hat and no other headwear.', 'advert', [['religious-dress-banned', 'no other headwear', 22]]],
  ]);
  leaves([['Theatre caps are provided, and other headwear may be worn underneath.', 'advert']]);
});
