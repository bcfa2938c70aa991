import { describe, expect, it } from 'vitest';
import type { TextKind } from '@/lib/engine/document';
import { type Found, read } from './read-findings';

// Round 36, the study slice's misses in its weakest categories (exclusionary requirements,
// disability, race and nationality, tone) by family: each family in words of our own, with the
// near sentences a reviewer would leave alone (patients, the employer, support offered).

describe('long local residence or a local upbringing demanded (exclusionary, race)', () => {
  it.each<[string, TextKind, Found]>([
    ['We would like to hear from nurses who have lived in the town for many years.', 'advert', [['residence-demanded', 'lived in the town for many years', 43]]],
    [
      'Ideally the postholder will have been in the area for a long time, so families trust them.',
      'advert',
      [['residence-demanded', 'been in the area for a long time', 33]],
    ],
    ['Candidates should have grown up in the borough.', 'advert', [['birthplace-demanded', 'should have grown up in the borough', 11]]],
    ['You should have gone to a local comprehensive school.', 'advert', [['birthplace-demanded', 'should have gone to a local comprehensive school', 4]]],
    ['We would love a team member who went to school locally.', 'advert', [['birthplace-demanded', 'went to school locally', 32]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, TextKind]>([
    // Patients, the practice and its founders, support to settle, a fact of one candidate's commute.
    ['Many of our patients have lived in the area for years.', 'advert'],
    ['The practice has been in the village for decades.', 'advert'],
    ['Our founders grew up in the valley and opened the surgery in 1974.', 'advert'],
    ['We can help you get settled in the area, with a relocation package of up to £8,000.', 'advert'],
    ['She has lived in the area for years, so the commute is easy for her.', 'email'],
    ['I have been in the village a good while myself.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('a person free of conditions, impairments or time off demanded (disability)', () => {
  it.each<[string, TextKind, Found]>([
    ['We are looking for a dispenser without any health problems.', 'advert', [['health-requirement', 'without any health problems', 31]]],
    [
      'The successful candidate won\'t have any disabilities that slow them down.',
      'advert',
      [['health-requirement', "won't have any disabilities", 25]],
    ],
    ['Essential: excellent physical and mental health', 'advert', [['physically-fit', 'excellent physical and mental health', 11]]],
    ['Ideally you will have never taken time off for illness.', 'advert', [['attendance-record', 'never taken time off for illness', 22]]],
    ["I'd like someone who has never had days off sick.", 'email', [['attendance-record', 'never had days off sick', 25]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, TextKind]>([
    // Everyone welcomed, patients, the employer's support, a demand said not to be made.
    ['We welcome applicants with or without physical impairments.', 'advert'],
    ['We welcome applicants with or without back problems.', 'advert'],
    ['Patients without any long-term conditions can book online.', 'advert'],
    ['We support the robust physical and mental health of every colleague through our wellbeing hub.', 'advert'],
    ['You do not need to be without any health conditions to apply.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('an accent or spoken English judged, in the words a note uses (race)', () => {
  it.each<[string, TextKind, Found]>([
    ['Good candidate, but the accent was really strong on the call.', 'email', [['accent', 'the accent was really strong', 20]]],
    [
      'Patients kept asking him to repeat himself; they struggled understanding the accent.',
      'email',
      [['accent', 'understanding the accent', 59]],
    ],
    ["He'll need to sound more English when he answers the phones.", 'email', [['accent', 'sound more English', 14]]],
    ['I could hardly understand what he was saying on the phone.', 'email', [['accent', 'could hardly understand what he was saying', 2]]],
    [
      "Ms Kowalczyk's English in the interview was rather limited.",
      'email',
      [['english-judged', "Kowalczyk's English", 3]],
    ],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, TextKind]>([
    // Emphasis, the region's accents patients hear, what was said rather than how, English praised.
    ['Our training puts the accent on patient safety.', 'email'],
    ['The accent is on teamwork and kindness.', 'advert'],
    ['Interpreters help patients understanding the accents of the region.', 'advert'],
    ['I could barely follow what she was saying about the rota changes.', 'email'],
    ['Her English in the interview was excellent.', 'email'],
    ['He is new, so give the team time to get used to him.', 'email'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});

describe('qualifications gained abroad held against the candidate (race)', () => {
  it.each<[string, TextKind, Found]>([
    ["Her degree is from Ghana, so I can't tell whether it's up to scratch.", 'email', [['overseas-trained-unwanted', 'degree is from Ghana', 4]]],
    ['His training was overseas - not sure it counts here.', 'email', [['overseas-trained-unwanted', 'training was overseas', 4]]],
    ['We find overseas-trained dentists struggle with our patients.', 'email', [['overseas-trained-unwanted', 'overseas-trained', 8]]],
    ['The foreign-trained ones take too long to get registered.', 'email', [['overseas-trained-unwanted', 'foreign-trained', 4]]],
  ])('flags %j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
  it.each<[string, TextKind]>([
    // Where a qualification is from, stated with support or recognition, and an induction offered.
    ['Her qualifications are from Nigeria and we will support her registration.', 'email'],
    ['His degree is from Poland; the regulator has already recognised it.', 'email'],
    ['Our overseas-trained nurses complete a six-week induction before working alone.', 'advert'],
  ])('leaves %j', (text, context) => {
    expect(read(text, context)).toEqual([]);
  });
});
