import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 13: faith as practice and belonging, family and caring in plain words, health in passing,
// and an arrival with what tells how. Fresh cases, none from a corpus; each line is the whole
// output, so the spans and placeholders are exact.
describe('faith: worship at a named place with the writer’s verb and its when, belonging, time off it asks', () => {
  test.each([
    ['On Saturdays I play the harmonium at the Shree Ram Mandir in Leicester.', 'On Saturdays I [RELIGION].'],
    ['We worship at Elim Pentecostal Church most Sundays, so I rarely take Sunday shifts.', '[RELIGION], so I rarely take Sunday shifts.'],
    ['I am a regular member of the Kingsway Vineyard congregation.', 'I am a [RELIGION].'],
    ['Rukmini Iyer\nOther\nPractising Buddhist (Theravada); evenings at the local vihara.', '[CANDIDATE]\nOther\n[RELIGION]; [RELIGION].'],
    ['Jinal Mehta\nOther\nJain; weekends at the derasar in Harrow.', '[CANDIDATE]\nOther\n[RELIGION]; [RELIGION].'],
    ['Fridays at Green Lane Masjid.', '[RELIGION].'],
    ['I keep Shabbat, so I ask for Friday evenings off in winter.', '[RELIGION], so I [RELIGION].'],
    ['I keep the five Ks (kara and kirpan worn under my tunic).', 'I [RELIGION].'],
    ['I am not religious.', 'I am [RELIGION].'],
    ['Rasta, and I keep my dreadlocks covered on the ward.', '[RELIGION], and I [RELIGION] on the ward.'],
    // A role any club has stays before the organisation; work for patients in a faith's festival stays, the writer's leave for one goes.
    ['I volunteer at the mosque food bank on Saturdays.', 'I volunteer at the [RELIGION] food bank on Saturdays.'],
    ['During Ramadan I ran fasting-safety clinics for patients and took annual leave for Eid.', 'During Ramadan I ran fasting-safety clinics for patients and [RELIGION].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I am a member of the Pharmaceutical Society and a trustee of the Lions Club.',
    'I do not work Sundays because I coach an under-11s football team.',
    'I asked for Friday afternoons off to finish my prescribing course.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('family and caring: what is said of a relative, a spouse by their job, a child’s school, taking a relative to care', () => {
  test.each([
    ['I am also the main carer for my grandad on three evenings a week.', 'I am [FAMILY].'],
    ['My partner currently works nights at the sorting office.', '[MARITAL STATUS].'],
    ['I am engaged to a paramedic with the ambulance service, and we live in town.', 'I am [MARITAL STATUS], and we live in town.'],
    ['Widowed, one daughter at university.', '[MARITAL STATUS], [FAMILY].'],
    ['Our youngest is at college and our eldest is at Ysgol Bro Dinefwr.', '[FAMILY] and [FAMILY].'],
    ['Dad lives with me and I drive him to his hospital appointments.', 'Dad lives with me and I [FAMILY].'],
    ['I am a single dad to six-year-old twins.', 'I am a [MARITAL STATUS].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // A patient taken to their appointment is work.
    'On nights I take them to their scans and back.',
    'I escorted patients to their appointments in outpatients.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('health: an aid with the writer’s verb, a bracket after a condition, care the writer had, health said well', () => {
  test.each([
    ['I wear hearing aids in both ears and use a captioning app.', 'I [HEALTH] and [HEALTH].'],
    ['I rely on a mobility scooter for longer distances.', 'I [HEALTH] for longer distances.'],
    ["I have Crohn's disease (well controlled) and it rarely affects me.", 'I have [HEALTH] and it rarely affects me.'],
    ['My personal experience of psychiatric care made me a better nurse.', '[HEALTH] made me a better nurse.'],
    ['I have bulimia in my past and was seen by the early intervention team in Salford.', 'I have [HEALTH] in my past and was [HEALTH].'],
    ['I am in good health and have no restrictions.', 'I am [HEALTH] and have no restrictions.'],
    ["I am going through the perimenopause and the practice's menopause passport helps me.", "I am [HEALTH] and the practice's [HEALTH] helps me."],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I was supported by the home treatment team to set up the new referral pathway.',
    'I have experience of working with CAMHS and adult mental health services.',
    'I run the menopause clinic and teach patients to use a captioning app.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('arrival and status: how the writer came, and the when of a status gained', () => {
  test.each([
    ['I came over to the UK as a child with my mother and trained in Leicester.', 'I [IMMIGRATION STATUS] and trained in Leicester.'],
    ['We arrived in this country as asylum seekers.', 'We [IMMIGRATION STATUS].'],
    // The writer's arrival in the UK tells they came from abroad, with its year or without.
    ['I came to Britain in 2009 to study and stayed.', 'I [IMMIGRATION STATUS] to study and stayed.'],
    ['I arrived in Britain in 1998 with one suitcase.', 'I [IMMIGRATION STATUS] with one suitcase.'],
    ['I became a British citizen last year.', 'I [NATIONALITY].'],
    ['I now hold indefinite leave to remain.', '[IMMIGRATION STATUS].'],
    ['I am a Canadian citizen now, with settled status.', 'I am a [NATIONALITY], [IMMIGRATION STATUS].'],
    // A move "here" may be within the UK: with an age it dates the writer and names no status.
    ['I moved here at 14 and did my GCSEs in Hull.', 'I [AGE] and did my GCSEs in [PLACE OF ORIGIN].'],
    ['I am now 42 and still love nights.', 'I am [AGE] and still love nights.'],
    ['I turned 60 last year.', 'I turned [AGE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // A move within the UK tells no status.
    'I moved to Scotland in 2019 for a band 6 post.',
    'We moved here in 2018 when the practice merged.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
