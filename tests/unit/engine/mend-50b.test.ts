import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 50 (mend-50b): an independent review's findings on three new readings. "Funny about it" is about a thing
// unless a candidate's trait is named before it; wanting someone full time refuses other patterns only when the
// employer wants it; a festival refuses a faith only where leave or a person is in the clause.

describe('others\' prejudice cited: a person, or "it" after a candidate\'s trait, not a thing', () => {
  flags([
    ['Not sure, the families might be funny about him being a man…', 'email', [['others-prejudice-cited', 'families might be funny about him', 14]]],
  ]);
  leaves([
    ['Our patients can be funny about it when the GP runs late, I wonder if we should add a text reminder.', 'email'],
    ['The regulars can be funny about that, so no one should move the waiting room chairs.', 'email'],
    ['Patients might be funny about it if we change the phone system, so I\'m not sure.', 'email'],
    ['Relatives can be funny about this, so I\'m wondering whether to add a visiting leaflet.', 'email'],
    ['Patients are funny about it when the clinic runs late, not sure what to do.', 'email'],
    ['The residents are funny about it if we change the menu, not sure why.', 'email'],
    ['Families can be funny about it when visiting times change, so I\'m worried.', 'email'],
    ['I wonder about the new parking rules; callers get funny about that when the car park is full.', 'email'],
  ]);
});

describe('someone full time wanted by the employer, not by patients or for a season', () => {
  flags([
  ]);
  leaves([
    ['Patients need someone full time to support them at home after discharge.', 'email'],
    ['The service user needs a person full-time to help with personal care.', 'email'],
    ['Families want someone full time at the bedside during end of life care.', 'email'],
    ['Clinicians often need someone full time to coordinate complex discharges.', 'email'],
    ['We need people full time in the winter months to cover the wards.', 'email'],
    ['The ward does not really need someone full time.', 'email'],
    ['Carers told us they want somebody full time at the day centre.', 'email'],
  ]);
});

describe('a festival refused where leave or a person is in the clause, not a building or a rule for every period', () => {
  flags([
  ]);
  leaves([
    ['The chapel cannot be booked during Eid because of community prayers.', 'email'],
    ['No leave will be approved during Eid or Christmas in the first year.', 'email'],
    ['The canteen won\'t open during Hanukkah evenings due to refurbishment.', 'email'],
    ['Leave is always available at Eid if booked early.', 'email'],
  ]);
});

describe('a spouse who supports the job asked of the candidate, not a colleague\'s spouse on the team', () => {
  flags([
  ]);
  leaves([
    ['Our nurse team includes a husband who supports the rota.', 'email'],
    ['The pharmacy employs a wife who supports the weekend shifts alongside her husband.', 'email'],
  ]);
});

describe('culture fit: the wording named as a "culture-fit line" is discussed, not wanted', () => {
  flags([
    ['We want a strong culture-fit for the front desk.', 'email', [['culture-fit', 'culture-fit', 17]]],
  ]);
  leaves([
    ['Our manager called that a culture-fit line and asked me to cut it.', 'email'],
  ]);
});

describe('a new parent said of the candidate, judged like breastfeeding', () => {
  flags([
    ['She\'s a new mum so she won\'t manage nights.', 'email', [['family-judged', 'She\'s a new mum so she won\'t manage', 0]]],
    ['He\'s a new dad so he won\'t manage the on-call.', 'email', [['family-judged', 'He\'s a new dad so he won\'t manage', 0]]],
  ]);
  leaves([
    ['She\'s a new mum and has joined our baby group.', 'email'],
    ['Our health visitor supports anyone who is a new parent in the practice area.', 'email'],
  ]);
});
