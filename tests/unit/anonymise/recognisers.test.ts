import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';
import type { AnonymiseOptionsInput } from '../../../lib/anonymise/anonymise-options';

const ALL: AnonymiseOptionsInput = { education: 'redact', employers: 'redact', jobTitle: 'redact', experienceYears: 'redact' };
const redact = (text: string, options: AnonymiseOptionsInput = {}) => anonymise(text, options).text;

describe('contact details', () => {
  test.each([
    ['Email me at amina.okafor@example.com or a.okafor+jobs@nhs.net.', 'Email me at [EMAIL] or [EMAIL].'],
    ['Mobile +44 (0)7700 900123, home 020 7946 0958.', 'Mobile [PHONE], home [PHONE].'],
    ['Call 07700 900 123 or 07700900123 or (0113) 496 0123.', 'Call [PHONE] or [PHONE] or [PHONE].'],
    ['Tel: 0161-496-0789 | +447700900456 | 0044 7700 900789', 'Tel: [PHONE] | [PHONE] | [PHONE]'],
    ['Nigerian mobile +234 803 555 0199.', 'Nigerian mobile [PHONE].'],
    ['Reception: 0800 123 4567.', 'Reception: [PHONE].'],
    ['Profile: linkedin.com/in/amina-okafor and https://www.example.com/cv.pdf.', 'Profile: [URL] and [URL].'],
    ['Follow @AminaGP on X.', 'Follow [URL] on X.'],
    // An address the layout broke over two lines, at the "@" or at a dot; a sentence that ends a line is no address.
    ['E-mail: kwabena.asante@\nexample.co.uk | Leeds', 'E-mail: [EMAIL] | Leeds'],
    ['Contact: h.nowak@example.\norg or by phone.', 'Contact: [EMAIL] or by phone.'],
    ['I trained at St Luke’s.\nThe course ran for two years.', 'I trained at St Luke’s.\nThe course ran for two years.'],
    ['Profile: linkedin.com/in/ngozi-eze.\nngozi.eze@example.com', 'Profile: [URL].\n[EMAIL]'],
    // The country code without its plus, the letter O for zero, a number the layout wrapped.
    ['WhatsApp 44 7700 900 415 or 44-20-7946-0321', 'WhatsApp [PHONE] or [PHONE]'],
    ['Mob: O77OO 9OO 561 | home 0113 496 O812', 'Mob: [PHONE] | home [PHONE]'],
    ['Contact details: 07700 900\n672 (evenings)', 'Contact details: [PHONE] (evenings)'],
    ['Phone (0161)\n496 0734', 'Phone [PHONE]'],
    // Not phone numbers: years, dates, a 2-2 grade, 44 in a count, a line of years and a list of codes.
    ['2019 – 2023, 01/02/2003, Band 7', '2019 – 2023, 01/02/2003, Band 7'],
    ['I managed 44 staff across 7700 appointments.', 'I managed 44 staff across 7700 appointments.'],
    ['Practice Nurse 2019 – 2021\n2021 – 2024 Lead Nurse', 'Practice Nurse 2019 – 2021\n2021 – 2024 Lead Nurse'],
    ['Room OO1 and Ward 10, ODP grade O', 'Room OO1 and Ward 10, ODP grade O'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('addresses and postcodes', () => {
  test.each([
    ['Address: 14 Acacia Avenue, Leeds LS6 2AB', 'Address: [ADDRESS] [POSTCODE]'],
    ['Amina Okafor\n14 Acacia Avenue\nHeadingley\nLeeds\nLS6 2AB\n\nProfile\nGP.', '[CANDIDATE]\n[ADDRESS]\n[POSTCODE]\n\nProfile\nGP.'],
    ['Grace Mensah\nFlat 3, 27 Mill Lane, Didsbury, Manchester M204PQ | 07700 900 234', '[CANDIDATE]\n[ADDRESS] [POSTCODE] | [PHONE]'],
    ['Postcode LS6 2AB or DN551PT; not M1 1CA.', 'Postcode [POSTCODE] or [POSTCODE]; not M1 1CA.'],
    // Where someone lives, after whom they live with; a clause about someone else, or a new verb, stays.
    ['Personal\nI live with my aunt and my two sons in Moss Side, ten minutes from the hospital.', 'Personal\nI live with [FAMILY] in [ADDRESS], ten minutes from the hospital.'],
    ['Personal\nI live with my flatmate, who works in Radiology, and cycle in.', 'Personal\nI live with my flatmate, who works in Radiology, and cycle in.'],
    ['Personal\nI live with my brother and volunteer in Outpatients.', 'Personal\nI live with [FAMILY] and volunteer in Outpatients.'],
    // A workplace address in the body keeps its street; its postcode still goes.
    ['Profile\nI work at Riverside Surgery, 14 Park Road, Leeds LS6 3AB.', 'Profile\nI work at Riverside Surgery, 14 Park Road, Leeds [POSTCODE].'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('dates of birth, ages and years that reveal age', () => {
  test.each([
    ['Date of birth: 14/03/1985', 'Date of birth: [DATE OF BIRTH]'],
    ['DOB 14.03.85', 'DOB [DATE OF BIRTH]'],
    ['D.O.B.: 3rd March 1979', 'D.O.B.: [DATE OF BIRTH]'],
    ['Born: 12 August 1988', 'Born: [DATE OF BIRTH]'],
    ['I was born in 1979.', 'I was born in [DATE OF BIRTH].'],
    ['Date of birth: 14th March 1998    Age: 27', 'Date of birth: [DATE OF BIRTH]    Age: [AGE]'],
    ['Age: 38', 'Age: [AGE]'],
    ['I am 52 and love my job.', 'I am [AGE] and love my job.'],
    ['I am in my forties.', 'I am in my [AGE].'],
    ['A 45-year-old nurse.', 'A [AGE] nurse.'],
    // Clinical populations are not ages.
    ['NHS Health Checks for patients aged 40 to 74; patients aged 65 and over.', 'NHS Health Checks for patients aged 40 to 74; patients aged 65 and over.'],
    [
      'Education\nBSc Nursing, University of Leeds, 2004 – 2007\nGCSEs, 1999\n\nEmployment\nPractice Nurse, 2007 – present',
      'Education\nBSc Nursing, University of Leeds, [YEAR] – [YEAR]\nGCSEs, [YEAR]\n\nEmployment\nPractice Nurse, 2007 – present',
    ],
    ['I graduated in 2004 and joined the practice in 2010.', 'I graduated in [YEAR] and joined the practice in 2010.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('nationality, origin and ethnicity', () => {
  test.each([
    ['I am a British citizen.', 'I am a [NATIONALITY].'],
    ['Nationality: British', 'Nationality: [NATIONALITY]'],
    ['I hold dual Nigerian and British citizenship.', 'I hold [NATIONALITY].'],
    ['I am Irish.', 'I am [NATIONALITY].'],
    ['Uses the British National Formulary and British Sign Language.', 'Uses the British National Formulary and British Sign Language.'],
    ['I was born in Lagos and grew up in Peckham.', 'I was born in [PLACE OF ORIGIN] and grew up in [PLACE OF ORIGIN].'],
    ['I moved to the UK from the Philippines in 2015.', 'I [IMMIGRATION STATUS].'],
    ['I moved to Southampton from Kuala Lumpur in 2016.', 'I moved to Southampton from [PLACE OF ORIGIN] in 2016.'],
    ['Ethnicity: Black British', 'Ethnicity: [ETHNICITY]'],
    ['I am of Nigerian heritage.', 'I am [ETHNICITY].'],
    ['My family is of Goan heritage.', '[FAMILY] [ETHNICITY].'],
    ['I am a British Bangladeshi woman.', 'I am a [ETHNICITY] [GENDER].'],
    ['Member of the BAME Staff Network.', 'Member of the [ETHNICITY].'],
    ['Improving uptake among older South Asian patients.', 'Improving uptake among older South Asian patients.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('religion', () => {
  test.each([
    ["I volunteer at St Mary's Church every Sunday.", 'I volunteer at [RELIGION].'],
    ['Member of the Muslim Doctors Association.', 'Member of the [RELIGION].'],
    ['Member of the Christian Medical Fellowship (CMF).', 'Member of the [RELIGION].'],
    ['Langar at Guru Nanak Gurdwara during Vaisakhi.', '[RELIGION] at [RELIGION] during [RELIGION].'],
    ['I help at my local mosque.', 'I help at my local [RELIGION].'],
    ['During Ramadan I run fasting clinics.', 'During [RELIGION] I run fasting clinics.'],
    // Practice described, not named: what someone eats, wears or avoids for their faith.
    ['On placement I only eat halal, so I bring my own lunch.', 'On placement [RELIGION], so I bring my own lunch.'],
    ['I wear a kara, which I tape over for aseptic procedures.', 'I [RELIGION], which I tape over for aseptic procedures.'],
    ['I do not drink alcohol for religious reasons.', 'I [RELIGION].'],
    // Streets and practices named after churches stay.
    ['Church Road Surgery, Church Street Medical Centre.', 'Church Road Surgery, Church Street Medical Centre.'],
    // Diets and practices offered to patients stay.
    ['We offer halal and kosher meal choices; I audited how patients fast before surgery.', 'We offer halal and kosher meal choices; I audited how patients fast before surgery.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('family, marital status and parental leave', () => {
  test.each([
    ['I am married with two children aged 4 and 7.', 'I am [MARITAL STATUS] with [FAMILY].'],
    ['Marital status: Single', 'Marital status: [MARITAL STATUS]'],
    ['My husband and I enjoy walking.', '[MARITAL STATUS] and I enjoy walking.'],
    ['I am a mother of three.', 'I am a [FAMILY].'],
    ['As a mother of three I understand.', 'As a [FAMILY] I understand.'],
    ['I am a widower with two grown-up daughters and four grandchildren.', 'I am [MARITAL STATUS] with [FAMILY].'],
    ['I returned from maternity leave in 2022.', 'I [PARENTAL LEAVE].'],
    ['I am engaged to be married next summer.', 'I am [MARITAL STATUS].'],
    // Clinical work with children and families stays.
    ['Mother and baby clinics; safeguarding children level 3; childhood immunisations.', 'Mother and baby clinics; safeguarding children level 3; childhood immunisations.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('immigration status and right to work', () => {
  test.each([
    ['I have indefinite leave to remain.', '[IMMIGRATION STATUS].'],
    ['I have ILR.', '[IMMIGRATION STATUS].'],
    // A sentence wrapped over a line in PDF text is read whole; the clause after "and I" stays.
    [
      'Profile\nI trained in Manila and worked in Riyadh for six years. I joined the trust last spring on a Skilled\nWorker visa and I am keen to move into a Band 6 Charge Nurse role.',
      'Profile\nI trained in Manila and worked in Riyadh for six years. [IMMIGRATION STATUS] and I am keen to move into a Band 6 Charge Nurse role.',
    ],
    // Routes named by how someone came, not by a visa.
    ['We joined my father here through family reunion in 2011.', '[IMMIGRATION STATUS].'],
    ['I was resettled through the Homes for Ukraine scheme.', '[IMMIGRATION STATUS].'],
    ['My family was resettled under ARAP in 2021, so I know the asylum system.', '[IMMIGRATION STATUS], so I know the asylum system.'],
    // A short line is no wrapped sentence: the next line's clause stays.
    ['Visa\nI hold a BRP.\nwilling to work nights and weekends', 'Visa\n[IMMIGRATION STATUS].\nwilling to work nights and weekends'],
    ['I came to Leeds in 2012, and I have settled status under the EU Settlement Scheme.', 'I came to Leeds in 2012, and [IMMIGRATION STATUS].'],
    ['I am on a Tier 2 visa and will need sponsorship.', '[IMMIGRATION STATUS].'],
    ['I have the right to work in the UK.', '[IMMIGRATION STATUS].'],
    ['Visa status: Skilled Worker', 'Visa status: [IMMIGRATION STATUS]'],
    // HR work is not the candidate's status.
    ['I carried out right to work checks for new starters.', 'I carried out right to work checks for new starters.'],
    ['Sponsorship of the practice fun run raised £800.', 'Sponsorship of the practice fun run raised £800.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('trade union membership', () => {
  test.each([
    ['Other\nUNISON workplace steward, Ward 2, Riverside Hospital (2017-2020)', 'Other\n[TRADE UNION], Ward 2, Riverside Hospital (2017-2020)'],
    ['Other\nI am the GMB rep for the catering team.', 'Other\nI am the [TRADE UNION].'],
    ['Other\nTrade union: Unite', 'Other\nTrade union: [TRADE UNION]'],
    ['Other\nI met the UNISON steward to agree the rota.', 'Other\nI met the UNISON steward to agree the rota.'],
    ['Other\nI completed the RCN competencies for travel health.', 'Other\nI completed the RCN competencies for travel health.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('other labelled personal fields', () => {
  test.each([
    ['Title: Mrs', 'Title: [TITLE]'],
    ['Gender: Female', 'Gender: [GENDER]'],
    ['Disability: none', 'Disability: [HEALTH]'],
    ['Sexual orientation: prefer not to say', 'Sexual orientation: [SEXUAL ORIENTATION]'],
    ['Job title: Practice Nurse', 'Job title: Practice Nurse'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('optional types, off by default and on when asked', () => {
  test.each([
    ['Profile\nOver 20 years of experience in general practice.', 'Profile\n[NUMBER OF YEARS] of experience in general practice.'],
    ['Salaried GP\n\nEmployment\nSalaried GP, Riverside Surgery, Leeds (2019 – present)\nGP Registrar, Moor Lane Surgery (2016 – 2019)',
      '[JOB TITLE]\n\nEmployment\n[JOB TITLE], [EMPLOYER], Leeds (2019 – present)\nGP Registrar, [EMPLOYER] (2016 – 2019)'],
    [
      "Education\nBSc Nursing, University of Leeds; MSc, King's College London; A-levels at Leeds Grammar School.",
      'Education\nBSc Nursing, [SCHOOL]; MSc, [SCHOOL]; A-levels at [SCHOOL].',
    ],
    ['Profile\nPharmacist at Boots, then Leeds Teaching Hospitals NHS Trust.', 'Profile\nPharmacist at [EMPLOYER], then [EMPLOYER].'],
    ['Profile\nMember of the Royal College of Nursing.', 'Profile\nMember of the Royal College of Nursing.'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(text);
    expect(redact(text, ALL)).toBe(expected);
  });

  test('an employer named after a partner stays one employer when employers are redacted', () => {
    expect(redact('Profile\nSenior Practice Nurse at Dr Patel & Partners.')).toBe('Profile\nSenior Practice Nurse at Dr [NAME 1] & Partners.');
    expect(redact('Profile\nSenior Practice Nurse at Dr Patel & Partners.', ALL)).toBe('Profile\nSenior Practice Nurse at [EMPLOYER].');
  });
});

describe('addresses in capitals, without a house number, and in blocks above a postcode', () => {
  test.each([
    // A street in capitals, with its district and town.
    ['PATRICK DOYLE\n212 STRATFORD ROAD, SPARKHILL, BIRMINGHAM\n07700 900 311', '[CANDIDATE]\n[ADDRESS]\n[PHONE]'],
    // A Welsh house name and street, a town and a county on the lines above the postcode.
    ['Rhiannon Pugh\nBwthyn Celyn, Ffordd y Llan\nPontypridd\nRhondda Cynon Taf\nCF37 1AB\nrhiannon@example.com', '[CANDIDATE]\n[ADDRESS]\n[POSTCODE]\n[EMAIL]'],
    // A house name on its own line above a street; a district and town on one line after it.
    ['Ahmed Farouk\nThe Old Forge\n3 Mill Lane\nMoss Side, Manchester\n07700 900 312', '[CANDIDATE]\n[ADDRESS]\n[PHONE]'],
    // Where the writer's home is, with an adverb between.
    ['Profile\nI live locally in Stepney and my home is in Mile End.', 'Profile\nI live locally in [ADDRESS] and my home is in [ADDRESS].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // A job title and a heading above a postcode-like line stay; so does a name.
    'Band 5 Staff Nurse\nWard 7\nCardiology\nSW1A 1AA',
    // Where patients live is no home address.
    'Profile\nMany of our patients live locally in Stepney.',
  ])('kept: %j', (text) => {
    const out = redact(text);
    for (const kept of ['Staff Nurse', 'Cardiology', 'Stepney']) if (text.includes(kept)) expect(out).toContain(kept);
  });
});

describe('identifiers broken by columns, handles named after places, other ID numbers and body measures', () => {
  test.each([
    // An address a narrow column broke at a hyphen or a dot, with the other column's text beside each part.
    [
      'Contact                 Skills\nfolake.adeyemi-         Cannulation\nbrown@example.com       Venepuncture',
      'Contact                 Skills\n[EMAIL]         Cannulation\n[EMAIL]       Venepuncture',
    ],
    ['E-mail: dr.k.\nappiah@nhs.net   Mobile: 07700 900 417', 'E-mail: [EMAIL]   Mobile: [PHONE]'],
    ['Email: r.n.okafor-      Languages: Igbo\nuche@example.org        Car driver', 'Email: [EMAIL]      Languages: Igbo\n[EMAIL]        Car driver'],
    // A handle with one underscore and a place after it, in running text.
    ['Profile\nI post recipes for diabetic patients as ngozi_lagos and tips as ama_mcr.', 'Profile\nI post recipes for diabetic patients as [URL] and tips as [URL].'],
    // A national ID number after its label; height and weight with or without a label.
    ['Personal details\nNational ID No: 000451239876\nHeight/Weight: 5\'4" / 61 kg', 'Personal details\nNational ID No: [ID NUMBER]\nHeight/Weight: [HEALTH]'],
    ['Personal details\nHeight 170 cm, weight 9 st', 'Personal details\nHeight [HEALTH], weight [HEALTH]'],
    ['Personal details\nIC No: 010923-08-5521\nI am 5ft 6in and weigh 70kg.', 'Personal details\nIC No: [ID NUMBER]\nI am [HEALTH] and weigh [HEALTH].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // A line of text above an address in the same column is no part of it; a word that ends a sentence neither.
    'Contact                 Skills\nSee below.              Cannulation',
    // Snake-case words with no place after them, and a lifting limit.
    'Profile\nI kept the ward_list and the max_dose sheet; I can lift weights of 25 kg.',
    // A number near "ID" that is short or a year.
    'Profile\nID badge renewed in 2023; Band 6.',
    // "I am" before a number of years or a share is no measure.
    'Profile\nI am 5 years into my nursing career and 100% committed.',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('soft details in more wordings: family, age, faith, origin, language, health, immigration', () => {
  test.each([
    ['Personal\nLiving with girlfriend; I look after my sister-in-law two days a week.', 'Personal\nLiving with [MARITAL STATUS]; I [FAMILY].'],
    ['Personal\nMy dad, who has Parkinson’s and whom I look after most weekends, lives nearby.', 'Personal\n[FAMILY], who has [HEALTH] and [FAMILY], lives nearby.'],
    ['Personal\nMother of triplets (born 2023). I am now 30 weeks pregnant.', 'Personal\n[FAMILY] ([DATE OF BIRTH]). I am [PARENTAL LEAVE].'],
    ['Personal\nWe moved to Bradford at 12 and I left school at sixteen. Male, 44 yrs, single.', 'Personal\nWe moved to Bradford at [AGE] and I left school at [AGE]. Male, [AGE], [MARITAL STATUS].'],
    ['Personal\nI help at the pagoda in Beeston and at Capel Bethesda; our Vesak celebrations are my favourite.', 'Personal\nI help at the [RELIGION] and at [RELIGION]; our [RELIGION] are my favourite.'],
    ['Personal\nSpent my childhood in Multan; my parents were from Mirpur.', 'Personal\nSpent my childhood in [PLACE OF ORIGIN]; [FAMILY] [PLACE OF ORIGIN].'],
    ['Languages\nTigrinya (mother tongue), Amharic (fluent), English.', 'Languages\n[NATIONALITY], Amharic (fluent), English.'],
    ['Personal\nI use speech-to-text software and my Read&Write Gold licence.', 'Personal\nI [HEALTH] and my [HEALTH] licence.'],
    ['Right to work\nBRP valid until 03/2027. I am Kenyan-trained.', 'Right to work\n[IMMIGRATION STATUS]. I am [NATIONALITY].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // Work, not the writer: a clinic time, a language used with patients, speech software the writer sets up for others.
    'Profile\nThe clinic starts at eleven past nine. I speak fluent Polish, used with patients every day.',
    'Profile\nI trained colleagues on the Sunday rota and ran festival first aid at Glastonbury.',
    'Profile\nPatients who came to the clinic at 10 were seen first.',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('faith by practice, place and role, in more traditions', () => {
  test.each([
    ['I go to the masjid on Friday lunchtimes for Jummah and take my break then.', '[RELIGION] and take my break then.'],
    ['I fast during Ramadan and pray at lunchtime; I have never found it a problem.', '[RELIGION] and [RELIGION]; I have never found it a problem.'],
    ['I have always worked full days while fasting.', 'I have always worked full days [RELIGION].'],
    ['Outside work I sing in the choir at St Brigid’s.', 'Outside work I [RELIGION].'],
    ['I lead the women’s fellowship at my Pentecostal church.', 'I lead the [RELIGION].'],
    ['Interests\nDeaconess and choir leader, RCCG Jesus Centre, Luton\nNetball', 'Interests\n[RELIGION]\nNetball'],
    ['Every Sunday I do seva in the langar at our local Singh Sabha.', 'Every Sunday [RELIGION].'],
    ['I help with the Legion of Mary hospital visits.', 'I help with the [RELIGION] hospital visits.'],
    ['I keep my hair uncut and wear a dastar at work.', 'I [RELIGION] and [RELIGION] at work.'],
    ['I wear the hijab and I am a practising Muslim.', 'I [RELIGION] and I am a [RELIGION].'],
    ['I eat only kosher food, which only matters for away-days.', '[RELIGION], which only matters for away-days.'],
    ['I am shomer Shabbat and do not work on Yom Tov.', 'I am [RELIGION] and [RELIGION].'],
    ['I help at the Shree Sanatan Mandir’s Navratri garba every autumn.', 'I help at [RELIGION].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // Employers and a medical school named after saints, where the panel keeps employers and education.
    'Since 2022 I have worked at St Mary’s Hospital; I trained at St George’s, University of London.',
    'Modern Matron, St Andrew’s Healthcare, Northampton',
    // A choir or a fellowship that is no faith's, and fasting that is the patients'.
    'Choir leader, Leeds Hospital Choir',
    'Fellowship of the Higher Education Academy (FHEA); research fellowship at the University of Leeds.',
    'I advised patients on taking metformin while fasting.',
    'During the fast I run clinics on taking medicines safely while fasting.',
    'I observe patients closely during the night.',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('a faith word as a given name heading a CV does not take the next line with it', () => {
    expect(redact('Christian Okafor\nStaff Nurse at Leeds')).toBe('[RELIGION]\nStaff Nurse at Leeds');
  });

  test('an act of worship shared with patients is work: only the faith word goes', () => {
    expect(redact('I went to the temple festival with my patients’ families as part of outreach work.')).toBe(
      'I went to the [RELIGION] with my patients’ families as part of outreach work.',
    );
  });
});

describe('family in more phrasings: possessions, pregnancy, weddings, adoption and fostering, raising children alone', () => {
  test.each([
    ["My wife's nights at the Infirmary mean I do the nursery run.", '[MARITAL STATUS] at the Infirmary mean I do [FAMILY].'],
    ["My husband's job moved us to Swindon.", '[MARITAL STATUS] moved us to Swindon.'],
    ['We are expecting our second in March, so I will need cover.', 'We are [PARENTAL LEAVE], so I will need cover.'],
    ['My husband and I got married last summer.', '[MARITAL STATUS] and I [MARITAL STATUS].'],
    ['I am newly married (we married in Kraków in August).', 'I am [MARITAL STATUS].'],
    ['We are in the middle of adopting, so I may need leave.', 'We are [FAMILY], so I may need leave.'],
    ['My partner and I foster two children.', '[MARITAL STATUS] and I [FAMILY].'],
    ['As a widow bringing up two teenage boys on my own, I value stability.', '[MARITAL STATUS] [FAMILY], I value stability.'],
    ["We don't have children yet.", '[FAMILY].'],
    ['Returned from maternity leave in 2022.', '[PARENTAL LEAVE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // A first language is no relative; a practice's plans and families met at work stay.
    'I speak Arabic as my mother tongue.',
    'Our practice is expecting a CQC visit in March.',
    'I supported families who are fostering a child.',
  ])('kept: %j', (text) => {
    expect(redact(text)).not.toContain('[FAMILY]');
    expect(redact(text)).not.toContain('[MARITAL STATUS]');
  });
});

describe("a people's own organisations and the language the writer grew up with", () => {
  test.each([
    ["I help run the Pakistani Community Association's youth cricket.", 'I help run the [ETHNICITY] youth cricket.'],
    ['I am a trustee of the Croydon Tamil Sangam.', 'I am a trustee of the [ETHNICITY].'],
    ['Nigerian Nurses Charitable Association UK – member', '[ETHNICITY] – member'],
    ['I volunteer at the Syrian community kitchen on Saturdays.', 'I volunteer at the [ETHNICITY] on Saturdays.'],
    ['Punjabi was the language at home, so I can talk with older patients in their first language.', '[NATIONALITY], so I can talk with older patients in their first language.'],
    ['I speak Arabic as my mother tongue, which helps with Arabic-speaking patients.', 'I speak [NATIONALITY], which helps with Arabic-speaking patients.'],
    ['We spoke Twi at home; I grew up speaking Welsh.', '[NATIONALITY]; I [NATIONALITY].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // Professional bodies named after the UK or a continent, a discipline named after a people, outreach work, and languages offered as skills.
    'Member of the British Medical Association and the American Heart Association; European Society of Cardiology.',
    'Member of the Chinese Medicine Society of London.',
    'I work with the Polish community in Slough.',
    'Fluent Urdu and Punjabi, used daily with patients at the counter.',
    'Tamil (fluent, consulting), English',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('immigration routes, health and gender identity in more phrasings', () => {
  test.each([
    ['Health and Care Worker visa, sponsored by my current trust to 2026.', '[IMMIGRATION STATUS].'],
    ['I came on the BN(O) route in 2021 and will be eligible for ILR in 2026; no\nsponsorship needed.', '[IMMIGRATION STATUS].'],
    ['I was granted refugee status, and I now have indefinite leave.', '[IMMIGRATION STATUS].'],
    ['I also have asthma, well controlled with inhalers.', 'I also have [HEALTH].'],
    ['I was diagnosed as autistic at 34 and I’ve lived with type 1 diabetes since I was a child.', 'I was [HEALTH] and I’ve lived with [HEALTH].'],
    ['I wear a Libre sensor.', 'I [HEALTH].'],
    ['I manage my own coeliac disease.', 'I manage my own [HEALTH].'],
    ['I was off for four months in 2022 after a miscarriage.', 'I was off for four months in 2022 after a [HEALTH].'],
    ['Counselling through the Red Cross helped me a great deal.', '[HEALTH] helped me a great deal.'],
    ['Pronouns: they/them. I am non-binary and came out at work in 2019.', 'Pronouns: [GENDER]. I am [GENDER] and [GENDER].'],
    ['I co-founded our Trans and Non-Binary Staff Network.', 'I co-founded our [GENDER].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // Sponsorship of events, conditions in a clinic's list, careers that transition and results that come out.
    'The conference was sponsored by my trust.',
    'Where I run asthma, COPD and diabetes reviews, I teach patients with eczema.',
    'The results came out in 2019. I transitioned from paediatric to adult nursing. I came out of theatre.',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('forms found by the second probe: pilgrimage, daily worship, weddings by name, kin, bereavement, Pride, migration decades', () => {
  test.each([
    ['I performed\nUmrah with my mother last year.', '[RELIGION].'],
    ['I do puja every morning and fast on Ekadashi.', '[RELIGION].'],
    ['I wear an abaya and a headscarf at work.', 'I [RELIGION] at work.'],
    ['I am a local preacher in the Methodist circuit and sing with a gospel choir.', 'I am a [RELIGION] and [RELIGION].'],
    ['I am engaged and our nikah is booked for June.', 'I am [MARITAL STATUS] and [MARITAL STATUS].'],
    ['I am also a stepmum to two lovely girls at weekends.', 'I am [FAMILY].'],
    ['Since my mum passed away in 2021 I have been a kinship carer for my nephew.', 'Since [FAMILY] I have been a [FAMILY].'],
    ['We are trying for a baby, so I may need flexibility.', 'We are [PARENTAL LEAVE], so I may need flexibility.'],
    ['As a gay Black man I bring lived understanding.', 'As a [SEXUAL ORIENTATION] [ETHNICITY] [GENDER] I bring lived understanding.'],
    ['I marched with the NHS at Pride every year since 2018.', 'I marched with the NHS [SEXUAL ORIENTATION].'],
    ['My dad came over from Sylhet in the eighties.', '[FAMILY] [IMMIGRATION STATUS].'],
    ['My grandparents were expelled from Uganda in 1972.', '[FAMILY] [PLACE OF ORIGIN] [FAMILY].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // Pride in work, a year of arrival that employment history also shows, a choir that is no faith's.
    'I take pride in my work and Pride of Britain nominated our team.',
    'I sing with the Leeds Hospital choir.',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
