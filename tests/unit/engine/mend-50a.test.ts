import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 50 mend (a): the findings of the review of r50-start..r50-review1, each by a general reading.

describe('a bare "no" bars a condition only as the head of a criterion', () => {
  flags([
    ['Person specification. Essential: No skin conditions. Good communication skills.', 'advert', [['health-barred', 'skin conditions', 36]]],
    ['Essential: No allergies or skin conditions that would stop you working in a kitchen.', 'advert', [['health-barred', 'allergies', 14]]],
    // Fresh: a list item of a requirements list.
    ['Requirements:\n- Full driving licence\n- No eczema or psoriasis\n- Good IT skills', 'advert', [['driving-licence', 'Full driving licence', 16], ['health-barred', 'eczema', 42]]],
  ]);
  leaves([
    ['No medication errors.', 'advert'],
    ['No medication.', 'advert'],
    ['No eczema clinic is run on Fridays.', 'advert'],
    ['No allergy testing is required for this post.', 'advert'],
    ['No allergies reported to date on the unit.', 'advert'],
    ['The clinic offers allergy testing. No skin conditions are too minor to discuss.', 'advert'],
    ['Must be experienced. No medication rounds at night.', 'advert'],
    // Near: the condition names the work in a list item.
    ['Requirements:\n- Good IT skills\n- No eczema clinics to run', 'advert'],
  ]);
});

describe('a characteristic before a person noun is not the writer own', () => {
  flags([
    ["Re my deaf applicant, not sure she'd cope with the phones.", 'email', [['health-judged', 'deaf', 6], ['generic-pronoun', "she'd", 31]]],
    ["I've a deaf candidate for the reception job, not sure she'd cope with the phones.", 'email', [['health-judged', 'deaf', 7], ['generic-pronoun', "she'd", 54]]],
    ['I have a Muslim applicant for Saturday, not sure the regulars would take to her.', 'email', [['faith-judged', 'Muslim', 9], ['generic-pronoun', 'her', 76]]],
  ]);
  leaves([
    ['Caller: One more thing, I use crutches most days. Is that a problem for the role?', 'email'],
    ['Visitor: Also, I use a wheelchair part of the time. Is that a problem?', 'email'],
    // Near (fresh): the writer's own condition.
    ["I'm diabetic, not sure I'd manage nights - is that a problem?", 'email'],
  ]);
});

describe('pressure not to report sickness, only with a threshold of illness after "unless"', () => {
  flags([
    ["Please don't report sick this week unless you're in hospital.", 'email', [['sickness-reporting-discouraged', "don't report sick", 7]]],
    ["Never phone in sick unless you're in A&E.", 'email', [['sickness-reporting-discouraged', 'Never phone in sick', 0]]],
  ]);
  leaves([
    ['Staff who phone in sick should speak to the nurse in charge unless it is out of hours.', 'email'],
    ['Do not ring in sick to the switchboard; call the ward unless it is after 10pm.', 'email'],
    ["Don't call in sick by text, unless the manager's line is down.", 'email'],
    ['Do not phone in sick to the ward unless the nurse in charge is unavailable; ring the bleep holder instead.', 'email'],
    ['Please don\'t call in sick via WhatsApp unless no manager answers the phone.', 'email'],
  ]);
});

describe('a status set aside only when "considered" ends there', () => {
  flags([
    ['His visa status will not be considered favourably by the panel.', 'email', [['visa-asked-before-offer', 'His visa status', 0], ['origin-judged', 'not be considered favourably by the', 21]]],
    ['Her visa status will not be considered further, she needs sponsorship.', 'email', [['visa-asked-before-offer', 'Her visa status', 0], ['origin-judged', 'not be considered further, she needs', 21]]],
  ]);
  leaves([]);
});

describe('combative idioms, not following guidance or clearing a backlog', () => {
  flags([['We need a lead who can keep the doctors in line.', 'advert', [['aggressive-idioms', 'who can keep the doctors in line', 15]]]]);
  leaves([
    ['The practice manager must keep the partners in line with CQC and GDPR requirements.', 'advert'],
    ['We need a governance lead who can keep the GPs in line with the new prescribing formulary.', 'advert'],
    ['Help us crush the backlog of elective surgery after the pandemic.', 'advert'],
    // Fresh: the waiting list in other words.
    ['Join us to crush our waiting list for hip replacements.', 'advert'],
  ]);
});

describe('staying on when lists overrun, denied', () => {
  flags([['You must be willing to stay on when clinics run late.', 'advert', [['unbounded-availability', 'stay on when clinics run late', 23]]]]);
  leaves([
    ['You will never be asked to stay on when clinics run late.', 'advert'],
    ['Nobody is expected to stay on when lists overrun; the next shift takes over.', 'advert'],
    // Fresh: in other words.
    ['No one will be asked to stay on when theatre lists overrun.', 'advert'],
  ]);
});
