import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 50 (lead): each kind the unseen fresh50 set showed, in other words than the documents that showed it.

describe('a condition barred as a criterion or a request', () => {
  flags([
    ['Person specification. Essential: No skin conditions. Good communication skills.', 'advert', [['health-barred', 'skin conditions', 36]]],
    ['We ask that bank staff have no history of psoriasis.', 'advert', [['health-barred', 'psoriasis', 42]]],
  ]);
  leaves([
    // A bare "no" bars only the condition straight after it.
    ['Essential: No experience of diabetes care needed, full training given.', 'advert'],
    ['Essential: No stress about deadlines, as the rota is planned ahead.', 'advert'],
  ]);
});

describe('combative and domineering idioms', () => {
  flags([
    ['Dispatchers need to take a good roasting from crews without answering back.', 'email', [['thick-skin', 'take a good roasting', 20]]],
    ['We want a coder who will crush the competition.', 'advert', [['aggressive-idioms', 'crush the competition', 25]]],
    ['We need a rota lead who can keep the consultants in line.', 'advert', [['aggressive-idioms', 'who can keep the consultants in line', 20]]],
  ]);
  leaves([['We want a manager who can keep the nurses in line with national guidance.', 'advert']]);
});

describe('demands on time and health', () => {
  flags([
    ['Travel is constant, so the job suits someone without ties.', 'advert', [['no-ties-wanted', 'someone without ties', 37]]],
    ['Cabinets are high, so you will be expected to stay on when clinics run over most evenings.', 'advert', [['unbounded-availability', 'stay on when clinics run over', 46]]],
    ['Never phone in sick unless you’re in A&E.', 'email', [['sickness-reporting-discouraged', 'Never phone in sick', 0]]],
  ]);
  leaves([
    ['Many of our recruits are people without ties to Cornwall.', 'advert'],
    ['Theatre lists sometimes overrun; you will be paid for any time you stay on when lists overrun.', 'advert'],
    ['Don’t report sick by text; ring the office unless it is after 10pm.', 'email'],
  ]);
});

describe('whose the words are', () => {
  flags([
    ['She needs a visa, so she will not be considered.', 'email', [['origin-judged', 'not be considered', 30]]],
    ['She has epilepsy, so I’m not sure she’d cope.', 'email', [['condition-doubted', 'epilepsy, so I’m not sure', 8]]],
  ]);
  leaves([
    // The status, not the person, is what is not considered.
    ['You will not need a visa to apply, and your sponsorship status will not be considered when we shortlist.', 'email'],
    // The writer asking about their own condition.
    ['Caller: One more thing, I use crutches most days. Is that a problem for the role?', 'email'],
    // Words of a handle or an e-mail address name an account.
    ['Follow @young_nurses_uk for updates, or write to older.staff@trust.nhs.uk.', 'email'],
    // A prescribing qualification.
    ['Desirable: independent or supplementary prescriber.', 'advert'],
  ]);
});
