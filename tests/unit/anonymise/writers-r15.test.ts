import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 15 (helper anonymiser-23): fresh wordings written before reading the tuned slice's misses, in the
// ways other writers disclose faith, address, family, health, origin and arrival; none is from the corpus.

describe('faith as practice or belonging', () => {
  // Faith told as practice or belonging goes with the writer's verb; a faith's needs met at work, patients' and colleagues' practice, a workplace's prayer room and a festival's rota stay.
  test.each([
    ['I pray five times a day and can arrange my breaks around clinics.', '[RELIGION] and can arrange my breaks around clinics.'],
    ['My church family have been a huge support this year.', 'My [RELIGION] have been a huge support this year.'],
    ['As a practising Catholic, I value dignity at the end of life.', 'As a [RELIGION], I value dignity at the end of life.'],
    ['During Ramadan I fast, so I may take my lunch break later.', 'During [RELIGION], so I may take my lunch break later.'],
    ['On Sundays I help serve langar at our gurdwara.', 'On [RELIGION].'],
    ['I am a lay preacher in the Methodist circuit.', 'I am a [RELIGION].'],
    ['I keep kosher, which has never affected my work.', '[RELIGION], which has never affected my work.'],
    ["Every Friday I attend Jumu'ah at the local masjid.", 'Every Friday I [RELIGION].'],
    ['I observe the Sabbath from Friday evening to Saturday evening.', '[RELIGION].'],
    ["I have been a Jehovah's Witness since my teens.", 'I have been a [RELIGION] since my teens.'],
    ['Outside work I lead the youth group at my church.', 'Outside work I lead the [RELIGION].'],
    ['I was baptised as an adult and worship at a Pentecostal church in Peckham.', 'I was [RELIGION] as an adult and [RELIGION].'],
    ['Interests: church choir, hill walking, baking.', 'Interests: [RELIGION], hill walking, baking.'],
    ["Hobbies — bell-ringing at St Oswald's, cycling.", 'Hobbies — [RELIGION], cycling.'],
    ['Member, Leeds Hebrew Congregation', '[RELIGION]'],
    ['Having been raised a Methodist, I value service.', 'Having been [RELIGION], I value service.'],
    ['I wear a turban and keep my hair uncut.', 'I [RELIGION] and [RELIGION].'],
    ['Time off for Diwali and Navratri would be appreciated.', 'Time off for [RELIGION] would be appreciated.'],
    ["I'm an elder at the Kingdom Hall.", "I'm an [RELIGION]."],
    ['I teach at a madrassa at weekends.', 'I teach at a [RELIGION].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'Chaplaincy assistant, Royal Infirmary (2019-2022)',
    'I worked with the chaplaincy team to meet the religious and cultural needs of patients.',
    'I ran Ramadan medication reviews for Muslim patients.',
    'I audited diabetes care for patients who fast during Ramadan.',
    'I supported staff who were fasting during Ramadan with shift swaps.',
    'I covered the Eid rota so colleagues could be with their families.',
    "I co-ordinated the hospital's interfaith prayer room refurbishment.",
    'Patients who wear a hijab were offered a female clinician.',
    "I led end-of-life care that respected each family's faith and customs.",
    'Bereavement support, including faith-sensitive care after death.',
    'I have a strong faith in multidisciplinary teamwork.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('addresses without a postcode, or split over lines and columns', () => {
  // Where the writer lives, without a postcode, wrapped by the layout or in a column beside another; a place of work stays.
  test.each([
    ['Address: 14 Willow Bank, Meanwood, Leeds', 'Address: [ADDRESS]'],
    ['Jane Doe\nFlat 2\n37 Kingsley Road\nHandsworth\nBirmingham\n07700 900123', '[CANDIDATE]\n[ADDRESS]\n[PHONE]'],
    ['Kate Smith\n12 Ashgrove Terrace          PROFILE\nKillingworth                 Experienced dispenser with\nNewcastle upon Tyne          six years in community pharmacy.', '[CANDIDATE]\n[ADDRESS]          PROFILE\n[ADDRESS]                 Experienced dispenser with\n[ADDRESS]          six years in community pharmacy.'],
    ['Jo Bloggs\nCONTACT                 screening and travel\n07700 900528            immunisations.\nFlat 3, 22 Lipson Road\nPlymouth                EXPERIENCE\npl4 8rp                 Practice Nurse', '[CANDIDATE]\nCONTACT                 screening and travel\n[PHONE]            immunisations.\n[ADDRESS]\n[ADDRESS]                EXPERIENCE\n[POSTCODE]                 Practice Nurse'],
    ['I live in Walkley, a short bus ride from the hospital.', 'I live in [ADDRESS], a short bus ride from the hospital.'],
    ['Our home in Kirkstall is ten minutes from the site.', 'Our home in [ADDRESS] is ten minutes from the site.'],
    ["I'm based in Heaton Moor, Stockport.", "I'm based in [ADDRESS]."],
    ['I am happy to provide references. I can be contacted by post at 9 Osborne Terrace, Swindon, SN1 3LE.', 'I am happy to provide references. I can be contacted by post at [ADDRESS], [POSTCODE].'],
    ['For your forms: I live at Ropewalk\nCottage, Mevagissey pl266ru. Call me.', 'For your forms: I live at [ADDRESS] [POSTCODE]. Call me.'],
    ['My husband and our daughter live with me in\nCamborne (TR14 8RN).', '[MARITAL STATUS] and [FAMILY] live with me in\n[ADDRESS] ([POSTCODE]).'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'The practice is based in Walkley and serves 12,000 patients.',
    'Our home visits in Kirkstall cover 40 patients.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('family and caring in free sentences', () => {
  // Children, partners and caring in free sentences and in a CV's timeline; family services and a panel's job titles stay.
  test.each([
    ['I am mum to two boys.', 'I am [FAMILY].'],
    ['Since my daughter started school I have returned to full-time hours.', 'Since [FAMILY] I have returned to full-time hours.'],
    ['As a single dad, I understand juggling commitments.', 'As a [MARITAL STATUS], I understand juggling commitments.'],
    ['I care for my disabled brother at weekends.', 'I [FAMILY].'],
    ['I have three grandchildren whom I look after on Wednesdays.', 'I have [FAMILY] on Wednesdays.'],
    ['We adopted our son in 2021.', 'We [FAMILY] in 2021.'],
    ['My wife and I are expecting our first child in March.', '[MARITAL STATUS] and I are [PARENTAL LEAVE] [FAMILY] [PARENTAL LEAVE].'],
    ['My two boys keep me busy outside work.', '[FAMILY].'],
    ['Married with three children.', '[MARITAL STATUS] with [FAMILY].'],
    ["I'm a grandmother of four.", "I'm a [FAMILY]."],
    ['Career break 2016-2018 (childcare)', 'Career break 2016-2018 ([FAMILY])'],
    ['Career gap: parenting', 'Career gap: [FAMILY]'],
    ['When my youngest went to university I returned to nursing.', 'When [FAMILY] I returned to nursing.'],
    ['Having brought up three children on my own, I am organised.', 'Having [FAMILY], I am organised.'],
    ['I look after my nan, who has dementia.', 'I [FAMILY], who has [HEALTH].'],
    ["We're a forces family.", "We're [FAMILY]."],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'Family Nurse Partnership nurse, Bradford (2018-2021)',
    "Outreach worker at a Children's Centre in Hulme.",
    'I supported families of children with autism through the EHCP process.',
    'Maternity support worker on a busy labour ward.',
    "I am the carers' lead for the practice and run young carers' assessments.",
    'Health visitor in the 0-19 service, supporting new parents.',
    'Safeguarding children level 3; Looked After Children nurse.',
    'Career break (travel)',
    'Gap year: travelling in Peru',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('health and disability in passing', () => {
  // A condition told in passing, as the time of the writer's change; care the writer gives for it stays.
  test.each([
    ["I have lived with Crohn's disease since my twenties.", 'I have lived with [HEALTH].'],
    ["I'm partially sighted and use screen-reading software.", "I'm [HEALTH]."],
    ['Following a stroke in 2020 I retrained as a care coordinator.', 'Following [HEALTH] I retrained as a care coordinator.'],
    ['After my heart attack, I changed my lifestyle.', 'After [HEALTH], I changed my lifestyle.'],
    ['I use a wheelchair outside the house.', 'I [HEALTH] outside the house.'],
    ['As someone with ADHD, I use lists to stay organised.', 'As someone with [HEALTH], I use lists to stay organised.'],
    ['I am a type 1 diabetic.', 'I am [HEALTH].'],
    ['I had long COVID for a year.', 'I had [HEALTH].'],
    ['I returned to work after a hip replacement.', 'I returned to work after a [HEALTH].'],
    ['I am epileptic but have been seizure-free for five years.', 'I am [HEALTH] but [HEALTH].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I completed learning disability annual health checks.',
    'I processed wheelchair service referrals.',
    'I trained staff on caring for patients with dementia.',
    'I worked night shifts on a stroke unit for three years.',
    'Following a stroke, patients need early mobilisation.',
    'I rehabilitate patients following a stroke on the ward.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('place of birth and regional identity', () => {
  // Where the writer was born or grew up, and a regional identity; a figure of speech and communities served stay.
  test.each([
    ['I was born and raised in Accra.', 'I was born and raised in [PLACE OF ORIGIN].'],
    ['A proud Geordie, I moved south for university.', 'A proud [PLACE OF ORIGIN], I moved south for university.'],
    ['Growing up in rural Punjab, I saw how far people travelled for care.', 'Growing up in rural [PLACE OF ORIGIN], I saw how far people travelled for care.'],
    ['Originally from Lahore, I completed my nursing degree in Manchester.', 'Originally from [PLACE OF ORIGIN], I completed my nursing degree in Manchester.'],
    ['As a Scouser, I value humour on a busy ward.', 'As a [PLACE OF ORIGIN], I value humour on a busy ward.'],
    ["I'm a Yorkshire lass through and through.", "I'm a [PLACE OF ORIGIN]."],
    ['Birthplace: Kampala', 'Birthplace: [PLACE OF ORIGIN]'],
    ['I love my home city of Lagos.', 'I love my home city of [PLACE OF ORIGIN].'],
    ['As a native of Glasgow, I know its communities.', 'As a native of [PLACE OF ORIGIN], I know its communities.'],
    ['I spent my childhood in Nairobi before moving to London.', 'I spent my childhood in [PLACE OF ORIGIN] before moving to London.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I was born to be a nurse, and patients come first.',
    'Experience with Gypsy, Roma and Traveller communities.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('arrival and immigration history', () => {
  // The writer's (or their family's) arrival in the UK with its when and where from; others' status, and moves within the UK, stay.
  test.each([
    ['I am from Masvingo,\nZimbabwe and came to UK in 2003. I am a widower.', 'I am from [PLACE OF ORIGIN] and [IMMIGRATION STATUS]. I am [MARITAL STATUS].'],
    ['D.O.B.: 09-Jan-1995.  Came to the UK from Huế in 2009. Buddhist; vegetarian.', 'D.O.B.: [DATE OF BIRTH].  [IMMIGRATION STATUS]. [RELIGION]; vegetarian.'],
    ['I came to the UK in 2003 to join my husband.', 'I [IMMIGRATION STATUS] to join [MARITAL STATUS].'],
    ['My parents moved to Britain in March 1987, and I was born in Leicester.', '[FAMILY] [IMMIGRATION STATUS], and I was born in [PLACE OF ORIGIN].'],
    ['My parents brought me to Britain as a baby.', '[FAMILY] [IMMIGRATION STATUS].'],
    ['I came over from Kerala in 2005 as a staff nurse.', 'I [IMMIGRATION STATUS] as a staff nurse.'],
    ['My dad came over from Sylhet in the eighties to work in a restaurant.', '[FAMILY] [IMMIGRATION STATUS] to work in a restaurant.'],
    ['I arrived as an asylum seeker in 2011 and was granted refugee status in 2013.', '[IMMIGRATION STATUS].'],
    ['I hold pre-settled status under the EU Settlement Scheme.', '[IMMIGRATION STATUS].'],
    ['Since arriving in the UK in 2016 on a Health and Care Worker visa, I have worked in theatres.', '[IMMIGRATION STATUS], I have worked in theatres.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I helped patients apply to the EU Settlement Scheme.',
    'I helped refugees apply for settled status through a local charity.',
    'I set up a refugee and asylum seeker health clinic.',
    'I arranged interpreters for newly arrived families.',
    'I supported families who arrived in the UK last year.',
    'I moved to Scotland in 2019 for a band 6 post.',
    'The ward moved over to the new system.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
describe("the writer's age at an event, grown up", () => {
  // "when I was 28" beside a year gives the year of birth: only the age goes, as a child's does.
  test.each([
    ['I moved to Southampton in 2016 when I was 28, so I know the system is hard.', 'I moved to Southampton in 2016 when I was [AGE], so I know the system is hard.'],
    ['I started nursing when I was nineteen.', 'I started nursing when I was [AGE].'],
    ["I've worked in care since I was 17.", "I've worked in care since I was [AGE]."],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each(['Women are invited for screening at the age of 50.', 'When I was 3 months into the post I took on the audit.'])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
