import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 49 (engine-155): the 42nd real-advert audit, job descriptions and person specifications
// written in the NHS Jobs genre. Each reading is tried on a case in other words than the audit's,
// beside a near case it must leave alone.

describe('a health question with a word between "no" and the health problems', () => {
  flags([
    ['Applicants should have no significant medical conditions that would affect attendance.', 'advert', [['health-requirement', 'no significant medical conditions', 23]]],
    ['The successful candidate will have no existing health issues.', 'advert', [['health-requirement', 'no existing health issues', 35]]],
  ]);
  leaves([
    ['You will review patients with no known medical conditions who attend for NHS Health Checks.', 'advert'],
    ['Children with no known health problems are seen by the school nursing team.', 'advert'],
  ]);
});

describe('a driving post named by its title', () => {
  leaves([['Job Description: Pathology Driver, Band 2. Person specification: Full driving licence (A).', 'advert']]);
  flags([
    [
      'Job Description: Pathology Courier Assistant, Band 2. Person specification: Full driving licence (A).',
      'advert',
      [['driving-licence', 'Full driving licence', 76]],
    ],
  ]);
});

describe('mothers named as the ones the hours will suit', () => {
  flags([
    ['Mums will love the school-friendly shift pattern at our pharmacy.', 'advert', [['working-mums', 'Mums', 0]]],
    ['Mothers of young children may find the term-time post ideal.', 'advert', [['working-mums', 'Mothers of young children', 0]]],
  ]);
  leaves([
    ['Parents with school-age children will find the term-time hours suit them.', 'advert'],
    ['Mothers will find the car park next to the maternity unit.', 'advert'],
  ]);
});

describe('grit as the material spread in winter', () => {
  leaves([
    ['Duties include loading sacks of grit onto the spreader.', 'advert'],
    ['You will clear leaves and shovel sand and grit from the paths.', 'advert'],
  ]);
  flags([['We want a manager with the grit to see the merger through.', 'advert', [['masculine-relentless', 'grit', 27]]]]);
});

describe('a wish for someone who will not retire soon', () => {
  flags([
    ['We are looking for someone with no plans to retire in the next five years.', 'advert', [['age-would-suit', 'no plans to retire', 32]]],
    ['Ideally a candidate who is not about to retire.', 'advert', [['age-would-suit', 'not about to retire', 27]]],
  ]);
  leaves([['Our senior partner is not planning to retire, so there is no partnership vacancy this year.', 'advert']]);
});

describe('a post asking the holder to be a parent, whichever parent is named', () => {
  flags([
    ['Ideally the new health visitor will be a mum or dad themselves.', 'advert', [['family-status-requirement', 'a mum or dad themselves', 39]]],
    ['Applicants to the parenting team should be fathers themselves.', 'advert', [['family-status-requirement', 'be fathers themselves', 40]]],
  ]);
  leaves([
    ['Many of the volunteers who run the group are parents themselves.', 'advert'],
    ['The patient is a father himself and worries about his children.', 'advert'],
  ]);
});
