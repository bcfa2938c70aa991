import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Exclusionary requirements, disability and origin as other writers put them (round 16): time at the
// employer's or the work's call ("whenever the directorate needs it", "whenever they need them" after
// the consultants, "no restrictions on availability", "evenings and weekends as needed", "at the
// discretion of"); training abroad held against a candidate ("qualified abroad", "did his pharmacy
// degree in Lahore", "overseas-trained"); a lift or push without help and a posture held for long
// periods; a height measured, uncorrected vision, perfect teeth; doubts said as "I don't see how" and
// "puts me off"; a hire before held against the next ("we appointed a mother of two and ..."); a
// name compared ("names like hers"); a pastime, club or school favoured ("sails at the yacht club, which
// never hurts"); a speech test singled out ("want to hear how she speaks"). Beside them, the fair versions: patients' needs, the person's
// own choice, leave granted at discretion, training abroad as a plain fact or welcomed, equipment and
// a second person, a hire before praised, an insurer's reason, an occupational requirement.

/** Every finding but jargon, as [rule, text, start]. */
function read(text: string, context: 'advert' | 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category !== 'jargon').map((f) => [f.ruleId, f.text, f.start]);
}

describe('an exclusionary requirement, a disability or an origin however the writer puts it', () => {
  it.each<['advert' | 'email', string, [string, string, number][]]>([
    ['advert', 'You will cover the on-call rota whenever the directorate needs it.', [['time-demanded', 'whenever the directorate needs it', 32]]],
    ['advert', 'The post holder must be available to the consultants whenever they need them.', [['time-demanded', 'available to the consultants whenever they need them', 24]]],
    ['advert', '- Willing to work a 24/7 pattern with no restrictions on availability', [['time-demanded', 'no restrictions on availability', 38]]],
    ['advert', 'You must be willing to work evenings and weekends as needed.', [['time-demanded', 'work evenings and weekends as needed', 23]]],
    ['advert', 'You will be expected to work extra hours at the discretion of the lead pharmacist.', [['time-demanded', 'work extra hours at the discretion', 24]]],
    ['email', "Number 3 did his pharmacy degree in Lahore, which worries me a little.", [['origin-judged', 'did his pharmacy degree in Lahore', 9]]],
    ['email', "Dr K got his degree overseas - I'd put him lower down the list.", [['origin-judged', 'got his degree overseas', 5]]],
    ['email', 'Candidate 5 trained in Bucharest originally, so there would be a bit of settling in.', [['origin-judged', 'Candidate 5 trained in Bucharest', 0]]],
    ['email', "Candidate 2 is overseas-trained, so I'm worried about how long she'd take to get up to speed.", [['origin-judged', 'Candidate 2 is overseas-trained', 0]]],
    ['advert', 'You will need to lift patients on your own during the night.', [['physical-extent', 'You will need to lift patients on your own', 0]]],
    ['advert', '- Ability to squat and kneel for prolonged periods', [['physical-extent', 'Ability to squat and kneel for prolonged periods', 2]]],
    ['advert', 'Essential\n- Minimum height of 1.75 metres\n- Full uncorrected vision', [['physique-demanded', 'Minimum height of 1.75', 12], ['physique-demanded', 'Full uncorrected vision', 44]]],
    ['advert', 'Essential\n- Perfect teeth', [['looks-demanded', 'Perfect teeth', 12]]],
    ['email', "Candidate 6 has dyslexia and I don't see how she'd keep up with the notes.", [['condition-doubted', "dyslexia and I don't see how", 16]]],
    ['email', "Last year we appointed a mother of two and she was always leaving early, so I'd rather avoid that.", [['family-judged', "mother of two and she was always leaving early, so I'd rather", 25]]],
    ['email', "Our previous receptionist had epilepsy and it was a nightmare, so I'm wary.", [['health-judged', 'receptionist had epilepsy and it was a nightmare', 13]]],
    ['email', "Candidate 3: honestly patients struggle with names like hers, and I worry they won't warm to her.", [['origin-judged', 'struggle with names like hers', 31]]],
    ['email', "Number 8 - our patients would struggle with a name like that, so I'd mark her down.", [['origin-judged', 'struggle with a name like that', 30]]],
    ['email', "Candidate 7 is a Jehovah's Witness, not sure how that works with transfusions.", [['faith-judged', "Jehovah's Witness", 17]]],
    ['advert', 'Must be able to hear phone callers clearly without hearing aids.', [['health-history-bar', 'without hearing aids', 43]]],
    ['advert', 'We do not accept overseas qualifications for this post.', [['overseas-trained-unwanted', 'overseas qualifications', 17]]],
    ['email', 'Candidate 2 sails at the yacht club, which never hurts with the partners.', [['background-favoured', 'sails', 12], ['background-favoured', 'yacht club', 25]]],
    ['email', 'Applicant 6 went to a private school and plays polo - always a plus with this lot.', [['background-favoured', 'private school', 22], ['background-favoured', 'plays polo', 41]]],
    ['email', "Number 4 was fine on paper but I'd want to hear how she speaks before we offer.", [['origin-judged', 'want to hear how she speaks', 35]]],
    ['email', 'Candidate 3 can only do three days because of childcare, which is a shame.', [['family-judged', 'childcare, which is a shame', 46]]],
  ])('%s: %s', (context, text, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});

describe('the fair versions stay clean', () => {
  it.each<['advert' | 'email', string]>([
    ['advert', 'The duty team is there for patients whenever they need us.'],
    ['advert', 'You can choose whichever rota pattern suits you best.'],
    ['advert', 'There are no restrictions on annual leave outside the winter months.'],
    ['advert', 'Bank staff can work evenings and weekends as needed, if they wish.'],
    ['advert', "Annual leave is agreed at the manager's discretion."],
    ['email', 'Applicant 4 qualified abroad and has worked in the NHS for ten years: a strong candidate.'],
    ['advert', 'Overseas-trained nurses are welcome and we support NMC registration.'],
    ['advert', 'We will never ask you to move patients on your own; hoists and a second member of staff are always available.'],
    ['advert', 'You must be able to carry on your own initiative.'],
    ['advert', 'You will run the diabetic foot clinic on Tuesdays.'],
    ['email', 'Last year we hired a mum of two and she has been brilliant.'],
    ['advert', 'The role involves driving; a driving licence is required by our insurer for the fleet vehicles.'],
    ['advert', 'We welcome qualifications gained abroad where the GDC has accepted them.'],
    ['advert', 'Staff who need glasses can claim a free eye test.'],
    ['advert', 'The chaplain must be a practising Anglican; this is an occupational requirement under Schedule 9 of the Equality Act 2010.'],
    ['email', 'Her English was excellent and she explained her reasoning clearly.'],
    ['email', 'Patients struggle with names like Siobhan on the phone, so we spell them out in letters.'],
    ['email', "The practice sponsors the local rugby club's under-12s, so come along to a match."],
    ['email', 'She said the golf club is on the bus route from the station.'],
  ])('%s: %s', (context, text) => {
    expect(read(text, context)).toEqual([]);
  });
});
