import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 37, primary care as practices write it and the band 2-4 posts of trusts, Northern Ireland's
// applicant guidance: each reading in other words than the pages that showed it.

describe('an acceptable or satisfactory attendance record asked for is a sickness record', () => {
  it.each([
    ['Applicants will need a satisfactory attendance record in their current post.', 'satisfactory attendance record'],
    ['The person specification lists skills, knowledge and an acceptable attendance record.', 'acceptable attendance record'],
    ['Essential: a sound attendance record', 'sound attendance record'],
    // Coordinated with good health: the attendance record is asked for too.
    ['You must have good health and attendance records.', 'attendance records'],
  ])('flags %j', (text, words) => {
    expect(read(text).filter(([rule]) => rule === 'attendance-record')).toEqual([['attendance-record', words, text.indexOf(words)]]);
  });
  it.each([
    'Reception staff keep an accurate attendance record for every clinic.',
    'Ward managers monitor staff with an acceptable attendance record under the policy.',
    'Please bring your satisfactory DBS certificate and two forms of identity.',
  ])('leaves %j', (text) => {
    expect(read(text).filter(([rule]) => rule === 'attendance-record')).toEqual([]);
  });
});

describe('an age limit said straight after the word for those applying is theirs', () => {
  it.each([
    ['The joinery apprenticeship in our Facilities Service is open only to those applicants aged 17-23.', 'aged 17-23'],
    ['Within the Catering Service we are recruiting apprentices aged 16 to 21 this spring.', 'aged 16 to 21'],
  ])('flags %j', (text, words) => {
    expect(read(text)).toEqual([['age-limit', words, text.indexOf(words)]]);
  });
  it.each([
    // A service's patient group keeps its own reading.
    'Our Young Persons Service supports people aged 16-24 with their mental health.',
    'The clinic service sees patients aged 16 to 24 on Tuesdays.',
  ])('leaves %j', (text) => {
    expect(read(text).filter(([rule]) => rule === 'age-limit')).toEqual([]);
  });
});

describe("a clause's number in a contract or a specification is no abbreviation", () => {
  it.each([
    'Under paragraph C7.3 the network must share its workforce plan.',
    'As the specification says at D12.4, every practice keeps a register.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags the same letters with no decimal run on', () => {
    expect(read('Every practice follows the D12 returns.')).toEqual([['unexpanded-acronym', 'D12', 27]]);
  });
});

describe('a step the years open, a career path described, is no demand of the person hired', () => {
  it.each([
    'Practice nurses with more than four years of experience may opt to study for an advanced practice degree.',
    'Pharmacy technicians with 2 years in post can choose to train as accuracy checkers.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Applicants with 3 years of experience who choose to apply should send a CV.', '3 years of experience'],
    ['You must have 4 years of experience and opt to join our on-call rota.', '4 years of experience'],
  ])('still flags %j', (text, words) => {
    expect(read(text)).toEqual([['age-years-experience', words, text.indexOf(words)]]);
  });
});
