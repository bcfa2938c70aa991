import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 43 (engine-130): real wordings criticised in job adverts and recruitment messages (EHRC advertising
// guidance, Centre for Ageing Better, neurodiversity and mental health employer guides, tribunal reports),
// paraphrased afresh. Each reading is shown on new cases that flag and on near misses that must not: the
// same words said of patients, of the employer's own support, or turned down by the writer.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a spellchecker, dictation software or text-to-speech forbidden is a bar on dyslexic and disabled people, like "without assistive technology"', () => {
  check([
    ['Clinic letters must be proofread without a spell checker.', 'advert', ['health-history-bar@33:without a spell checker']],
    ['Strong written English is essential, typed without the help of dictation software.', 'advert', ['health-history-bar@43:without the help of dictation software']],
    ['For the coding post she should be able to write notes without relying on spellcheck.', 'email', ['generic-pronoun@20:she', 'health-history-bar@54:without relying on spellcheck']],
    // Near misses.
    ['We give every new starter dictation software and a spellchecker.', 'advert', []],
    ['Our letters go out without spelling mistakes.', 'advert', []],
    ['You will not need to work without spellcheck: we provide assistive software.', 'advert', []],
    ['You will train patients to read without magnification where their sight allows.', 'advert', []],
    ['She typed the whole report without a spell checker and it was spotless.', 'email', []],
    ['Staff who use dictation software or a screen reader are supported by IT.', 'advert', []],
    ['Applicants with dyslexia can ask for spellcheck and extra time in the written test.', 'advert', []],
  ]);
});

describe('eye contact or a firm handshake demanded of the person in an advert (not a skill taught to patients, nor a panel told not to score it)', () => {
  check([
    ['Healthcare assistants should make direct eye contact with every visitor.', 'advert', ['eye-contact-demanded@29:make direct eye contact']],
    ['A firm handshake is expected when you meet families.', 'advert', ['eye-contact-demanded@0:A firm handshake']],
    ['For the front desk we need someone who can hold eye contact with callers.', 'email', ['eye-contact-demanded@43:hold eye contact']],
    // Near misses.
    ['You will run sessions that encourage children to make eye contact.', 'advert', []],
    ['Panels must not score eye contact or the handshake.', 'email', []],
    ['Speech and language therapists support pupils to keep eye contact during play.', 'advert', []],
    ['Eye contact is not required in the interview, and we will make adjustments.', 'advert', []],
    ['Our team made eye contact a focus of the autism training.', 'advert', []],
    // A panel's note about a candidate is read by eye-contact-judged, not as a demand.
    ['Candidate 2 kept good eye contact with the actor in the role play and explained the plan clearly.', 'email', ['eye-contact-judged@22:eye contact']],
    ['We offer a confident start to your career with a full induction.', 'advert', []],
  ]);
});

describe('adjustments ruled out: a demand to cope "without requiring adjustments", "please don\'t ask for adjustments", adjustments "cannot be offered" for the test', () => {
  check([
    ['Nurses must manage a busy clinic list without requiring reasonable adjustments.', 'advert', ['adjustments-ruled-out@7:must manage a busy clinic list without requiring reasonable adjustments']],
    ["Please don't ask for adjustments to the written exercise.", 'advert', ["adjustments-ruled-out@0:Please don't ask for adjustments"]],
    ['Reasonable adjustments cannot be offered for the group exercise.', 'advert', ['adjustments-refused@0:Reasonable adjustments cannot be offered']],
    // Near misses.
    ['Please do not request adjustments until you are invited to interview; we will then ask what you need.', 'advert', []],
    ['Adjustments cannot be made to the rota once it is published.', 'advert', []],
    ['We will make reasonable adjustments at every stage of the process.', 'advert', []],
    ['Adjustments can be made to the interview; let us know what would help.', 'advert', []],
    ['You must manage a busy clinic list without needing supervision after six months.', 'advert', []],
    ["Please don't request annual leave in December.", 'email', []],
    ['Our staff may request adjustments at any time through occupational health.', 'advert', []],
  ]);
});

describe('indefinite leave to remain made a condition of being considered, as settled status is', () => {
  check([
    ['Only applicants with indefinite leave to remain can be considered for this post.', 'advert', ['immigration-status-refused@21:indefinite leave to remain']],
    ['Candidates without indefinite leave will not be shortlisted.', 'email', ['immigration-status-refused@19:indefinite leave']],
    // Near misses.
    ['We welcome applicants on any visa, and those with indefinite leave to remain.', 'advert', []],
    ['If you hold indefinite leave to remain you can share your status with a share code.', 'advert', []],
    ['She was granted indefinite leave to remain last year.', 'email', []],
    ['We can sponsor this post; indefinite leave to remain is not required.', 'advert', []],
    ['Our HR team can explain indefinite leave to remain to staff.', 'advert', []],
    ['Staff on a skilled worker visa may apply for indefinite leave to remain after five years.', 'advert', []],
  ]);
});

describe('a post holder who must "be from the local area", as one who must "come from" it', () => {
  check([
    ['Our new receptionist must be from the local area.', 'advert', ['local-origin@26:be from the local area']],
    ['Ideally the post holder will be from the local community.', 'email', ['local-origin@29:be from the local community']],
    // Near misses.
    ['Many of our patients are from the local community.', 'advert', []],
    ['Volunteers from the local community help run our garden.', 'advert', []],
    ['You will work with partners from the local area.', 'advert', []],
    ['The post holder must know the local area and its services.', 'advert', []],
    ['Staff travel from across the region; there is free parking.', 'advert', []],
    ['Our speaker will be from the local community health team.', 'email', []],
  ]);
});

describe('a husband-and-wife team or "flexible family circumstances" asked for', () => {
  check([
    ['A husband-and-wife team would be ideal for the branch surgery.', 'advert', ['family-status-requirement@2:husband-and-wife team']],
    ['Applicants must have flexible family circumstances, as shifts change weekly.', 'advert', ['family-status-requirement@21:flexible family circumstances']],
    // Near misses.
    ['We support staff whose family circumstances change, with flexible working.', 'advert', []],
    ['The practice was founded by a husband and wife in 1985.', 'advert', []],
    ['Our husband and wife partners welcome applications from all.', 'advert', []],
    ['Whatever your family situation, we offer part-time and job-share options.', 'advert', []],
    ['The health visitor supports families with flexible family time at weekends.', 'advert', []],
    ['We offer flexible working whatever your family circumstances.', 'email', []],
  ]);
});

describe('work-life balance disowned ("if you want work-life balance, look elsewhere")', () => {
  check([
    ['If you want work-life balance, look elsewhere.', 'advert', ['long-hours-boast@0:If you want work-life balance']],
    ['Forget about work-life balance in your first year.', 'advert', ['long-hours-boast@0:Forget about work-life balance']],
    // Near misses.
    ['We value work-life balance and offer flexible hours.', 'advert', []],
    ['Our staff tell us the work-life balance is excellent.', 'advert', []],
    ['Work-life balance is a priority here: no one works late.', 'advert', []],
    ['We want you to have a good work-life balance.', 'advert', []],
    ['Flexible working gives you a work life balance that suits you.', 'advert', []],
    ['Several candidates asked about work-life balance, so please mention flexible working.', 'email', []],
  ]);
});

describe('breaks for prayer refused, and fasting over Ramadan held against a candidate', () => {
  check([
    ['Staff cannot take a break for prayers during the clinic.', 'advert', ['faith-practice-held-against@18:a break for prayers']],
    ['Her fasting over Ramadan could be an issue on the long days.', 'email', ['faith-practice-held-against@4:fasting over Ramadan']],
    // Near misses.
    ['A quiet room is available for prayer, and breaks can be taken for prayers.', 'advert', []],
    ['We support colleagues fasting during Ramadan with flexible breaks.', 'advert', []],
    ['Time for prayer can be arranged with your manager.', 'advert', []],
    ['The chaplaincy is available for prayers on the ward.', 'email', []],
    ['You will not be able to take breaks during the observation sessions, but you get time back after.', 'advert', []],
    ['Staff observing Ramadan can swap shifts with colleagues.', 'advert', []],
  ]);
});

describe("menopause stereotypes: a group of women called forgetful or moody for it, or a candidate's mood put down to it", () => {
  check([
    ["Perimenopausal staff tend to be forgetful, so I'd go for someone younger.", 'email', ['hormones-blamed@0:Perimenopausal staff tend to be forgetful', 'age-young@65:younger']],
    ["She's clearly going through the change, she snapped at the panel.", 'email', ["hormones-blamed@0:She's clearly going through the change"]],
    // Near misses.
    ['Menopausal women are welcome to ask for adjustments, such as a fan.', 'advert', []],
    ['Our menopause policy supports menopausal staff.', 'advert', []],
    ["She's just started the menopause clinic in outpatients.", 'email', []],
    ['Perimenopausal women can get advice from our occupational health team.', 'advert', []],
    ['The candidate talked about running a menopause support group.', 'email', []],
    ['Menopausal women are entitled to the same flexible working as everyone.', 'advert', []],
  ]);
});

describe('"thick skin" asked for where patient complaints are named; a patient\'s own skin (has, with, a body part) is still not read', () => {
  check([
    ['Practice managers need a thick skin for patient complaints.', 'advert', ['thick-skin@23:a thick skin']],
    ["You'll handle patient feedback, so being thick-skinned helps.", 'advert', ['thick-skin@41:thick-skinned']],
    // Near misses.
    ["Podiatrists reduce thick skin on patients' feet.", 'advert', []],
    ['Patients with thick skin may need a longer needle for injections.', 'advert', []],
    ['Some patients have thick skin over old scars, so check the wound each visit.', 'advert', []],
    ["Thick skin on a patient's knees may show pressure damage.", 'advert', []],
    ['Apply emollient where patients have thick skin.', 'advert', []],
    ['You will not need a thick skin here: we back our staff.', 'advert', []],
  ]);
});

describe('"not the role for the easily stressed" and "isn\'t for the mentally fragile" warn people off by their mental health', () => {
  check([
    ['This is not the role for the easily stressed.', 'advert', ['faint-hearted@8:not the role for the easily stressed']],
    ["The ward isn't for the mentally fragile.", 'advert', ["faint-hearted@9:isn't for the mentally fragile"]],
    // Near misses.
    ['We care for the emotionally fragile and the mentally unwell.', 'advert', []],
    ['This is not the role for you if you want to work nights.', 'advert', []],
    ['Our service is for the frail and the fragile.', 'advert', []],
    ['The day unit is a place for the frail and fragile to rest.', 'advert', []],
    ['We support staff who are feeling fragile after a hard shift.', 'advert', []],
    ["It isn't a job for the weekends only: it is Monday to Friday.", 'advert', []],
  ]);
});

describe('time off with depression, for anxiety or for mental health barred, and a warning to "think twice before applying"', () => {
  check([
    ['Candidates who have had time off for anxiety will not be considered.', 'advert', ['health-barred@24:time off for anxiety']],
    ['Anyone who has had time off with depression should not apply.', 'advert', ['health-barred@19:time off with depression']],
    ['Applicants who have needed time off for their mental health should think twice before applying.', 'advert', ['health-barred@27:time off for their mental health']],
    // Near misses.
    ['Staff who have had time off for their mental health are supported back to work.', 'advert', []],
    ['If you have needed time off with stress, occupational health can help.', 'advert', []],
    ['We have had time off for stress reviewed by our wellbeing team.', 'advert', []],
    ['She has taken time off for her mental health and we are supporting her return.', 'email', []],
    ['Patients who have had time off with depression are referred to our service.', 'advert', []],
    ['A gap in your CV for time off with anxiety will not count against you.', 'advert', []],
  ]);
});

describe('people with a named condition told the job may not suit them or that they will struggle in it', () => {
  check([
    ['People with ADHD might not cope with this job.', 'advert', ['disability-group-judged@0:People with ADHD might not cope with this job']],
    ['Candidates with anxiety may find the role too demanding.', 'advert', ['disability-group-judged@0:Candidates with anxiety may find the role too demanding']],
    ['The post would not be suitable for someone with epilepsy.', 'advert', ['disability-group-judged@0:The post would not be suitable for someone with epilepsy']],
    // Near misses.
    ['Applicants with dyslexia may find the written test hard, so we offer extra time.', 'advert', []],
    ['People with autism might find this role rewarding.', 'advert', []],
    ['Patients with anxiety may find the waiting room too busy.', 'advert', []],
    ['This role may not suit people who want a quiet office.', 'advert', []],
    ['Staff with diabetes will find this role supports regular breaks.', 'advert', []],
    ['Candidates with anxiety may find the role too demanding at first; we provide support and adjustments.', 'advert', []],
    ['You will work with people with depression who may find the service hard to reach.', 'advert', []],
  ]);
});

describe('any number of years out of school or college, and a school leaving date within the past N years, read as an age proxy', () => {
  check([
    ['Ideal for someone five years out of college.', 'advert', ['age-just-left-education@18:five years out of college']],
    ['Must have left school within the past four years.', 'advert', ['age-just-left-education@10:left school within the past four years']],
    // Near misses.
    ['Five years out of training, she now leads the ward.', 'advert', []],
    ['We welcome applicants whatever their age, including those many years out of education.', 'advert', []],
    ["Patients who left school within the past four years can join the young people's group.", 'advert', []],
    ['Our apprentices are typically one or two years out of school, but all ages are welcome.', 'advert', []],
    ['You will support children who have been out of school for ten years.', 'advert', []],
    ['Staff five years out of school can apply for the degree apprenticeship.', 'advert', []],
  ]);
});

describe('"heterosexual" asked for is a sexual orientation judged, as "gay" is', () => {
  check([
    ['Heterosexual applicants only.', 'advert', ['orientation-judged@0:Heterosexual applicants only']],
    ["I'd rather appoint someone heterosexual to this post.", 'email', ['orientation-judged@11:appoint someone heterosexual']],
    // Near misses.
    ['Our staff network welcomes LGBT+, heterosexual and all colleagues.', 'advert', []],
    ['The monitoring form asks whether you are heterosexual, gay, lesbian or bisexual; it is optional.', 'advert', []],
    ['Our sexual health clinic sees heterosexual and gay patients.', 'advert', []],
    ['The research found heterosexual couples use the clinic less.', 'email', []],
  ]);
});

describe('people who need a visa told they will not be shortlisted', () => {
  check([
    ["Anyone needing a visa won't be shortlisted.", 'advert', ['visa-holders-refused@0:Anyone needing a visa']],
    ['Candidates on a student visa will not be shortlisted.', 'email', ['visa-holders-refused@0:Candidates on a student visa']],
    // Near misses.
    ['Candidates on any visa will be shortlisted on merit.', 'advert', []],
    ['Applicants who need a visa will be shortlisted in the usual way.', 'advert', []],
    ['We will not shortlist on visa status.', 'advert', []],
    ['Applicants who need a visa were shortlisted with everyone else.', 'email', []],
  ]);
});

describe('a beard to be kept short or trimmed to stubble, as "clean-shaven" is (a mask with a hood offered instead is the reason stated)', () => {
  check([
    ['Beards will need to be kept short for all reception staff.', 'advert', ['clean-shaven@0:Beards will need to be kept short']],
    ["Tell him he'll have to trim his beard to stubble before he starts.", 'email', ['clean-shaven@23:trim his beard to stubble']],
    // Near misses.
    ['Beards must be covered with a snood in the kitchen.', 'advert', []],
    ['Beards must be trimmed where a tight-fitting mask is needed; a powered hood is offered as the alternative.', 'advert', []],
    ['Staff with beards for religious reasons will be offered a hood instead of a mask.', 'advert', []],
    ['He said he trims his beard every week.', 'email', []],
    ['Beards and turbans are welcome in our team.', 'advert', []],
    ['Hair should be tied back and beards kept tidy in clinical areas.', 'advert', []],
  ]);
});
