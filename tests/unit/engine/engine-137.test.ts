import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 44 (engine-137): the study slice's false alarms and traps, each kind in new words.

const abbreviations = (text: string) => read(text).filter(([rule]) => rule === 'unexpanded-acronym');

describe('a code naming a certificate or licence, glossed in brackets after it', () => {
  it('leaves the codes of a list before the certificate the brackets explain', () => {
    expect(abbreviations('- FL2 and FL4 forklift licences (safe driving of counterbalance trucks), or willing to train')).toEqual([]);
  });
  it('still flags the code with no gloss, or with brackets that only qualify it', () => {
    expect(abbreviations('- Hold an FL2 licence for the loading bay.')).toEqual([['unexpanded-acronym', 'FL2', 10]]);
    expect(abbreviations('- FL2 licence (or above) for the loading bay.')).toEqual([['unexpanded-acronym', 'FL2', 2]]);
  });
});

describe('letters and their noun in brackets after the writer’s own words for the thing', () => {
  it('leaves "(LETTERS noun)" after words whose first gives the letters’ initial', () => {
    expect(abbreviations('- Load the robotic dispensing units (RDU cabinets) before the morning clinic.')).toEqual([]);
  });
  it('still flags letters whose brackets follow words that do not give them', () => {
    expect(abbreviations('- Join the weekly huddles (MDT huddles) with the consultants.')).toEqual([['unexpanded-acronym', 'MDT', 27]]);
  });
});

describe('"in good shape" said of things, and a post that keeps you in shape', () => {
  leaves([
    ['By spring the vans and the kit were in good shape again.', 'advert'],
    ['The fleet is in great shape after the refit.', 'advert'],
    ['Free bikes on the cycle-to-work scheme will keep you in shape.', 'advert'],
    ['The hill between the two wards keeps you in shape.', 'advert'],
  ]);
  flags([
    ['Applicants should be in good shape.', 'advert', [['physically-fit', 'be in good shape', 18]]],
    ['We want somebody in top shape for the stair carries.', 'advert', [['physically-fit', 'somebody in top shape', 8]]],
  ]);
});

describe('women or men named as those whom people cared for are at ease with', () => {
  leaves([['The ladies in bay 2 are more comfortable with the nurses who know them.', 'email']]);
  flags([
    ['The ladies in bay 2 are more comfortable with women helping them wash.', 'email', [['sex-preferred', 'women', 46]]],
    ['Send us lads next time; the ladies on reception are comfortable with the phones.', 'email', [
      ['staff-called-girls', 'lads', 8],
      ['reception-girls', 'ladies on reception', 28],
    ]],
  ]);
});

describe('a trait of someone the candidate must deal with in a scenario', () => {
  leaves([
    ['Scenario 3: you clash with a forceful ward manager over a bed move. What do you do?', 'email'],
    ['How would you handle an aggressive locum who refuses the checklist?', 'email'],
  ]);
  flags([
    ['We need a forceful manager to turn the ward round.', 'advert', [['masculine-force', 'forceful', 10]]],
    ['Tell us how you would support a dominant personality in a new team.', 'email', [['masculine-dominant', 'dominant', 32]]],
    ['We want a dominant leader who will deal with the consultants.', 'email', [['masculine-dominant', 'dominant', 10]]],
  ]);
});
