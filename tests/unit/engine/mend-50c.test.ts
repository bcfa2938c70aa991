import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 50 mend (review of engine-159): a fitness test is cleared only by a reason naming a physical task, or
// by the text calling the test itself a genuine occupational requirement; an age band is cleared when it
// describes the staff in post, not by "no age limit" beside a wanted band; labels in brackets must be spelt
// by the items they follow.

describe('a fitness test cleared only by a physical task as its reason, or by the test called a genuine occupational requirement', () => {
  leaves([
    ['Community first responders must pass a fitness assessment, as the role involves carrying kit up stairs.', 'advert'],
    ['Estates staff take a fitness test. It is a genuine occupational requirement.', 'advert'],
  ]);
  flags([
    ['All candidates must pass a fitness test before interview, as the role involves a busy clinic.', 'advert', [['fitness-test', 'fitness test', 27]]],
    ['Applicants must pass a fitness test. Being male is a genuine occupational requirement for the chaperone post.', 'advert', [['fitness-test', 'fitness test', 23]]],
    ['Pharmacy porters must pass a fitness test because the job involves long shifts.', 'advert', [['fitness-test', 'fitness test', 29]]],
    ['Receptionists pass a fitness test. Being a woman is a genuine occupational requirement for the chaperone post.', 'advert', [['fitness-test', 'fitness test', 21]]],
  ]);
});

describe('an age band described of the staff in post, but not one wanted beside "no age limit"', () => {
  flags([
    ["We want someone in their twenties or thirties, though there's no age limit for the bank.", 'advert', [['age-decade', 'in their twenties', 16]]],
    ['There is no upper age limit, but ideally our new health care assistant will be in their thirties.', 'advert', [['age-judged', 'ideally our new health care assistant will be in their thirties', 33]]],
    ['Ideally our new receptionists are in their twenties.', 'advert', [['age-decade', 'in their twenties', 34]]],
    ['Our porters are mostly in their twenties and a man of fifty would struggle to settle.', 'advert', [['age-decade', 'in their twenties', 23]]],
  ]);
  leaves([
    ["There's no age limit, and two of our drivers are in their sixties.", 'advert'],
    ['Age is no bar: there is no upper age limit, and several of our pharmacists are in their seventies.', 'advert'],
  ]);
});

/** The abbreviations the checker underlines in a text. */
const abbreviations = (text: string) => read(text).filter(([rule]) => rule === 'unexpanded-acronym').map(([, found]) => found);

describe('labels in brackets that their list spells, item by item', () => {
  it('flags labels that share only a first letter with the items before them', () => {
    expect(abbreviations('Experience in medicines, audit and triage (EMIS, ARRS and TPP) is essential.')).toEqual(['EMIS', 'ARRS', 'TPP']);
    expect(abbreviations('Skills in rotas, billing and coding (SNOMED, QOF) are essential.')).toEqual(['SNOMED', 'QOF']);
  });
  it('still reads labels spelt by their items', () => {
    expect(abbreviations('You will support the district nurses, health visitors and school nurses (DNs, HVs and SNs) across the borough.')).toEqual([]);
    expect(abbreviations("Essential: a registered general nurse, children's nurse or midwife (RGN, RSCN or RM).")).toEqual([]);
  });
  it('reads no bracket closed before the abbreviation', () => {
    expect(abbreviations('Covering district nursing and health visiting (DN, HV) plus RGN and RSCN duties.')).toEqual(['RGN', 'RSCN']);
  });
});
