import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 40, a nineteenth set of problem wording criticised by the EHRC, Acas, tribunals, the press and
// inclusive-language guides (engine-116), aimed at disability, race and nationality and exclusionary
// requirements: past sickness counted against a candidate, walking or both hands demanded, looks
// demanded, a Western name preferred, people on a visa route not wanted, a local origin or a nationality
// "through and through" demanded, and extra time or another format refused for a test. Each reading is
// shown in other words than the sources, with near sentences it leaves quiet.

describe('a count of past sickness absence that rules people out (sickness-held-against)', () => {
  flags([
    ['Anyone with sick leave totalling over ten working days in the past two years need not apply.', 'advert', [['sickness-held-against', 'sick leave totalling over ten working days', 12]]],
    ["Candidates with absences due to ill health of more than two weeks won't be shortlisted.", 'email', [['sickness-held-against', 'absences due to ill health of more than two weeks', 16]]],
  ]);
  leaves([
    ['Sickness absence of more than seven days needs a fit note from your GP.', 'advert'],
    ['You will refer staff with sickness absence of over four weeks to occupational health.', 'advert'],
    ['Time off sick of more than three days must be reported to your line manager.', 'advert'],
    ['Our sickness absence of 3.1 per cent is below the national average.', 'advert'],
    ['Sick leave of up to six months on full pay is part of the NHS terms.', 'advert'],
    ['You will record sick leave of more than 28 days on ESR.', 'advert'],
    ['We will not count sickness absence of any length against you.', 'email'],
  ]);
});

describe('a poor attendance record held against a candidate (sickness-held-against)', () => {
  flags([
    ['A weak attendance record will count against you at shortlisting.', 'advert', [['sickness-held-against', 'weak attendance record', 2]]],
    ["Don't bother with anyone who has a patchy attendance record from their last job.", 'email', [['sickness-held-against', 'patchy attendance record', 35]]],
  ]);
  leaves([
    ['You will manage staff with a poor attendance record in line with the policy.', 'advert'],
    ['The practice manager will monitor attendance records each month.', 'advert'],
    ['You will help us improve poor attendance at health checks among younger patients.', 'advert'],
    ['Poor attendance at the diabetes clinic is something this role will tackle.', 'advert'],
    ['You will follow up children with a poor attendance record at immunisation clinics.', 'advert'],
    ['We support colleagues back to work after illness whatever their attendance record.', 'advert'],
  ]);
});

describe('time off someone needed, held against them (sickness-held-against)', () => {
  flags([
    ['I would steer clear of the second applicant, she required a lot of time off last year.', 'email', [['sickness-held-against', 'required a lot of time off', 49]]],
    ["We won't have anyone who requires so much time off sick.", 'email', [['sickness-held-against', 'requires so much time off sick', 25]]],
    ['Candidates who needed so much time off in their last post will not be considered.', 'advert', [['sickness-held-against', 'needed so much time off', 15]]],
  ]);
  leaves([
    ['Patients who needed a lot of time off school will be offered catch-up sessions.', 'advert'],
    ['You will be able to take the time off you needed for training.', 'advert'],
    ['Thank you for covering; I know you needed a lot of time off for your move.', 'email'],
    ['Carers needed a great deal of time off during the pandemic, and our policy now reflects that.', 'advert'],
    ['We know staff have needed lots of time off for childcare, so we offer flexible hours.', 'advert'],
    ['The audit required a lot of time off the wards for the team.', 'advert'],
    ['Your course may require a lot of time off, which we will support.', 'advert'],
  ]);
});

describe('walking demanded of the person: a distance, or able to walk somewhere (physical-demands)', () => {
  flags([
    ['You must be able to walk briskly around the hospital site.', 'advert', [['physical-demands', 'able to walk', 12]]],
    ['The post holder will need to walk at least 3 km a day between the wards.', 'advert', [['physical-demands', 'walk at least 3 km', 29]]],
    ['Applicants should be able to walk up and down the stairs between the clinics.', 'advert', [['physical-demands', 'able to walk', 21]]],
    ['Make sure the candidates are able to walk round all three floors without help.', 'email', [['physical-demands', 'able to walk', 29], ['physical-unaided', 'without help', 65]]],
  ]);
  leaves([
    ['The surgery is a five minute walk from the station and has free parking.', 'advert'],
    ['You should be able to walk patients through the online booking system.', 'advert'],
    ['You must be able to walk new starters through our induction checklist.', 'advert'],
    ['We run a health walk of two miles every Tuesday for patients.', 'advert'],
    ['Our new site is 2 km walk from the town centre, on the 14 bus route.', 'advert'],
    ['Patients must be able to walk 6 metres for the mobility test.', 'advert'],
    ['You will support patients who are able to walk around the ward after surgery.', 'advert'],
    ['Staff can walk a mile at lunchtime on our wellbeing trail.', 'advert'],
    ['You will be able to walk to the city centre in ten minutes.', 'advert'],
  ]);
});

describe('looks demanded: a conventional or clean-cut look, immaculate presentation, a full head of hair', () => {
  flags([
    ['We need a receptionist with a conventional look who fits our brand.', 'advert', [['looks-demanded', 'conventional look', 30]]],
    ['The successful applicant must show impeccable presentation at all times.', 'advert', [['appearance-led', 'impeccable presentation', 35]]],
    ['Applicants must have a clean-cut appearance.', 'advert', [['appearance-led', 'clean-cut appearance', 23]]],
    ['Candidates must have immaculate presentation.', 'advert', [['appearance-led', 'immaculate presentation', 21]]],
    ['Applicants must have a full head of hair and a youthful appearance.', 'advert', [['looks-demanded', 'must have a full head of hair', 11], ['appearance', 'youthful appearance', 47], ['age-young', 'youthful', 47]]],
  ]);
  leaves([
    ['Your presentation at the case review will be marked by the panel.', 'advert'],
    ['You will give a ten-minute presentation at interview on a topic we send in advance.', 'advert'],
    ['The clinic has a clean, classic look after the refurbishment.', 'advert'],
    ['Use a clean cut of gauze for each wound.', 'advert'],
    ["Patients' clinical presentation will guide your assessment.", 'advert'],
    ['The report must have a conventional layout and impeccable presentation of data.', 'advert'],
    ['Our new website has a classic look and is easy to use.', 'advert'],
    ['Staff wear a plain uniform, which is provided.', 'advert'],
    ['You will need impeccable presentation skills for board meetings.', 'advert'],
    ['We expect flawless presentation of the monthly figures.', 'advert'],
    ['Long hair must be tied back in clinical areas.', 'advert'],
    ['You will support patients losing hair during chemotherapy.', 'advert'],
    ['Our wig service helps patients keep a full head of hair during treatment.', 'advert'],
    ['Hair nets are worn in the kitchen.', 'advert'],
    ['You will run the hair and beauty sessions on the dementia ward.', 'advert'],
    ['The bath chair has a full head support.', 'advert'],
  ]);
});

describe('a Western or British-sounding name preferred (name-judged)', () => {
  flags([
    ["The manager said he'd prefer applicants with British-sounding surnames.", 'email', [['name-judged', 'British-sounding surnames', 45]]],
    ['We shortlisted the ones with Western names first, to save time.', 'email', [['name-judged', 'Western names', 29]]],
  ]);
  leaves([
    ['Please write your British name and address on the form as in your passport.', 'advert'],
    ['Our Western Area team covers the rural practices.', 'advert'],
    ["You will check patients' names against their NHS numbers.", 'advert'],
    ['We anonymise names before shortlisting.', 'advert'],
    ['Names are removed from applications before the panel sees them.', 'advert'],
    ['Please give your name as you would like us to use it.', 'advert'],
  ]);
});

describe('people on a named visa route not wanted (visa-holders-refused)', () => {
  flags([
    ['We do not want anyone on a skilled worker visa for the reception job.', 'email', [['visa-holders-refused', 'anyone on a skilled worker visa', 15]]],
    ["The partners don't want applicants on a health and care visa.", 'email', [['visa-holders-refused', 'applicants on a health and care visa', 24]]],
  ]);
  leaves([
    ['We welcome applicants on a skilled worker visa and can sponsor this post.', 'advert'],
    ['If you are on a health and care visa, we can sponsor you.', 'advert'],
    ['This post is eligible for a health and care worker visa.', 'advert'],
    ['Applicants on a graduate visa can apply; we do not want anyone to be put off.', 'advert'],
    ['We do not want anyone to miss out: candidates on a skilled worker visa are welcome.', 'advert'],
  ]);
});

describe('coming from the local area demanded (local-origin)', () => {
  flags([
    ['The post holder must come from the local area.', 'advert', [['local-origin', 'come from the local area', 21]]],
    ['Applicants should ideally come from the local area.', 'advert', [['local-origin', 'come from the local area', 26]]],
  ]);
  leaves([
    ['Many of our patients come from the local community.', 'advert'],
    ['Volunteers come from the local area and help on the wards.', 'advert'],
    ['Referrals come from the local community mental health team.', 'advert'],
    ['Our staff come from the local area and from across London, and we welcome everyone.', 'advert'],
    ['Most of our donations come from the local community.', 'advert'],
    ['You will support families who come from the local area.', 'advert'],
  ]);
});

describe("a nationality demanded 'through and through' (uk-upbringing)", () => {
  flags([
    ['The ideal applicant is Scottish through and through.', 'advert', [['uk-upbringing', 'Scottish through and through', 23]]],
    ['They want a nurse who is British through and through, nothing else.', 'email', [['uk-upbringing', 'British through and through', 25]]],
  ]);
  leaves([
    ['Our values run through and through the practice.', 'advert'],
    ['The practice is patient-centred through and through.', 'advert'],
    ['You will see each referral through from start to finish.', 'advert'],
    ['Our team is proud to be NHS through and through.', 'advert'],
    ['The building is Victorian through and through, with stairs to every floor.', 'advert'],
    ['We are a British Sign Language friendly practice.', 'advert'],
  ]);
});

describe('extra time or another format refused for a selection test (adjustments-refused)', () => {
  flags([
    ["Sorry, we won't offer a video interview or any alternative to the panel day.", 'email', [['adjustments-refused', "won't offer a video interview or any alternative", 10]]],
    ['We cannot offer a telephone assessment or any alternatives, whatever your circumstances.', 'advert', [['adjustments-refused', 'cannot offer a telephone assessment or any alternatives', 3]]],
    ['The typing test is strictly timed and no additional time will be allowed.', 'advert', [['adjustments-refused', 'no additional time will be allowed', 38]]],
    ['There is no alternative to the timed exam, so she will have to sit it as it stands.', 'email', [['adjustments-refused', 'no alternative to the timed exam', 9]]],
    ["I'm sorry, but we cannot offer an alternative to the written assessment.", 'email', [['adjustments-refused', 'cannot offer an alternative', 18]]],
  ]);
  leaves([
    ['We can offer a video interview or any alternative to the panel day that suits you.', 'advert'],
    ['If you cannot attend, we will offer a phone interview or any alternative you need.', 'advert'],
    ['We are unable to offer a phone interview slot after 5pm, but let us know what helps.', 'advert'],
    ['You will offer a video consultation or any alternative the patient prefers.', 'advert'],
    ['Patients who cannot use the app can book a phone appointment or any alternative.', 'advert'],
    ["We won't offer an alternative to the DBS check.", 'advert'],
    ['No extra time is given for late applications after the closing date.', 'advert'],
    ['Please tell us if you need extra time in the test; we will agree adjustments.', 'advert'],
    ['There is no alternative to the DBS check for this role.', 'advert'],
    ['No additional time is available for breaks on the twilight shift.', 'advert'],
    ['We can offer an alternative to the written test if you tell us what you need.', 'advert'],
    ['If a face-to-face interview is hard for you, we will offer an alternative.', 'advert'],
    ['There are no alternatives to the statutory training, which is given in paid time.', 'advert'],
    ['No extra time can be given on the booking slots for the minor ops list.', 'email'],
  ]);
});

describe('the use of both hands or both arms demanded (physical-demands)', () => {
  flags([
    ['Must be able to type at 60 words per minute using both hands.', 'advert', [['physical-demands', 'using both hands', 44]]],
    ['You must be able to lift patients with both arms.', 'advert', [['physical-demands', 'must be able to lift', 4], ['physical-demands', 'with both arms', 34]]],
  ]);
  leaves([
    ['You will teach patients to use both hands when using an inhaler spacer.', 'advert'],
    ['Hand hygiene means washing with both hands for 20 seconds.', 'advert'],
    ['Patients who have lost the use of both hands are supported by our OT team.', 'advert'],
    ['You will support children with both arms in casts.', 'advert'],
    ['We welcome typists who use one hand, voice software or both hands.', 'advert'],
    ['The role involves typing, and we provide voice software if you cannot use both hands.', 'advert'],
  ]);
});
