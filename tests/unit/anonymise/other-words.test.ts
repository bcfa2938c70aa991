import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 14: faith, family, origin and health told in other words than the corpus's: rites and
// recitation, what a faith is to the writer, dress and where it is done; caring shared, school runs,
// step- and foster parents, a birth due; the part of a country and where the writer was schooled;
// symptoms, aids, therapy seen and conditions said with a verb. Fresh cases, none from a corpus;
// each line is the whole output, so the spans and placeholders are exact.
describe('faith: a rite with its verb, what the faith is to the writer, recitation, dress, a saint’s church after an office', () => {
  test.each([
    ['I converted to Islam in 2016.', 'I [RELIGION] in 2016.'],
    ['I was confirmed in the Catholic Church at fourteen.', 'I was [RELIGION] at [AGE].'],
    ['I was brought up a Quaker and still attend Meeting for Worship.', 'I was [RELIGION] and [RELIGION].'],
    ['My Christian faith underpins the way I care for people.', 'My [RELIGION] underpins the way I care for people.'],
    ['Every morning I recite the Gayatri mantra before my shift.', 'Every morning I [RELIGION] before my shift.'],
    ['I cover my hair for religious reasons and would wear a theatre cap over my headscarf.', 'I [RELIGION] and would wear a theatre cap over my [RELIGION].'],
    ['I wear a small cross on a chain under my uniform.', 'I [RELIGION] on a chain under my uniform.'],
    ['I am a lay minister at St Cuthbert’s and lead the intercessions on Sundays.', 'I am a [RELIGION] and lead the [RELIGION].'],
    ['I serve as a churchwarden and sit on the parochial church council.', 'I serve as a [RELIGION] and sit on the [RELIGION].'],
    ['Brought up as a Hindu, I am no longer practising.', 'Brought up as a [RELIGION], I am [RELIGION].'],
    ['I do not follow any religion.', 'I do not [RELIGION].'],
    ['I keep the fast on Yom Kippur and leave early on Friday afternoons in winter.', '[RELIGION] and leave early on Friday afternoons in winter.'],
    ['I am an usher at my local Kingdom Hall.', 'I am an [RELIGION].'],
    ['I took Amrit in 2015 and keep the five articles of faith.', 'I [RELIGION] in 2015 and keep the five [RELIGION].'],
    ['I sing in the choir at Bethesda Chapel, Treorchy; gardening.', 'I [RELIGION]; gardening.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // A role in a charity whose name states no faith stays, and so do faith named in care for patients and a bare "practising" of a profession.
    'Volunteer coordinator, Trussell Trust food bank, 2019 to 2022',
    'I set up a prayer room for patients and visitors on the unit.',
    'I am not practising as a pharmacist while I finish my course.',
    'I was confirmed in post as Band 7 in 2021.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('family and caring: care shared, school runs, step- and foster parents, a birth due, a spouse by who they are', () => {
  test.each([
    ['I share the care of my disabled brother with my sister.', 'I [FAMILY] with [FAMILY].'],
    ['My nan lives with us and I share her care with my aunt.', '[FAMILY] and I [FAMILY] with [FAMILY].'],
    ['I drop my son at breakfast club at 7.45, so an 8.30 start suits me.', 'I [FAMILY] at 7.45, so an 8.30 start suits me.'],
    ['I fit my shifts around the nursery pick-up.', 'I fit my shifts around [FAMILY].'],
    ['I have been a stepparent to my partner’s two daughters for six years.', 'I have been [FAMILY] for six years.'],
    ['I am a foster mum to two teenagers.', 'I am [FAMILY].'],
    ['Baby due in August.', '[PARENTAL LEAVE].'],
    ['I am 30 weeks pregnant, expecting in early June.', 'I am [PARENTAL LEAVE].'],
    ['I have just come back from my second maternity leave.', 'I have [PARENTAL LEAVE].'],
    ['I raised my three boys largely on my own.', 'I [FAMILY].'],
    ['I live with my grandparents and older brother in the same house.', 'I live with [FAMILY] in the same house.'],
    ['Widowed; two grandkids.', '[MARITAL STATUS]; [FAMILY].'],
    ['As an Army wife I have moved every two years.', 'As [FAMILY] I have moved every two years.'],
    ['Husband and I run a small allotment.', '[MARITAL STATUS] and I run a small allotment.'],
    ['I moved here with my wife, also a nurse, in 2019.', 'I moved here with [MARITAL STATUS], in 2019.'],
    ['I support my mum, who lives alone, with her shopping.', 'I [FAMILY], who lives alone, with their shopping.'],
    ['I am newly engaged and getting married next summer.', 'I am [MARITAL STATUS] and [MARITAL STATUS].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I supported a colleague returning from maternity leave with a phased timetable.',
    'I worked in the antenatal clinic supporting pregnant women with diabetes.',
    'Maternity support worker, community maternity service',
    'I care for patients with learning disabilities and their parents.',
    'I collect bloods from the community hospital on Tuesdays.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('origin: the part of a country after a place, where the writer was schooled or grew up, labelled places', () => {
  test.each([
    ['I grew up in Kumasi, in the Ashanti Region of Ghana, and trained in Leeds.', 'I grew up in [PLACE OF ORIGIN], and trained in Leeds.'],
    ['I am from Galway, on the west coast of Ireland.', 'I am from [PLACE OF ORIGIN].'],
    ['My parents are from Mirpur in Pakistani Kashmir.', '[FAMILY] [PLACE OF ORIGIN].'],
    ['I grew up between Lagos and London.', 'I grew up between [PLACE OF ORIGIN].'],
    ['I finished secondary school in Harare before coming to the UK to study nursing.', 'I finished secondary school in [PLACE OF ORIGIN] before [IMMIGRATION STATUS] to study nursing.'],
    ['I was educated in Sri Lanka up to A level.', 'I was educated in [PLACE OF ORIGIN] up to A level.'],
    ['I spent my first twenty years in Chennai.', 'I spent my first twenty years in [PLACE OF ORIGIN].'],
    ['I did my secondary schooling in Onitsha.', 'I did my secondary schooling in [PLACE OF ORIGIN].'],
    ['My childhood was split between Karachi and Jeddah.', 'My childhood was split between [PLACE OF ORIGIN].'],
    ['Born: Lusaka, Zambia', 'Born: [PLACE OF ORIGIN]'],
    ['Hometown: Port Harcourt', 'Hometown: [PLACE OF ORIGIN]'],
    ['Nationality — Filipino', 'Nationality — [NATIONALITY]'],
    ['Religion – Sikh', 'Religion – [RELIGION]'],
    ['My passport is Indian.', 'My passport is [NATIONALITY].'],
    ['I came to the UK on the BN(O) route in 2021.', '[IMMIGRATION STATUS].'],
    ['I first came to Britain as a student in 2009 and stayed.', 'I first [IMMIGRATION STATUS] and stayed.'],
    ['My parents came to Luton as asylum seekers in 1999.', '[FAMILY] [IMMIGRATION STATUS].'],
    ['I was raised in Ibadan, where I was born.', 'I was raised in [PLACE OF ORIGIN], where I was born.'],
    ['Nigerian-born (Enugu); British since 2015.', '[NATIONALITY] ([PLACE OF ORIGIN]); [NATIONALITY].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I hold a nursing degree gained in the Philippines, recognised by the NMC.',
    'Fluent in Punjabi and Urdu, used daily with patients.',
    'I speak Tagalog and Ilocano.',
    'Right-to-work checks for Skilled Worker visa holders were part of my HR role.',
    'I trained in the Lake District and worked in the South West Region.',
    'I moved to Leeds as a student in 2010.',
    'I finished school in September and started nursing.',
    'Our patients are newly engaged with the service.',
    'I have spoken English since 2005.',
    'Team leader - Ward 5',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('health: symptoms in the writer’s body, aids carried or used, therapy seen, conditions said with a verb', () => {
  test.each([
    ['I take medication for epilepsy and have been seizure-free for five years.', 'I take [HEALTH] and [HEALTH].'],
    ['Following a stroke in 2021, I have mild weakness in my left hand.', 'Following [HEALTH], I have [HEALTH].'],
    ['I stammer, and I may take a moment longer to answer the phone.', 'I [HEALTH], and I may take a moment longer to answer the phone.'],
    ['I use a BSL interpreter for meetings.', 'I [HEALTH] for meetings.'],
    ['I need a chair with lumbar support because of a back injury.', 'I need a chair with lumbar support because of [HEALTH].'],
    ['I have a colostomy and need access to a private toilet.', 'I have a [HEALTH] and need access to a private toilet.'],
    ['I see a counsellor fortnightly for anxiety.', 'I [HEALTH].'],
    ['I attend physiotherapy weekly for a knee injury.', 'I [HEALTH].'],
    ['I have a heart condition and carry a GTN spray.', 'I have [HEALTH].'],
    ['I am partially sighted and use screen magnification software.', 'I am [HEALTH].'],
    ['I have a prosthetic leg below the knee.', 'I have a [HEALTH].'],
    ['I have had two bouts of depression, both well managed.', 'I have had [HEALTH].'],
    ['I’m on the autism spectrum.', 'I’m [HEALTH].'],
    ['I have type 1 diabetes, managed with a pump and a sensor.', 'I have [HEALTH].'],
    ['I use a standing desk because of sciatica.', 'I use a standing desk because of [HEALTH].'],
    ['My dad has vascular dementia and I visit him daily.', '[FAMILY] [HEALTH] and I visit them daily.'],
    ['I had surgery for bowel cancer in 2018 and have been well since.', 'I had [HEALTH] and have [HEALTH].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I adapted communication for deaf patients using BSL interpreters.',
    'I worked on a stroke unit and a colostomy clinic.',
    'I fitted hearing aids and trained patients to use them.',
    'I support patients with sickle cell disease through crises.',
    'I see patients weekly for wound care.',
    'I assessed pain in my patients after hip surgery.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
