import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 46 (engine-145): the application process and its terms as reviewers and regulators have criticised them
// (EHRC advertising guidance, RNID on accessible recruitment, Unlock on spent convictions, the Halo Code, reports
// of Griffiths v DWP on absence triggers), paraphrased afresh. Each reading is shown on new cases that flag and on
// near misses that must not: the same words of patients, of the employer's own support, or a lawful term.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('applying by phone made the only way, said as "applications will only be accepted over the telephone" or "we only take applications by phone"', () => {
  check([
    ['Applications can only be made by phone to the surgery manager.', 'advert', ['phone-only-application@0:Applications can only be made by phone']],
    ['We only take applications over the telephone on weekday mornings.', 'advert', ['phone-only-application@0:We only take applications over the telephone']],
    ['Applications are only received via the phone line.', 'advert', ['phone-only-application@0:Applications are only received via the phone']],
    // Near misses.
    ['Applications can be made online, or by phone if you prefer.', 'advert', []],
    ['We only accept applications online; phone us with any questions.', 'advert', []],
    ['Informal enquiries can only be made by phone to Dr Shah.', 'advert', []],
    ['Applications will only be accepted by phone or email.', 'advert', []],
    ['Patients can only make appointments by telephone after 8am.', 'advert', []],
  ]);
});

describe('handwriting made the only way to apply (dyslexia, dyspraxia, arthritis, sight loss), not prescriptions, nor a choice of typed or handwritten', () => {
  check([
    ['The practice only accepts hand-written applications.', 'advert', ['handwritten-only-application@13:only accepts hand-written applications']],
    ['Supporting statements should be completed by hand.', 'advert', ['handwritten-only-application@0:Supporting statements should be completed by hand']],
    ['Tell the agency we take handwritten letters only.', 'email', ['handwritten-only-application@24:handwritten letters only']],
    // Near misses.
    ['Covering letters can be handwritten or typed.', 'advert', []],
    ['Prescriptions must be handwritten by the prescriber.', 'advert', []],
    ['Cards for patients should be written by hand.', 'advert', []],
    ['Your statement must be written in your own words.', 'advert', []],
    ['Application forms must be handwritten unless you would prefer to apply online.', 'advert', []],
    ['Handwritten notes are only kept for 6 months.', 'advert', []],
    ['We only accept typed applications.', 'advert', []],
  ]);
});

describe('qualifications or training that "were gained overseas" turned away, as "gained overseas" already was; not when welcomed or only described', () => {
  check([
    ['Skip anyone whose degree was obtained abroad, please; we don\'t want them.', 'email', ['overseas-trained-unwanted@18:degree was obtained abroad']],
    ['Do not put forward candidates whose training was completed outside the UK.', 'email', ['overseas-trained-unwanted@36:training was completed outside the UK']],
    // Near misses.
    ['Nurses whose qualifications were gained overseas are welcome and supported through exam preparation.', 'advert', []],
    ['Her qualifications were gained overseas and she has full registration.', 'email', []],
    ['We support doctors whose training was completed abroad with a full induction.', 'advert', []],
    ['Please don\'t send CVs without a registration number.', 'email', []],
    ['Screen out applications that are incomplete.', 'advert', []],
  ]);
});

describe('a cap on a candidate\'s past absences ("no more than two sickness absences", "no spells of sick leave"), not a rota limit or an absence policy', () => {
  check([
    ['Candidates should have had no more than two sickness absences in the past year.', 'advert', ['attendance-record@11:should have had no more than two sickness absences']],
    ['You must have had fewer than 4 episodes of sickness in your current post.', 'advert', ['attendance-record@18:fewer than 4 episodes of sickness']],
    ['Applicants with no spells of sick leave in the last two years preferred.', 'advert', ['attendance-record@16:no spells of sick leave']],
    // Near misses.
    ['No more than two members of staff can be on leave at any one time.', 'advert', []],
    ['Staff with more than three absences in 12 months will be supported under the attendance management policy.', 'advert', []],
    ['You will manage the rota so that no more than 2 absences overlap.', 'advert', []],
    ['The post holder will record periods of sickness for the team.', 'advert', []],
    ['We have had fewer than 3 sick days across the team this year.', 'advert', []],
  ]);
});

describe('people expected to keep working while ill, not infection-control advice to stay away, nor patients or sickness data', () => {
  check([
    ['You will be the kind of person who turns up even when feeling under the weather.', 'advert', ['illness-worked-through@35:turns up even when feeling under the weather']],
    ['The last receptionist kept working while she was poorly, which is what we need.', 'email', ['illness-worked-through@22:kept working while she was poorly']],
    ['Our nurses work through illness to keep clinics running.', 'advert', ['illness-worked-through@11:work through illness']],
    // Near misses.
    ['Please do not come in if you are unwell; call the duty manager.', 'advert', []],
    ['Staff should not come into work when unwell with diarrhoea or vomiting.', 'advert', []],
    ['Nobody is expected to work through illness here.', 'advert', []],
    ['You will work through sickness absence data with the practice manager.', 'advert', []],
    ['Patients often keep working while ill, so we offer evening appointments.', 'advert', []],
    ['If you feel unwell, stay at home and tell your manager.', 'advert', []],
  ]);
});

describe('no other format or no help for a test, and people needing adjustments "may be unsuitable" or "will not be considered"', () => {
  check([
    ['The numeracy test is online only and no alternative format can be offered.', 'advert', ['adjustments-refused@37:no alternative format can be offered']],
    ['No help will be given during the assessment.', 'advert', ['adjustments-refused@0:No help will be given during the assessment']],
    ['No other versions are available for the written exercise.', 'advert', ['adjustments-refused@0:No other versions are available']],
    ['Candidates who require adjustments will not be considered for this post.', 'advert', ['adjustments-ruled-out@0:Candidates who require adjustments will not be considered']],
    ['Disabled applicants may be unsuitable for the role.', 'advert', ['adjustments-ruled-out@0:Disabled applicants may be unsuitable']],
    // Near misses.
    ['Other formats are available on request.', 'advert', []],
    ['No other format is needed: the form works with screen readers.', 'advert', []],
    ['Help will be available during the assessment if you need it.', 'advert', []],
    ['Candidates who require adjustments will be considered equally and supported.', 'advert', []],
    ['No alternative formats are needed for the leaflet.', 'advert', []],
    ['Candidates who need adjustments will not be disadvantaged.', 'advert', []],
  ]);
});

describe('"no criminal record of any kind" is a blanket bar, unlike a bar on convictions of a kind relevant to a post in regulated activity', () => {
  check([
    ['Applicants should have no convictions of any kind.', 'advert', ['criminal-record-blanket-ban@11:should have no convictions']],
    ['You must not have a criminal record of any sort.', 'advert', ['criminal-record-blanket-ban@4:must not have a criminal record']],
    ['We will not employ anyone with a police record of any nature.', 'advert', ['criminal-record-blanket-ban@3:will not employ anyone with a police record']],
    // Near misses.
    ['You must have no convictions for offences of any kind against children; this post is in regulated activity.', 'advert', []],
    ['Staff will handle records of any kind securely.', 'advert', []],
    ['You must have no outstanding fines of any kind.', 'advert', []],
    ['Having a criminal record of any kind will not automatically bar you from the post.', 'advert', []],
  ]);
});

describe('the right to work "without visas" or "without needing a visa" turns away visa holders; saying a post cannot be sponsored does not', () => {
  check([
    ['We can only take nurses who have the right to work without needing a visa.', 'email', ['no-sponsorship@37:right to work without needing a visa']],
    ['Only candidates with the right to work in the UK without visas will be shortlisted.', 'advert', ['no-sponsorship@25:right to work in the UK without visas']],
    // Near misses.
    ['You must have the right to work in the UK; we are unable to offer visa sponsorship.', 'advert', []],
    ['Applicants need the right to work in the UK without visa sponsorship, as this post cannot be sponsored.', 'advert', []],
    ['We welcome applicants on a Health and Care Worker visa.', 'advert', []],
    ['Proof of the right to work will be checked before you start.', 'advert', []],
  ]);
});

describe('childcare to be "arranged before" applying or interview, not childcare the employer arranges', () => {
  check([
    ['Please ensure your child care is organised before you apply.', 'advert', ['caring-responsibilities@19:child care']],
    ['She\'ll need childcare arranged prior to interview, otherwise don\'t bother.', 'email', ['caring-responsibilities@12:childcare arranged', 'plain-words@31:prior to']],
    // Near misses.
    ['Our nursery can help you get childcare arranged before your start date.', 'advert', []],
    ['Childcare vouchers are arranged through payroll.', 'advert', []],
    ['We arranged the interview before the school run so parents can attend.', 'advert', []],
    ['Childcare arranged by the trust is available from 7am.', 'advert', []],
    ['Ask us about childcare organised by the hospital nursery.', 'advert', []],
  ]);
});

describe('a health questionnaire returned with the application (before any offer), not one sent after the offer, nor other forms', () => {
  check([
    ['Your medical questionnaire should be submitted with your application.', 'advert', ['health-questionnaire@5:medical questionnaire', 'health-before-interview@37:submitted with your application']],
    ['The health declaration form must be attached to your CV.', 'advert', ['health-questionnaire@4:health declaration form']],
    ['Please complete the sickness questionnaire and send it as part of your application.', 'advert', ['health-questionnaire@20:sickness questionnaire']],
    // Near misses.
    ['The equality monitoring form should be completed with your application.', 'advert', []],
    ['A health questionnaire will be sent to the successful candidate after the offer.', 'advert', []],
    ['References will be requested and returned with your application.', 'advert', []],
    ['Your covering letter should be submitted with your application form.', 'advert', []],
    ['The occupational health form is sent to the successful applicant after the offer.', 'advert', []],
  ]);
});

describe('a UK bank account, address or postcode demanded before applying, not by the start date, of patients, or after an offer', () => {
  check([
    ['Candidates need to have a UK residential address before applying.', 'advert', ['uk-ties-demanded@11:need to have a UK residential address']],
    ['You are required to provide a UK home address to be considered.', 'advert', ['uk-ties-demanded@4:are required to provide a UK home address to be considered']],
    ['A UK postcode is essential to apply.', 'advert', ['uk-ties-demanded@2:UK postcode is essential to apply']],
    // Near misses.
    ['A UK bank account is needed for payroll before you start.', 'advert', []],
    ['Please give your UK address if you have one.', 'advert', []],
    ['The successful candidate must have a UK bank account for salary payments.', 'advert', []],
    ['You will need a UK address by your start date; we can help with relocation.', 'advert', []],
    ['Patients must have a UK address to register with the practice.', 'advert', []],
    ['We do not need you to have a UK bank account to apply.', 'advert', []],
    // No stage named: a payroll or DBS need after the offer (mend-46a).
    ['You are required to provide a UK home address and a UK bank account.', 'advert', []],
  ]);
});

describe('"business-like", "conservative" or "corporate" hairstyles demanded (Halo Code), not hair tied back for infection control', () => {
  check([
    ['All reception staff must have conservative hairstyles.', 'advert', ['grooming-rule@30:conservative hairstyles']],
    ['Hair should be worn in a business-like style at all times.', 'advert', ['grooming-rule@0:Hair should be worn in a business-like style']],
    ['Hair should look corporate on the front desk.', 'advert', ['grooming-rule@0:Hair should look corporate']],
    // Near misses.
    ['Long hair must be tied back for infection control.', 'advert', []],
    ['You will cut and style hair in a conventional salon.', 'advert', []],
    ['We welcome all hairstyles, including locs, braids and afros.', 'advert', []],
    ['Hair should be tied back in a professional style in clinical areas.', 'advert', []],
    ['Our business-like approach to hair loss clinics is popular.', 'advert', []],
  ]);
});

describe('a disclosed condition followed by "might not be up to the role" or "won\'t be up to full-time hours"; not patients, support agreed or "up to date"', () => {
  check([
    ['He told us he\'s been through chemotherapy, so he might not be up to the role.', 'email', ['condition-doubted@29:chemotherapy, so he might not be up to the role']],
    ['She mentioned her epilepsy; I worry she won\'t be up to full-time hours.', 'email', ['condition-doubted@18:epilepsy; I worry']],
    ['She has lupus and is not up to it, in my view.', 'email', ['condition-doubted@8:lupus and is not up to it']],
    // Near misses.
    ['The patient has arthritis and may not be up to the walk.', 'email', []],
    ['She is a strong candidate and her dyslexia is not a problem; she will be up to the job.', 'email', []],
    ['He had cancer some years ago and is fully up to the role.', 'email', []],
    ['She has asthma; we have agreed a plan so she\'ll be up to full hours.', 'email', []],
    ['Her training may not be up to date.', 'email', []],
  ]);
});

describe('a ban on visible tattoos or piercings, kept silent where a sterile or clean-room reason is given (as the hair rule already is)', () => {
  check([
    ['No visible tattoos are allowed on the reception desk.', 'advert', ['body-art-banned@0:No visible tattoos']],
    // Near misses.
    ['No visible tattoos in the clean room, where arms stay covered under the gown.', 'advert', []],
    ['Facial piercings must be removed in the sterile production unit.', 'advert', []],
    ['No visible piercings in the aseptic suite.', 'advert', []],
  ]);
});
