import { describe, expect, test } from 'vitest';
import { anonymise, anonymiseDetailed } from '../../../lib/anonymise/anonymise';
import { anonymiseOptionsSchema } from '../../../lib/anonymise/anonymise-options';

const redact = (text: string) => anonymise(text).text;

// Round 39's review (review-39b), mended by mend-39b: the reviewer's line and a fresh one in our own words for each item,
// both what must go and what must stay.

describe('"fast" as a religious fast, not the adjective', () => {
  test.each([
    ['I keep a fast pace on busy shifts.', 'I keep a fast pace on busy shifts.'],
    ['I enjoy my fast turnaround of discharge letters.', 'I enjoy my fast turnaround of discharge letters.'],
    ['I like my fast typing speed on EMIS.', 'I like my fast typing speed on EMIS.'],
    ['I break my fast at sunset.', 'I [RELIGION].'],
    ['I did not eat as I keep a fast.', 'I did not eat as I [RELIGION].'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('a parent group named before a post is work, not the writer’s family', () => {
  test.each([
    ["I was a teenage mum support worker at Barnardo's for five years.", "I was a teenage mum support worker at Barnardo's for five years."],
    ['I was a young parent worker with the council.', 'I was a young parent worker with the council.'],
    ['I was a teenage parent mentor with the charity.', 'I was a teenage parent mentor with the charity.'],
    ['I was a teenage mum.', 'I was [FAMILY].'],
    ['As a young mum, I returned to study.', 'As [FAMILY], I returned to study.'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('a reply quoting the recruiter is no forwarded e-mail', () => {
  const reply = (subject: string, rule: string) =>
    `From: Amara Okafor <amara.okafor@example.com>\nSubject: ${subject}\n\nThank you, I can attend on Tuesday.\nAmara Okafor\n\n${rule}\nFrom: Sarah Jones <sarah.jones@nhs.net>\n\nWe would like to invite you to interview.\n`;
  const candidate = (text: string) => anonymiseDetailed(text, anonymiseOptionsSchema.parse({})).candidateName;

  test('"RE:" over "-----Original Message-----": the first sender writes', () => {
    expect(candidate(reply('RE: Interview for staff nurse', '-----Original Message-----'))).toBe('Amara Okafor');
  });

  test('a fresh reply without a subject keeps its sender too', () => {
    const text = 'From: Tomasz Nowak <t.nowak@example.org>\n\nYes, Thursday suits me.\nTomasz\n\n-----Original Message-----\nFrom: Helen Price <helen.price@nhs.net>\n\nCan you attend on Thursday?\n';
    expect(redact(text)).toBe('From: [CANDIDATE] <[EMAIL]>\n\nYes, Thursday suits me.\n[CANDIDATE]\n\n-----Original Message-----\nFrom: [NAME 1] <[EMAIL]>\n\nCan you attend on Thursday?\n');
  });

  test('"FW:" over the same rule is forwarded: its message’s sender writes', () => {
    expect(candidate(reply('FW: Application', '-----Original Message-----'))).toBe('Sarah Jones');
  });
});

describe('a shared middle name does not make another person the candidate', () => {
  test('the reviewer’s referee', () => {
    expect(redact('Ahmed Ali Khan\nStaff nurse\nReferees\nDr Imran Ali Khan, Consultant Physician\n')).toBe(
      '[CANDIDATE]\nStaff nurse\nReferees\nDr [NAME 1], Consultant Physician\n',
    );
  });

  test('a manager sharing a middle name and surname', () => {
    expect(redact('Mary Jane Smith\nHealthcare assistant\nMy manager Sarah Jane Smith praised my work.\n')).toBe(
      '[CANDIDATE]\nHealthcare assistant\nMy manager [NAME 1] praised my work.\n',
    );
  });

  test('a fresh referee with the same middle name', () => {
    expect(redact('Grace Adaeze Obi\nMidwife\nReferences\nMrs Funmi Adaeze Obi, Ward Sister\n')).toBe('[CANDIDATE]\nMidwife\nReferences\n[NAME 1], Ward Sister\n');
  });

  test('the first name with its accent dropped is still the candidate', () => {
    expect(redact('Catrìona MacLeod\nNurse\nSigned: Catriona MacLeod\n')).toBe('[CANDIDATE]\nNurse\nSigned: [CANDIDATE]\n');
  });
});

describe('an e-mail address’s figures are typed, not a scan’s letters', () => {
  test('the reviewer’s name from an address', () => {
    expect(redact('Farre\nfarre01@gmail.com\nI have worked as a nurse for years. Farre is my name.\n')).toBe(
      '[CANDIDATE]\n[EMAIL]\nI have worked as a nurse for years. [CANDIDATE] is my name.\n',
    );
  });

  test('a fresh one', () => {
    expect(redact('Nkechi\nnkechi10@outlook.com\nI am a support worker. Nkechi is my first name.\n')).toBe(
      '[CANDIDATE]\n[EMAIL]\nI am a support worker. [CANDIDATE] is my first name.\n',
    );
  });
});

describe('a baby’s age in weeks or months: a patient unless the writer’s', () => {
  test.each([
    ['We had a 6-week-old baby admitted with bronchiolitis.', 'We had a 6-week-old baby admitted with bronchiolitis.'],
    ['We had two 6-week-old twins on the unit.', 'We had two 6-week-old twins on the unit.'],
    ['We have a 6-month-old pilot of virtual wards.', 'We have a 6-month-old pilot of virtual wards.'],
    ['Our unit had a 3-month-old infant admitted with sepsis.', 'Our unit had a 3-month-old infant admitted with sepsis.'],
    ['We had a 9-week-old boy on the ward overnight.', 'We had a 9-week-old boy on the ward overnight.'],
    ['I have a 4-month-old daughter.', 'I have [FAMILY].'],
    ['We have an 8-month-old son, so I work days.', 'We have [FAMILY], so I work days.'],
    ['I moved here ahead of my 8-month-old son.', 'I moved here ahead of [FAMILY].'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('a later verb agrees with "they" only when the pronoun is its subject', () => {
  test.each([
    ['She said the clinic opens at 8 and often runs late.', 'They said the clinic opens at 8 and often runs late.'],
    ['He thinks the rota works well and rarely changes.', 'They think the rota works well and rarely changes.'],
    ['Her manager says the unit closes soon and rarely reopens.', 'Their manager says the unit closes soon and rarely reopens.'],
    ['She teaches nurses and sometimes doctors.', 'They teach nurses and sometimes doctors.'],
    ['He covers nights and weekends, but occasionally days.', 'They cover nights and weekends, but occasionally days.'],
    ['He manages the ward but costs keep rising.', 'They manage the ward but costs keep rising.'],
    ['She trains staff and also students, and now runs the group.', 'They train staff and also students, and now runs the group.'],
    ['He audits notes and also cases.', 'They audit notes and also cases.'],
    ['He completed his registration and now works nights.', 'They completed their registration and now work nights.'],
    ['She loves her patients, but is moving to theatres.', 'They love their patients, but are moving to theatres.'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('a faith’s words that are also names or work', () => {
  test.each([
    ['I worked with Dr Shravan Patel', 'I worked with Dr [NAME 1]'],
    ['Please ask Shravan at the pharmacy.', 'Please ask Shravan at the pharmacy.'],
    ['Isha Patel is my referee.', 'Isha Patel is my referee.'],
    ['I keep Mondays free in Shravan month.', 'I keep Mondays free in [RELIGION].'],
    ['I keep Mondays free during Shravan, the holy month.', 'I keep Mondays free [RELIGION], the holy month.'],
    ['I sourced prayer mats for the multi-faith room and added qibla signs.', 'I sourced [RELIGION] for the multi-faith room and added [RELIGION] signs.'],
    ['We ordered prayer mats for the chaplaincy.', 'We ordered [RELIGION] for the chaplaincy.'],
    ['I wake for fajr before early shifts.', 'I wake for [RELIGION] before early shifts.'],
    ['I step away for Asr on long days.', 'I step away for [RELIGION] on long days.'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('a clock’s time is no age', () => {
  test.each([
    ['I started my shift at 19 to prepare the ward.', 'I started my shift at 19 to prepare the ward.'],
    ['I arrived at 20 to find the unit short-staffed.', 'I arrived at 20 to find the unit short-staffed.'],
    ['I left at 17 to catch the last bus.', 'I left at 17 to catch the last bus.'],
    ['I began at 18 to set up the theatre list.', 'I began at 18 to set up the theatre list.'],
    ['I moved back home at 47 to care for Mum.', 'I moved back home at [AGE] to care for Mum.'],
    ['I qualified at 22 to become a nurse.', 'I qualified at [AGE] to become a nurse.'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('near forms of a nationality, a prayer and a fast', () => {
  test.each([
    ['PASSPORT (NIGERIA)', 'PASSPORT ([NATIONALITY])'],
    ['Passport (UK & Nigeria)', 'Passport ([NATIONALITY] & [NATIONALITY])'],
    ['Passport (Ghana, expires 2031)', 'Passport ([NATIONALITY], expires 2031)'],
    ['Passport (Number): 123', 'Passport (Number): 123'],
    ['I am a British born Indian nurse.', 'I am a [NATIONALITY] nurse.'],
    ['I am British born and bred.', 'I am British born and bred.'],
    ['I am a UK-born Pakistani.', 'I am a UK-born [NATIONALITY].'],
    ['As a London-born Indian, I speak Gujarati.', 'As a [PLACE OF ORIGIN] [NATIONALITY], I speak Gujarati.'],
    ['I am a Cardiff-born Somali nurse.', 'I am a [PLACE OF ORIGIN] [NATIONALITY] nurse.'],
    ['I am London-born. Indian food is my favourite.', 'I am [PLACE OF ORIGIN]. Indian food is my favourite.'],
    ['Filipino healthcare workers like me often work nights.', '[NATIONALITY] healthcare workers like me often work nights.'],
    ['Ghanaian colleagues like me mentor students.', '[NATIONALITY] colleagues like me mentor students.'],
    ['Nigerian nurses, like me, value teamwork.', '[NATIONALITY] nurses, like me, value teamwork.'],
    ['I support Polish colleagues.', 'I support Polish colleagues.'],
    ['I pray maghrib on my break.', '[RELIGION].'],
    ['I am currently fasting.', 'I am [RELIGION].'],
    ['The patient was fasting for theatre.', 'The patient was fasting for theatre.'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('"grew up on" a place, not a farm or a food', () => {
  test.each([
    ["I grew up on Dad's farm.", "I grew up on Dad's farm."],
    ['I grew up on Pot Noodles and Lego.', 'I grew up on Pot Noodles and Lego.'],
    ["I grew up on Gran's allotment.", "I grew up on Gran's allotment."],
    ['I grew up on Skye and trained in Glasgow.', 'I grew up on [PLACE OF ORIGIN] and trained in Glasgow.'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});
