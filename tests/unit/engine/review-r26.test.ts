import { describe, expect, it } from 'vitest';
import { read, type Found } from './read-findings';

// Round 26's independent review: each fault it found, in the reviewer's words and fresh ones, with
// the wording each rule is for still flagged.

describe('ordinary NHS wording the new rules must leave alone', () => {
  it.each([
    // Make-up time, and a neutral uniform line.
    'Any hours you need to make up must be agreed with your line manager.',
    'Make-up must be kept to a minimum.',
    // A faith named for patients, chaplaincy or a staff network.
    'Patients can ask to see a chaplain of the same faith.',
    'The staff network supports colleagues of the same faith and of none.',
    // Convictions asked for a post the advert says is exempt or needs an enhanced check.
    'This role requires an Enhanced DBS check with barred list. Applicants must declare any convictions and cautions.',
    'This post is exempt from the Rehabilitation of Offenders Act 1974. You must disclose any convictions or cautions that are not protected.',
    // Union duties as a benefit.
    'Staff get reasonable paid time off for their trade union activities.',
    // Stays of years that are no demand on the applicant.
    'Records must remain for at least eight years after the last entry.',
    'Residents usually stay for at least two years, so you will need to build lasting relationships.',
    'The PgDip is a two-year commitment and you will need protected study time.',
    // The national living wage's age band.
    'Bank staff aged 21 and over are paid at least the national living wage.',
    // Help on the ward, and a theatre dress code.
    'Tap someone on the shoulder if you need help.',
    'Nails must be short, no false nails, no facial piercings or visible tattoos in theatre.',
  ])('%j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('leaves a quiet microphone or a quiet line in panel e-mails', () => {
    expect(read('The mic was a bit too quiet, can we fix it for tomorrow?', 'email')).toEqual([]);
    expect(read("The candidate's audio was a bit too quiet on Teams, so we moved to the phone.", 'email')).toEqual([]);
  });
});

describe('the wording the rules are for, still flagged', () => {
  it.each<[string, 'advert' | 'email', Found]>([
    ['You must commit to the practice for at least nine years.', 'advert', [['minimum-stay-demanded', 'commit to the practice for at least nine years', 9]]],
    ['We need someone who will be with us for at least five years.', 'advert', [['minimum-stay-demanded', 'be with us for at least five years', 25]]],
    ['We tapped her on the shoulder for the post rather than advertising it.', 'email', [['informal-appointment', 'tapped her on the shoulder for the post', 3]]],
    ['We would prefer candidates of our faith for the reception post.', 'advert', [['religion-requirement', 'candidates of our faith', 16]]],
    ['Female staff must wear make-up on the front desk.', 'advert', [['grooming-rule', 'Female staff must wear make-up', 0]]],
    ['No visible tattoos on the shop floor.', 'advert', [['body-art-banned', 'No visible tattoos', 0]]],
  ])('%j', (text, context, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});
