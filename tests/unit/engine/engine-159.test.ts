import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 50 (engine-159): precision on the study slice. Each reading mends a family of false alarms (a reason for a
// fitness test given with it, labels in brackets for the posts just listed), shown on new cases in other words than
// the corpus's, beside near cases it must still flag.

describe('a fitness test with the reason the work needs it, or one the text calls a genuine occupational requirement', () => {
  leaves([
    ['Staff on the flood rescue team must pass a fitness assessment, because the work involves swimming in cold water.', 'advert'],
    ['Because the job involves carrying stretchers down tower-block stairs, crews pass a fitness test every year.', 'advert'],
    ['Swift-water rescue needs strength. Passing the test below is a genuine occupational requirement.\nEssential: pass the team fitness test.', 'advert'],
  ]);
  flags([
    ['Staff on the flood rescue team must pass a fitness assessment because we like a fit team.', 'advert', [['fitness-test', 'fitness assessment', 43]]],
    ['Essential: pass the team fitness test.', 'advert', [['fitness-test', 'fitness test', 25]]],
  ]);
});

/** The abbreviations the checker underlines in a text. */
const abbreviations = (text: string) => read(text).filter(([rule]) => rule === 'unexpanded-acronym').map(([, found]) => found);

describe('abbreviations in brackets that label, one by one, the posts just listed', () => {
  it('reads each label as the post it follows in the list', () => {
    expect(abbreviations("Essential: a registered general nurse, children's nurse or midwife (RGN, RSCN or RM).")).toEqual([]);
    expect(abbreviations('We welcome applications from: dental nurses, dental hygienists or dental therapists (DN, DH or DT).')).toEqual([]);
  });
  it('still flags the same letters with no list before them, or a list they do not label', () => {
    expect(abbreviations('Essential: RGN, RSCN or RM.')).toEqual(['RGN', 'RSCN', 'RM']);
    expect(abbreviations('Essential: experience of audits, rotas and recruitment (EMIS, TRAC or ESR).')).toEqual(['EMIS', 'TRAC', 'ESR']);
  });
});

describe('an age band named where the text says there is no upper age limit', () => {
  leaves([['Age is no barrier here: there is no upper age limit, and two of our drivers are in their sixties.', 'advert']]);
  flags([['Two of our drivers are in their sixties, so you would fit right in.', 'email', [['age-decade', 'in their sixties', 23], ['culture-fit', 'fit right in', 54]]]]);
});

describe('words that name the wording under discussion, not the person wanted', () => {
  leaves([
    ["I took out 'thrive under pressure', because the panel felt that line reads a bit aggressive.", 'email'],
    ["I have cut 'one of the family' from the draft, as the panel called it a culture fit line.", 'email'],
  ]);
  flags([
    ['We want someone aggressive with the consultants.', 'email', [['masculine-aggressive', 'aggressive', 16]]],
    ['We want a culture fit above all.', 'email', [['culture-fit', 'culture fit', 10]]],
  ]);
});
