import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { read } from './read-findings';
import type { Section } from '@/lib/engine/sections';

// Round 33 (lead): each kind in other words than the documents that showed it.

/** Inline findings of a page text whose sections the page gave (as the extension and the CLI's HTML reader do). */
const readPage = (text: string, sections: Section[]) =>
  analyse(text, { context: 'advert', sections, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english' && f.category !== 'jargon')
    .map((f) => [f.ruleId, f.text, f.start]);

describe('a page section that is not a criterion is read sentence by sentence', () => {
  const duties = 'You will order stock; answer queries from the community. We are looking for a digital native.';
  it('does not let a word in another sentence of a duties section lift a finding', () => {
    expect(readPage(duties, [{ role: 'duties', start: 0, end: duties.length }])).toEqual([['age-digital-native', 'digital native', 78]]);
    const overview = `Job overview\n${duties}`;
    expect(readPage(overview, [{ role: 'summary', start: 13, end: overview.length }])).toEqual([['age-digital-native', 'digital native', 91]]);
  });
  it('still reads a criterion copied flat item by item', () => {
    const criterion = 'Works with the community; a digital native for the new app';
    expect(readPage(criterion, [{ role: 'essential', start: 0, end: criterion.length }])).toEqual([['age-digital-native', 'digital native', 28]]);
    const together = 'Supports digital natives in the community; registered nurse';
    expect(readPage(together, [{ role: 'essential', start: 0, end: together.length }])).toEqual([]);
  });
});

describe('clinical senses of masculine-coded words', () => {
  it('reads "objective" before a measure and "active" before a clinical noun as the clinical sense', () => {
    expect(read('Record objective measurements of visual acuity and objective signs of infection.')).toEqual([]);
    expect(read('Patients in active labour are transferred to the delivery suite; you will fit active appliances.')).toEqual([]);
  });
  it('still reads them as traits of the person wanted', () => {
    expect(read('We want an objective, decisive leader.')).toEqual([
      ['masculine-objective', 'objective', 11],
      ['masculine-decisive', 'decisive', 22],
    ]);
    expect(read('You are an active, competitive person.')).toEqual([
      ['masculine-active', 'active', 11],
      ['masculine-competitive', 'competitive', 19],
    ]);
  });
});

describe('abbreviations explained in the text before them', () => {
  it('passes over the words of a relative clause in a group spelt out ("children who are looked after")', () => {
    expect(read('You will support children who are looked after (CLA) and their carers.')).toEqual([]);
    expect(read('You will lead the CLA health assessments.')).toEqual([['unexpanded-acronym', 'CLA', 18]]);
  });
  it('reads a letter and a number in brackets after the word it numbers as the series\' label', () => {
    expect(read('Each panel member scores every criterion (C1 to C6) from 1 to 5; C2 and C4 carry double weight.', 'email')).toEqual([]);
    expect(read('Each panel member scores the answers from 1 to 5; C2 and C4 carry double weight.', 'email')).toEqual([
      ['unexpanded-acronym', 'C2', 50],
      ['unexpanded-acronym', 'C4', 57],
    ]);
  });
});

describe('a clinician of one sex for a session of same-sex care', () => {
  it('reads a session of a coil or smear clinic staffed for patients\' choice as no hire of one sex', () => {
    expect(read('For the Friday coil clinic session we need a female locum, since patients ask for one.', 'email')).toEqual([]);
  });
  it('still flags one sex asked for sessions with no such care', () => {
    expect(read('We need a female locum for the Friday sessions.', 'email')).toEqual([['one-sex-advert', 'female locum', 10]]);
  });
  it('reads a patient\'s own session booked with a clinician of one sex as the patient\'s choice (review 33, M13)', () => {
    expect(read("Please book a female physio for Mr Okoro's next session.", 'email')).toEqual([]);
    expect(read('Can you book a male counsellor for his second therapy session?', 'email')).toEqual([]);
  });
});

describe('a reference about a named person', () => {
  it('reads "Priya worked with us as a …" as naming the one the pronouns mean', () => {
    expect(read('Dear Mark,\n\nPriya worked with us as a healthcare assistant for three years. She is reliable and kind.', 'email')).toEqual([]);
  });
  it('still flags a pronoun for the post-holder', () => {
    expect(read('The healthcare assistant will manage her own caseload.')).toEqual([['generic-pronoun', 'her', 37]]);
  });
});

describe('a want of the writer after a clause about the service', () => {
  it('reads "… is busy and we need tall, strong lads" as the writer\'s want of the person', () => {
    expect(read('Our clinic is always busy and we need tall, strong lads.')).toEqual([
      ['physique-demanded', 'need tall, strong lads', 33],
      ['sex-preferred', 'lads', 51],
    ]);
  });
  it('still reads a want said for patients in one clause as about them', () => {
    expect(read('For our patients we want the lifts kept clear and the corridors wide.')).toEqual([]);
  });
});

describe('faith and retirement in other words', () => {
  it('reads a question on which place of worship, one or two named', () => {
    expect(read('Question 6: Which temple or gurdwara do you go to?', 'email')).toEqual([['question-religion', 'Which temple or gurdwara do you go to', 12]]);
    expect(read('Which chapel is nearest to the hospital?', 'email')).toEqual([]);
  });
  it('reads "time for her to consider retirement" and "a bit of an old dear" as age', () => {
    expect(read('Honestly it may be high time for him to consider retirement.', 'email')).toEqual([['age-retirement', 'high time for him to consider retirement', 19]]);
    expect(read('Candidate 2 came across as a bit of an old dear.', 'email')).toEqual([['age-idioms', 'a bit of an old dear', 27]]);
    expect(read('The pension team can help when it is time for you to think about retirement options.', 'email')).toEqual([]);
  });
});
