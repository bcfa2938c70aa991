import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 49, mending review 49a: the reviewer's cases, a fresh case in other words and a near case for each reading.

describe('age guessed from a stage only when a doubt about coping follows', () => {
  flags([
    ['At your stage it might be a struggle to pick it up.', 'email', [['age-idioms', 'At your stage it might be', 0]]],
    ['Honestly, at her stage in life, she might find the new rota too much.', 'email', [['age-idioms', 'at her stage in life, she might find', 10]]],
    ['At his stage of his career, he might struggle with the night shifts.', 'email', [['age-idioms', 'At his stage of his career, he might struggle', 0]]],
  ]);
  leaves([
    ['At your stage you might be eligible for the fast-track bursary.', 'advert'],
    ['At your stage you will be expected to supervise students.', 'advert'],
    ['At their stage, they might be ready for a band 6 post.', 'advert'],
  ]);
});

describe("years' standing is experience only when said of a person", () => {
  flags([["We are looking for a consultant of at least 12 years' standing.", 'advert', [['age-years-experience', "at least 12 years'", 35]]]]);
  leaves([
    ["Our pharmacy has 30 years' standing in the town.", 'advert'],
    ["The practice, of 40 years' standing, serves 12,000 patients.", 'advert'],
    ["The hospice, a charity of 25 years' standing, runs the day unit.", 'advert'],
  ]);
});

describe('one of us asked to be somewhere or on a duty', () => {
  flags([
    ['We need one of us, someone who gets the way we do things here.', 'email', [['one-of-us', 'one of us', 8]]],
    ['The manager wants one of us, someone who knows our ways.', 'email', [['one-of-us', 'one of us', 18]]],
  ]);
  leaves([
    ['We need one of us on the interview panel.', 'email'],
    ['We need one of us in the building at all times for fire safety.', 'email'],
    ['We need one of us here by 8am.', 'email'],
    ['We need one of us on the rota every Saturday.', 'email'],
    ['We want one of us on duty at the weekend.', 'email'],
  ]);
});

describe('a demand that is denied', () => {
  flags([
    ['We expect staff to give up their weekends unpaid when needed.', 'advert', [['unbounded-availability', 'give up their weekends unpaid', 19]]],
    ['You will make the hard calls alone.', 'advert', [['masculine-individualistic', 'make the hard calls alone', 9]]],
  ]);
  leaves([
    ["Please don't expect staff to give up their weekends unpaid.", 'advert'],
    ['Staff must not be expected to work unpaid evenings.', 'advert'],
    ['Do not expect colleagues to give up their evenings unpaid.', 'advert'],
    ["Nobody should make tough decisions alone; you'll have supervision.", 'advert'],
    ['Nobody has to make the hard calls alone here.', 'advert'],
  ]);
});

describe('mothers judged as a group', () => {
  flags([
    ['There are too many mums on the rota already.', 'email', [['working-mums', 'too many mums on the rota', 10]]],
    ['Mothers might find it hard to do the late shifts.', 'email', [['working-mums', 'Mothers might find it hard', 0]]],
    ['Mums may find it difficult to cover the evening rota.', 'email', [['working-mums', 'Mums may find it difficult', 0]]],
  ]);
  leaves([
    ['There are lots of mums in our team, so we understand childcare.', 'advert'],
    ['We have lots of mums on our team, which helps when parents ring.', 'advert'],
    ['Mothers in our antenatal group may find it hard to attend mornings.', 'advert'],
  ]);
});

describe('sickness held against someone after "we will not"', () => {
  flags([
    ['We will not consider staff who are a sickness risk.', 'email', [['sickness-held-against', 'a sickness risk', 35]]],
    ["We won't shortlist anyone who is a sickness risk.", 'email', [['sickness-held-against', 'a sickness risk', 33]]],
    ['We will not take on anyone who is an absence risk.', 'email', [['sickness-held-against', 'an absence risk', 34]]],
  ]);
  leaves([['We will support staff who are a sickness risk through occupational health.', 'email']]);
});

describe('an alpha that is a gene or a drug', () => {
  flags([['We need an alpha to run the theatre suite.', 'email', [['masculine-lead', 'an alpha', 8]]]]);
  leaves([
    ['He was screened for an alpha-1 antitrypsin deficiency.', 'advert'],
    ['She has been prescribed an alpha-2 agonist.', 'advert'],
  ]);
});

describe('wording about patients, residents and clubs', () => {
  flags([['Our new receptionist, bless her, is a bit slow on the phones.', 'email', [['person-patronised', 'bless her', 22], ['generic-pronoun', 'her', 28]]]]);
  leaves([
    ['A pretty smile for every patient is what our dental team aims to give.', 'advert'],
    ['Our hygienists give each patient a pretty smile to leave with.', 'advert'],
    ['The Young-at-Heart lunch club for residents over 70 is run by volunteers.', 'advert'],
    ['Our young at heart group for residents meets on Fridays.', 'advert'],
    ['The silverback gorilla adopt-an-animal scheme raises money for the hospice.', 'advert'],
    ['Mrs Jones in bed 4, bless her, has been asking for you.', 'email'],
    ['Our lovely Mrs Patel on ward 7, bless her, is going home today.', 'email'],
    ['Mr Shah in bay 3, bless him, wants a cup of tea.', 'email'],
  ]);
});

describe('faith: dress kept out of a film, and a practice that welcomes all faiths', () => {
  flags([
    ['For the film, staff wearing turbans will be kept out of shot.', 'advert', [['religious-dress-banned', 'turbans', 28]]],
    ['In the video, nurses in hijabs should be kept out of shot.', 'advert', [['religious-dress-banned', 'hijabs', 24]]],
    ['We see ourselves as a Christian practice.', 'advert', [['religion-requirement', 'ourselves as a Christian practice', 7]]],
  ]);
  leaves([
    ['Staff in hijabs will appear in the video.', 'advert'],
    ['The surgery sees itself as a Christian practice and welcomes all faiths.', 'advert'],
    ['The pharmacy sees itself as a Muslim pharmacy and employs people of all faiths.', 'advert'],
  ]);
});

describe('a hyphened word is one member of a list of describing words', () => {
  flags([
    ['A hard-working, driven nurse is needed.', 'advert', [['masculine-driven', 'driven', 16]]],
    ['We are after a self-motivated, driven team leader.', 'advert', [['masculine-driven', 'driven', 31]]],
  ]);
  leaves([['The external hard-drive, driven by the server, holds the backups.', 'advert']]);
});

describe('a platform named with its capital', () => {
  flags([
    ['She lives on Instagram.', 'email', [['age-digital-native', 'lives on Instagram', 4]]],
    ['He lives on Snapchat.', 'email', [['age-digital-native', 'lives on Snapchat', 3]]],
    ['Honestly, the new receptionist lives on TikTok.', 'email', [['age-digital-native', 'lives on TikTok', 31]]],
  ]);
  leaves([['Our younger patients live on TikTok, so we post clinic news there.', 'email']]);
});

describe('the founder of a practice, driving between its sites, a team for young people', () => {
  flags([
    ['Maureen is the mother of the ward and knows every patient by name.', 'advert', [['sex-stereotyped-traits', 'mother of the ward', 15]]],
    ['We expect staff to drive.', 'advert', [['driving-licence', 'expect staff to drive', 3]]],
    ['The girls’ team runs the Saturday clinic.', 'advert', [['staff-called-girls', 'girls’', 4]]],
  ]);
  leaves([
    ['Dr Patel is the father of the practice and founded it in 1985.', 'advert'],
    ['Sister Obi is the mother of the ward and the founding lead of its pain service.', 'advert'],
    ['We expect staff to drive between the three clinics.', 'advert'],
    ['You will be expected to drive between our two surgeries.', 'advert'],
    ["The girls' team sees young women aged 13 to 17 on the adolescent unit.", 'advert'],
    ["Our boys' team runs the clinic for teenagers with eating disorders.", 'advert'],
  ]);
});
