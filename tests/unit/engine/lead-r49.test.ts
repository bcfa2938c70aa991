import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 49 (lead): each kind the unseen fresh49 set showed, in other words than the documents that showed it.

describe('mothers judged as a group', () => {
  flags([
    ['Between us, the surgery has enough working mums in the team already.', 'email', [['working-mums', 'enough working mums in the team', 28]]],
    ['Sessions run until seven, because mothers may struggle with the late finish.', 'email', [['working-mums', 'because mothers may struggle', 26]]],
  ]);
  leaves([
    // Mothers served, not staff.
    ['The clinic sees so many mums in the team’s baby groups that we added a session.', 'advert'],
    ['Our antenatal clinic is for mums who may struggle to attend in the day.', 'advert'],
  ]);
});

describe('sex given to a colleague’s place in the team', () => {
  flags([['Maureen has been the mother of the ward for twenty years, and we want someone just as caring.', 'advert', [['sex-stereotyped-traits', 'mother of the ward', 21]]]]);
  leaves([['Her mother died on the ward where she trained.', 'email']]);
});

describe('looks and youth', () => {
  flags([
    ['Essential: a lovely manner, a pretty smile and smart dress.', 'advert', [['appearance-led', 'pretty smile', 30]]],
    ['You will need perfect make-up at all times on the counter.', 'advert', [['appearance-led', 'perfect make-up', 14]]],
    ['We’d love a stylist who lives on social media.', 'advert', [['age-digital-native', 'lives on social media', 24]]],
    ['The partners want a silverback to lead them through the merger.', 'email', [['age-idioms', 'silverback', 20]]],
    ['We are a young-at-heart reception team.', 'advert', [['age-idioms', 'young-at-heart', 9]]],
  ]);
  leaves([
    ['We protect young tissue when we change dressings on a healing graft.', 'advert'],
    ['Screening checks young eyes for squint and lazy eye.', 'advert'],
    ['Myopia control for young myopes aged 6 to 15 is offered at this branch.', 'advert'],
    ['Your smile matters to us: every patient gets a dental check-up.', 'advert'],
  ]);
});

describe('a faith asked about or its dress barred', () => {
  flags([
    ['Please let us know which mosque you attend so we can plan the Friday rota.', 'email', [['question-religion', 'let us know which mosque you attend', 7]]],
    // Patients named in a later clause do not make the ban theirs.
    ['Staff must not wear turbans or other headwear on the unit, as it looks unprofessional to patients.', 'advert', [['religious-dress-banned', 'turbans', 20]]],
    ['Film notes: avoid showing anyone in a headscarf in the reception shots.', 'advert', [['religious-dress-banned', 'headscarf', 38]]],
  ]);
  leaves([
    ['Patients may keep their headscarves on; there is no need to remove them for the scan.', 'advert'],
    ['Tell us which clinic you attend so we can send your results.', 'email'],
  ]);
});

describe('the other wording fresh49 showed', () => {
  flags([
    ['We want people whose English is natural for the phones.', 'email', [['native-english-speaker', 'whose English is natural', 15]]],
    ['Reading her CV, she could be an absence risk, so hold her for now.', 'email', [['sickness-held-against', 'an absence risk', 29]]],
    ['You will be expected to give up your weekends unpaid for open days.', 'advert', [['unbounded-availability', 'give up your weekends unpaid', 24]]],
    ['We need someone to crack heads together on the board.', 'advert', [['masculine-aggressive-idiom', 'crack heads together', 19]]],
    // A list of describing words before "driven" that starts with "hard-working" is no hard drive.
    ['- Hard-working, caring and driven', 'advert', [['masculine-driven', 'driven', 27]]],
  ]);
  leaves([
    ['Back up the clinic files to the hard drive each Friday.', 'advert'],
    ['Active exercise programmes are set by the physiotherapist after surgery.', 'advert'],
    ['The natural history of the disease is explained in plain English at clinic.', 'advert'],
  ]);
});

describe('age, standing and belonging said another way', () => {
  flags([
    ['Honestly, at her stage in life, she might find the new rota too much.', 'email', [['age-idioms', 'at her stage in life, she might find', 10]]],
    ['The partners want one of us, not someone from a big trust.', 'email', [['one-of-us', 'one of us', 18]]],
    ['The trust wants an alpha to turn the division round.', 'advert', [['masculine-lead', 'an alpha', 16]]],
    ['Day two: a fitness circuit in the gym before the panel.', 'email', [['fitness-test', 'fitness circuit', 11]]],
    // Parking said in another clause does not answer a demand to drive.
    ['Parking is tight, but we expect trainees to drive.', 'email', [['driving-licence', 'expect trainees to drive', 25]]],
    ['The clinical lead will be a GP of at least ten years’ standing.', 'advert', [['age-years-experience', 'at least ten years’', 34]]],
  ]);
  leaves([
    ['At your stage of training you will rotate through three wards.', 'advert'],
    ['We need one of us to cover the Saturday clinic.', 'email'],
    ['Patients may start an alpha blocker before the procedure.', 'advert'],
    ['Parking is free for staff who drive.', 'advert'],
  ]);
});

describe('English praised with surprise (review 48b, item 10)', () => {
  flags([
    ['Her English is surprisingly good, so she could do the phones.', 'email', [['origin-judged', 'Her English is surprisingly good', 0]]],
    ['He writes remarkably fluent English for a new arrival.', 'email', [['origin-judged', 'writes remarkably fluent English', 3]]],
  ]);
  leaves([
    ['Her written English is good and her notes are clear.', 'email'],
    ['The leaflet’s English is surprisingly clear for a legal text.', 'advert'],
  ]);
});
