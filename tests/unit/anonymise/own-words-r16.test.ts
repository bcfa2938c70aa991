import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 16 (helper anonymiser-25): fresh wordings written before reading the tuned slice's misses, in
// the ways applicants tell health, origin, arrival, faith, orientation and family in their own
// sentences; none is from the corpus. Each reading asks who the sentence is about (the writer and
// their household, not patients or a service), what kind of detail it is, and where it ends.

describe('health told in the writer’s own sentences', () => {
  // A frame that makes the writer the one with the condition: their own experience, "as someone with",
  // a participle opening their clause, "myself" after it, their medicine and what it is for, their operation.
  test.each([
    ['My own experience of depression taught me how lonely recovery can be.', 'My own experience of [HEALTH] taught me how lonely recovery can be.'],
    ['I draw on first-hand experience with anxiety when I triage.', 'I draw on first-hand experience with [HEALTH] when I triage.'],
    ['As someone with dyslexia, I plan my documentation carefully.', 'As someone with [HEALTH], I plan my documentation carefully.'],
    ['As a practice nurse living with epilepsy, I know what a seizure plan means.', 'As a practice nurse living with [HEALTH], I know what a seizure plan means.'],
    ['Living with ulcerative colitis has made me patient with patients.', 'Living with [HEALTH] has made me patient with patients.'],
    ['Having lived with anxiety since my teens, I understand how hard it is to ask for help.', 'Having lived with [HEALTH], I understand how hard it is to ask for help.'],
    ['Having had a mastectomy myself, I understand body image.', 'Having had [HEALTH] myself, I understand body image.'],
    ['Being deaf in one ear, I sit on the left in meetings.', 'Being [HEALTH], I sit on the left in meetings.'],
    ['As a breast cancer survivor, I know the pathway.', 'As a [HEALTH], I know the pathway.'],
    ["I'm a cancer survivor.", "I'm [HEALTH]."],
    ['I am on medication for an underactive thyroid.', 'I am on [HEALTH].'],
    ['I take tablets for my blood pressure and it has never affected my work.', 'I take [HEALTH] and it has never affected my work.'],
    ['After my surgery last year I returned to full duties.', 'After [HEALTH] I returned to full duties.'],
    ['Since my diagnosis in March, I have paced my shifts.', 'Since [HEALTH], I have paced my shifts.'],
    ['Following my heart operation in 2021 I retrained as a care coordinator.', 'Following my [HEALTH] I retrained as a care coordinator.'],
    ['I have had OCD for most of my adult life.', 'I have had [HEALTH] for most of my adult life.'],
    ['I have ME and work part-time.', 'I have [HEALTH] and work part-time.'],
    ['I experience panic attacks occasionally.', 'I experience [HEALTH] occasionally.'],
    ['I was born with a cleft palate.', 'I was born with a [HEALTH].'],
    ['I have a severe nut allergy.', 'I have a [HEALTH].'],
    ['I had a period of ill health in 2021.', 'I had [HEALTH].'],
    ['I had postnatal depression after my daughter was born.', 'I had [HEALTH] after [FAMILY].'],
    ["I've been in therapy for my eating disorder.", "I've been in therapy for my [HEALTH]."],
    ['Getting my dyslexia diagnosis at university changed everything.', 'Getting my [HEALTH] at university changed everything.'],
    ['I lost my hearing after meningitis.', 'I [HEALTH].'],
    ['Type 2 diabetic, diet controlled.\nFull driving licence.', '[HEALTH].\nFull driving licence.'],
    ['Personal\n• Asthmatic (well controlled)', 'Personal\n• [HEALTH]'],
    // Where the disclosure ends: how the writer manages it, the treatment they finished, what it is like.
    ['I have type 1 diabetes and manage it with an insulin pump.', 'I have [HEALTH].'],
    ['I was diagnosed with MS in 2018; it is relapsing-remitting and currently stable.', 'I was [HEALTH].'],
    ['I had breast cancer in 2019 and finished treatment in 2020.', 'I had [HEALTH].'],
    ['I live with depression, which I manage with medication and regular exercise.', 'I live with [HEALTH].'],
    ["I have Crohn's disease, which flares up occasionally.", 'I have [HEALTH].'],
    ['I was diagnosed with ADHD last year and now take medication.', 'I was [HEALTH].'],
    ['I have a stammer; it is mild and I mention it only so the panel knows.', 'I have [HEALTH] and I mention it only so the panel knows.'],
    ['I have a hearing impairment and use hearing aids in both ears.', 'I have a [HEALTH].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  // Conditions named in work, services, courses and a job title stay; so does experience at work.
  test.each([
    'I run the diabetes clinics on Tuesdays.',
    'I supported patients with depression through guided self-help.',
    "I learned BSL to meet the Deaf community's access needs.",
    'I completed a Diploma in Diabetes Care at Warwick.',
    'I referred patients to Talking Therapies for anxiety.',
    'I assisted in hip replacement surgery as a scrub nurse.',
    'As a stroke nurse I run thrombolysis.',
    'As a diabetes specialist nurse I run clinics.',
    'Being a diabetes educator, I teach patients.',
    'I updated the latex allergy policy.',
    'I ran the postnatal depression screening.',
    'I completed cancer treatment training.',
    'I delivered generalised anxiety groups for patients.',
    'Since my surgery opened a second site, I have managed both.',
    'After a diagnosis, I refer patients to the team.',
    'I prescribe medication for hypertension in the practice.',
    'Adjustments for staff with dyslexia were arranged through occupational health.',
    'I run diabetes clinics and manage them with the HCA.',
    'I supported patients with asthma and took inhaler technique sessions.',
    'I teach sepsis recognition to HCAs.',
    'Diabetes clinics: 200 patients a year.',
    'Deaf awareness training, 2021.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('origin, arrival and family told in passing', () => {
  // Upbringing between places, an arrival from abroad or in a nation of the UK, the writer as a parent or foster
  // carer, a wedding to come, a named child's age; a move from a workplace and patients' arrival stay.
  test.each([
    ['Growing up between Harare and Leeds taught me a lot.', 'Growing up between [PLACE OF ORIGIN] taught me a lot.'],
    ['After arriving from Zimbabwe I completed my OSCE.', 'After arriving from [PLACE OF ORIGIN] I completed my OSCE.'],
    ['When I first arrived in England I worked as a carer.', 'When I first [IMMIGRATION STATUS] I worked as a carer.'],
    ['As a mum, I know how hard appointments are.', 'As a [FAMILY], I know how hard appointments are.'],
    ['As a new dad I value flexible rotas.', 'As a [FAMILY] I value flexible rotas.'],
    ['We are foster carers.', 'We are [FAMILY].'],
    ['We are planning to marry next year.', 'We are [MARITAL STATUS].'],
    ['I got engaged last month.', 'I [MARITAL STATUS].'],
    ['We have a son, Kwame, who is nine years old, and a daughter.', 'We have [FAMILY], [NAME 1], [FAMILY], and [FAMILY].'],
    ['I hail from a small village in County Mayo.', 'I hail from a small village in [PLACE OF ORIGIN].'],
    ['My early years were spent in Kampala.', 'My early years were spent in [PLACE OF ORIGIN].'],
    ['I am the son of Polish immigrants.', 'I am the son of [NATIONALITY].'],
    ['I have lived in the UK since 2009.', 'I have [IMMIGRATION STATUS].'],
    ['I have been in Britain for nine years.', 'I have [IMMIGRATION STATUS].'],
    ['Before moving to the UK I nursed in Kerala for ten years.', 'Before [IMMIGRATION STATUS] I nursed in Kerala for ten years.'],
    ['After coming to the UK, I worked as a carer.', 'After [IMMIGRATION STATUS], I worked as a carer.'],
    ['I was raised Catholic in Cork.', 'I was [RELIGION] in [PLACE OF ORIGIN].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I came from Leeds General Infirmary to the practice.',
    "Arriving from St James's Hospital, I joined the team.",
    'Families arriving in England need support with registration.',
    'I moved to Leeds as a student and stayed.',
    'As a parent governor I sat on interview panels.',
    'I trained foster carers in first aid.',
    'My mentor, who was a health visitor, inspired me.',
    'I supported patients who live alone with their shopping.',
    'I ran early years sessions in Leeds.',
    'I worked with Polish immigrants in Boston.',
    'I have worked in the UK for twelve years.',
    "I've been here since 2015 and love Leeds.",
    'Before moving to the UK, patients in my ward were mostly elderly.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('orientation and gender identity: coming out', () => {
  // Coming out as gay or bisexual tells orientation, as trans a gender identity, each with its own type
  // and never cut inside a word ("bi" is not "bisexual"'s first letters).
  test.each([
    ['I came out as bisexual at university.', 'I [SEXUAL ORIENTATION] at university.'],
    ['I came out as gay at work in 2015.', 'I [SEXUAL ORIENTATION].'],
    ['I came out as bi to my family.', 'I [SEXUAL ORIENTATION].'],
    ['I came out as trans in 2019.', 'I [GENDER].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each(['I supported LGBT+ patients through the gender identity clinic referral process.', 'The bistro came out as the team’s favourite.'])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
