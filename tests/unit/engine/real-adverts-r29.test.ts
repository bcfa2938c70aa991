import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 29, orthoptics, research nursing, infection prevention, dialysis, staff bank, speaking-up
// guardians, stroke therapy, catering and flexible working letters: each reading in other words than
// the pages that showed it.

describe('a describing word in a list shares the words before the list', () => {
  it.each([
    ["You'll be calm, confident and decisive under pressure.", [['masculine-confident', 'confident', 16], ['masculine-decisive', 'decisive', 30]]],
    ['We want a calm, confident leader for the unit.', [['masculine-confident', 'confident', 16]]],
    ['You will feel settled and confident within weeks, and we want a confident leader too.', [['masculine-confident', 'confident', 64]]],
  ])('flags the one sought in %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'We want every member of staff to feel valued, confident and heard.',
    'Our induction helps new starters feel welcome and confident in their first month.',
  ])('leaves how others are made to feel in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a describing word before guidance, advice, feedback or a burden describes the thing', () => {
  it.each([
    ['We are looking for someone independent who can work alone.', 'masculine-independent', 'independent', 27],
    ['The post needs someone unreasonable about standards.', 'masculine-unreasonable', 'unreasonable', 23],
  ])('flags %j', (text, rule, word, start) => {
    expect(read(text)).toEqual([[rule, word, start]]);
  });
  it.each([
    'The lead offers independent, confidential advice to any member of staff.',
    'Requests are refused only where they would place an unreasonable burden on the team.',
  ])('leaves the thing described in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('"drive" before what is to be changed is no driving', () => {
  it('flags a driver demanded', () => {
    expect(read('Applicants must be able to drive.')).toEqual([['driving-licence', 'must be able to drive', 11]]);
  });
  it('leaves improvements driven', () => {
    expect(read('The matron must be able to drive improvements in ward safety.')).toEqual([]);
  });
  it('reads performance driven as the coded phrase it is, not a licence', () => {
    expect(read('Applicants should show the ability to drive performance across the division.')).toEqual([['masculine-drive-change', 'drive performance', 38]]);
  });
});

describe("a Roman numeral after a model's name is part of the name", () => {
  it.each([
    ['The ward gives IV antibiotics at noon.', [['unexpanded-acronym', 'IV', 15]]],
    ['Patients complete the HADS II questionnaire.', [['unexpanded-acronym', 'HADS', 22], ['unexpanded-acronym', 'II', 27]]],
  ])('flags what the writer left unexplained in %j', (text, findings) => {
    expect(read(text)).toEqual(findings);
  });
  it.each([
    'Visual fields are run on the Octopus III perimeter each morning.',
    'Staff are trained on the Heidelberg Spectralis II.',
    'Fields are mapped on the HFA III (Humphrey Field Analyser) in clinic.',
  ])('leaves the numeral in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});
