import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 47 (engine-151): precision on the study slice. Each reading is shown in other words than the
// documents that showed it, beside a near case that must still be flagged.

describe('a numbered memorandum glossed in brackets as guidance', () => {
  it('is explained by the gloss, though a number stands between the letters and the brackets', () => {
    expect(read('The endoscopy decontamination team follows HTM 01-06 (the national guidance on reprocessing flexible endoscopes) on every cycle.', 'advert')).toEqual([]);
  });
  it('stays unexplained without the gloss, or where the brackets say something else', () => {
    expect(read('The endoscopy decontamination team follows HTM 01-06 on every cycle.', 'advert')).toEqual([['unexpanded-acronym', 'HTM', 43]]);
    expect(read('Our estates team keeps to HTM 04-01 (reviewed last spring) for water safety.', 'advert')).toEqual([['unexpanded-acronym', 'HTM', 26]]);
  });
});

describe('codes listed alone in brackets after the qualification they are codes of', () => {
  it('are explained by its capitalised name', () => {
    expect(read('Desirable: City & Guilds Award in Safe Application of Herbicides (PA1, PA2 and PA6) or willing to train.', 'advert')).toEqual([]);
    expect(read('We will fund the Level 2 Certificate in Chainsaw Maintenance (CS30 and CS31) for the right person.', 'advert')).toEqual([]);
    expect(read('Desirable: an independent prescribing qualification (V300 or V150) for the minor illness clinic.', 'advert')).toEqual([]);
  });
  it('stay unexplained after words that name no qualification or only what it lets you do, or with other words among them', () => {
    expect(read('Desirable: independent prescribing (V300 or V150) for the minor illness clinic.', 'advert')).toEqual([
      ['unexpanded-acronym', 'V300', 36],
      ['unexpanded-acronym', 'V150', 44],
    ]);
    expect(read('The grounds team treats the car park borders twice a year (PA1 and PA6).', 'advert')).toEqual([
      ['unexpanded-acronym', 'PA1', 59],
      ['unexpanded-acronym', 'PA6', 67],
    ]);
    expect(read('We will fund the Level 2 Certificate in Chainsaw Maintenance (CS30 with refresher days) for the right person.', 'advert')).toEqual([
      ['unexpanded-acronym', 'CS30', 62],
    ]);
  });
});
