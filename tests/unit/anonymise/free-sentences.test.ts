import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 10: names and personal details said in the candidate's own sentences. Fresh cases, none from a
// corpus; each line is the whole output, so the spans and placeholders are exact.
describe('where the writer grew up, read past a setting ("rural", "a small town outside")', () => {
  test.each([
    ['Having grown up in rural Donegal, I know how isolated older people can feel.', 'Having grown up in rural [PLACE OF ORIGIN], I know how isolated older people can feel.'],
    ['I was brought up in a small town outside Accra.', 'I was brought up in a small town outside [PLACE OF ORIGIN].'],
    ['I originally come from a fishing village near Kochi.', 'I originally come from a fishing village near [PLACE OF ORIGIN].'],
    ['I was raised in a Catholic family in Cork.', 'I was [RELIGION] in [PLACE OF ORIGIN].'],
    ['I spent my early years in Harare before we moved to Luton.', 'I spent my early years in [PLACE OF ORIGIN] before we moved to Luton.'],
    ['I spent my teens in Kingston, Jamaica.', 'I spent my teens in [PLACE OF ORIGIN].'],
    ['Growing up on a farm outside Nakuru taught me to work hard.', 'Growing up on a farm outside [PLACE OF ORIGIN] taught me to work hard.'],
    ['I still think of Jaffna as home.', 'I still think of [PLACE OF ORIGIN] as home.'],
    // Where the writer's family lives says where they come from.
    ['My extended family in Accra sends me photos every week.', 'My extended family in [PLACE OF ORIGIN] sends me photos every week.'],
    ['Our parents still live in Multan.', '[FAMILY] still live in [PLACE OF ORIGIN].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // A country is too wide to find anyone by; families the writer supports are work.
    'My family in England are all nurses.',
    'I support families in Bradford with housing problems.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('health, disability and recovery said in the writer’s words', () => {
  test.each([
    ['I am registered blind and use a long cane.', 'I am [HEALTH].'],
    ['I have a hearing impairment, so I sit facing the room in meetings.', 'I have a [HEALTH], so I sit facing the room in meetings.'],
    ['I am a recovering alcoholic and have been sober for eight years.', 'I am a [HEALTH] and [HEALTH].'],
    ['I use screen-reading software at work.', 'I [HEALTH] at work.'],
    ['I am partially deaf in my right ear.', 'I am [HEALTH].'],
    ['I have a chronic back condition.', 'I have [HEALTH].'],
    ['I am a type 1 diabetic.', 'I am [HEALTH].'],
    ['I survived bowel cancer.', 'I survived [HEALTH].'],
    ['I had a mental health crisis in 2019 and recovered fully.', 'I had [HEALTH] and recovered fully.'],
    // An age inside the condition's "since when" no longer drops the condition.
    ["I've had type 1 since I was 12.", "I've had [HEALTH] [AGE]."],
    ['I have asthma since I was 12.', 'I have [HEALTH] [AGE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I run alcohol clinics for recovering alcoholic patients.',
    'We use blind shortlisting for every post.',
    'I have run diabetic foot checks for years.',
    'Band 5, 28, 30 hours',
    'My two years at the practice taught me a lot.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('nationality, faith, family and status in a clause of the writer’s', () => {
  test.each([
    ['My Jamaican grandmother raised me in Birmingham.', 'My [NATIONALITY] raised me in Birmingham.'],
    ['My Nigerian husband cooks on Sundays.', 'My [NATIONALITY] cooks on Sundays.'],
    ["I'm a proud Welshwoman.", "I'm a proud [NATIONALITY]."],
    ['As a second-generation Indian, I mentor new starters.', 'As a second-generation [NATIONALITY], I mentor new starters.'],
    ['I grew up in a Somali household.', 'I grew up in a [NATIONALITY].'],
    ["I'm mixed race, with a white mum.", "I'm [ETHNICITY], with a [ETHNICITY] mum."],
    ['Being Black and working class, I know what it is to be overlooked.', 'Being [ETHNICITY] and working class, I know what it is to be overlooked.'],
    ['As a woman of colour in a senior role, I mentor others.', 'As a [GENDER] [ETHNICITY] in a senior role, I mentor others.'],
    ["I'm at mosque on Friday lunchtimes, so I would prefer a late start that day.", '[RELIGION], so I would prefer a late start that day.'],
    ['I attend my local gurdwara every Sunday.', '[RELIGION].'],
    ['I came here as an asylum seeker and now work in A&E.', '[IMMIGRATION STATUS].'],
    ["I don't work on Sundays as I attend services.", "I don't work on Sundays as [RELIGION]."],
    ['I need a quiet space to pray at work.', 'I need a quiet [RELIGION] at work.'],
    ['I keep my head covered at work.', 'I [RELIGION] at work.'],
    ['Prayer is a big part of my life.', '[RELIGION].'],
    ['I am the main carer for my son, who is autistic.', 'I am the [FAMILY], who [HEALTH].'],
    ['Since my divorce I have been the only parent at home.', 'Since [MARITAL STATUS] I have been [MARITAL STATUS].'],
    ['I recently returned from maternity leave after the birth of my second child.', 'I [PARENTAL LEAVE] after the birth of [FAMILY].'],
    ['My two are at nursery three days a week.', '[FAMILY].'],
    ["I'm the eldest of six and helped raise my siblings.", "I'm [FAMILY] and helped raise [FAMILY]."],
    ['I have my lad every other weekend.', 'I have [FAMILY].'],
    ['Personal\nBritish Indian, 28, Engaged', 'Personal\n[ETHNICITY], [AGE], [MARITAL STATUS]'],
    // What a relative owns, across a wrapped line.
    ["My wife's\nshifts change every week.", '[MARITAL STATUS] change every week.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    // The panel's needs: faith named in care for patients, and humanitarian work, are experience.
    'I have supported Muslim patients during Ramadan with their insulin doses.',
    'I volunteered in a refugee camp in Greece for a summer.',
    'I mentor nurses of colour.',
    'We found a room to pray for our Muslim patients.',
    'I attend services for young people as a link worker.',
    'I wore a cross-infection apron.',
    'I am the only parent governor on the board.',
    'I was the eldest of two nurses on shift.',
    'As Black and minority ethnic network chair I led the survey.',
    'My three years in A&E taught me triage.',
    'As Black History Month lead I organised talks.',
    'I visited a Polish home for the elderly.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('other people named in sentences and in referees’ lines', () => {
  test.each([
    // A word-like given name after a relation, with a verb or the writer beside it.
    ['My husband Tom and I moved to Hull last year.', '[MARITAL STATUS] [NAME 1] and I moved to Hull last year.'],
    ['My colleague Precious covered the front desk.', 'My colleague [NAME 1] covered the front desk.'],
    // A title and a given name ending a line, the surname opening the next: one person, one number.
    [
      'Aisha Rahman\nPractice Nurse\n\nReferees\nDr Oluwafemi\nAdebayo-Johnson, GP Partner, Elm Surgery\nMrs Kerry-Ann\nWhitfield, Practice Manager',
      '[CANDIDATE]\nPractice Nurse\n\nReferees\nDr [NAME 1]\n[NAME 1], GP Partner, Elm Surgery\n[NAME 2]\n[NAME 2], Practice Manager',
    ],
    [
      'Priya Nair\nPharmacist\n\nContact my referee, Ms Anjali\nDeshpande (Lead Pharmacist), at the practice.',
      '[CANDIDATE]\nPharmacist\n\nContact my referee, [NAME 1]\n[NAME 1] (Lead Pharmacist), at the practice.',
    ],
    // A given name ending a short line, and a surname from the name data opening the next.
    [
      'Priya Nair\nPharmacist\n\nI was mentored by Ngozi\nOkonkwo-Bello throughout my training, and Okonkwo-Bello later hired me.',
      '[CANDIDATE]\nPharmacist\n\nI was mentored by [NAME 1]\n[NAME 1] throughout my training, and [NAME 1] later hired me.',
    ],
    // The candidate's name run together in lower case, as a user name.
    ['Siân Hughes\nNurse\n\nMessage me on Teams at sianhughes or hughessian.', '[CANDIDATE]\nNurse\n\nMessage me on Teams at [CANDIDATE] or [CANDIDATE].'],
    // Particles between a title and a one-part name go with the name.
    ['Priya Nair\nPharmacist\n\nI worked with Dr de la Cruz on the audit.', '[CANDIDATE]\nPharmacist\n\nI worked with Dr [NAME 1] on the audit.'],
    // A particle name opening a sentence is still the candidate; a sentence's first word is no place's.
    ['Pieter van den Broek\nIT Analyst\n\nVan den Broek led the migration.', '[CANDIDATE]\nIT Analyst\n\n[CANDIDATE] led the migration.'],
    [
      'Fatima El Idrissi\nNurse\n\nMy mentor, Yusuf, encouraged me to apply. Later Yusuf became my line manager.',
      '[CANDIDATE]\nNurse\n\nMy mentor, [NAME 1], encouraged me to apply. Later [NAME 1] became my line manager.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'Profile\nI trained at St Mary’s Hospital and then\nSt Mary’s Hospital’s Chronic Disease Hub.',
    'Profile\nPlease contact the practice, or Mr Shah at\nHeadteacher Oak School.',
    'Profile\nMy colleague Will took over the clinic.',
    'Profile\nI worked with Hope Street practice’s team.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text.replace('Mr Shah', '[NAME 1]'));
  });
});
