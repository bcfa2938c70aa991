import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Review 36's false alarms (mend-36a), each mended by a reading rather than the reviewer's sentence: the
// review's probe lines and fresh wording for the alarm now quiet, and the catch each rule was written for
// still found, with its exact findings.

describe('M3 overseas-trained-unwanted: the equivalence route and a welcome are not a doubt about where someone trained', () => {
  flags([
    ['Her qualifications are from Egypt, so the partners are not keen.', 'email', [['overseas-trained-unwanted', 'qualifications are from Egypt', 4]]],
    ['His degree is from abroad, so we will not accept it.', 'email', [['overseas-trained-unwanted', 'degree is from abroad', 4]]],
  ]);
  leaves([
    ['Your qualifications are from abroad, so UK ENIC will check they are up to standard for NMC registration.', 'email'],
    ['If your qualifications are from abroad, no problem, we will help with NMC registration.', 'email'],
    ['If your diploma is from overseas, no problem, our practice educator will help you through the NMC application.', 'email'],
    ['Your training was from abroad, so the UK ENIC statement of comparability will be needed.', 'advert'],
  ]);
});

describe('M4 passport-holders: not holding a British passport is held against someone only where a refusal follows', () => {
  flags([
    ["Because he doesn't have a British passport, he is not suitable for the post.", 'email', [['passport-holders', "Because he doesn't have a British passport", 0]]],
    ['As you do not hold a UK passport, we cannot offer you the job.', 'email', [['passport-holders', 'As you do not hold a UK passport', 0]]],
    ['Please bring your British passport for your right to work check.', 'email', [['passport-holders', 'bring your British passport', 7]]],
    ['We will have to withdraw the offer since he does not hold a UK passport.', 'email', [['passport-holders', 'since he does not hold a UK passport', 35]]],
  ]);
  leaves([
    ["As you don't have a UK passport, please bring your share code to the right to work check.", 'email'],
    ['Because she does not hold a British passport, we will do an online right to work check with her share code.', 'email'],
    ["Since you don't have a UK passport, we will check your eVisa online instead.", 'email'],
  ]);
});

describe('M5 other-language-banned: reassurance about a language, and tests or records kept in English, are not a ban', () => {
  flags([
    ['Staff must not speak Romanian on the ward.', 'advert', [['other-language-banned', 'must not speak Romanian', 6]]],
    ['Do not speak Tagalog to each other at work.', 'email', [['other-language-banned', 'Do not speak Tagalog', 0]]],
    ['Everyone must only speak English in the staff room.', 'email', [['other-language-banned', 'must only speak English', 9]]],
  ]);
  leaves([
    ['It does not matter if you do not speak Polish; we will train you.', 'advert'],
    ["Don't worry if you don't speak Urdu; an interpreter is always available.", 'email'],
    ['Only English will be spoken in the OSCE, as the NMC sets it.', 'advert'],
    ['Please speak only English in the IELTS speaking test practice sessions.', 'email'],
    ['Staff should communicate only in English in written clinical records.', 'advert'],
    ['Trainees must communicate only in English during the OET writing exam.', 'advert'],
    ['Please keep nursing notes only in English.', 'email'],
  ]);
});

describe("M6 condition-dismissed: others with the condition coping is dismissive only with a 'so why not you'; the writer forbidding the remark is not the remark", () => {
  flags([
    ["Other staff with ADHD cope, so why can't she?", 'email', [['condition-dismissed', 'Other staff with ADHD cope', 0]]],
    ['Other colleagues with dyslexia manage fine without all this fuss.', 'email', [['condition-dismissed', 'Other colleagues with dyslexia manage', 0]]],
    ["He doesn't look dyslexic to me.", 'email', [['condition-dismissed', "He doesn't look dyslexic", 0]]],
  ]);
  leaves([
    ['Other staff with dyslexia manage well with the reading software we provide, and we will set it up for you too.', 'email'],
    ['Other staff with autism manage with a quiet room and written instructions, which we will arrange.', 'email'],
    ["Never tell a colleague that they don't look autistic.", 'email'],
    ["Please don't suggest that someone doesn't look disabled.", 'question'],
  ]);
});

describe('M7 question-health: a condition the candidate treats (experience, training, a clinic) is not their health', () => {
  flags([
    ['Do you have epilepsy?', 'question', [['question-health', 'Do you have epilepsy', 0]]],
    ['Do you have diabetes yourself?', 'question', [['question-health', 'Do you have diabetes', 0]]],
    ['Are you autistic?', 'email', [['question-health', 'Are you autistic', 0]]],
  ]);
  leaves([
    ['Do you have diabetes nursing experience?', 'question'],
    ['Do you have epilepsy training and can you give buccal midazolam?', 'question'],
    ['Do you have anxiety management group experience?', 'question'],
    ['Are you autistic friendly in your approach to clinic letters?', 'question'],
    ['Do you have diabetes clinic experience?', 'email'],
    ['Are you dyslexic friendly in how you write leaflets?', 'question'],
  ]);
});

describe('M8 body-judged and appearance-led: a patient before surgery, a slimming offer, kit, and the writer ruling looks out', () => {
  flags([
    ['She needs to lose some weight before we take her on.', 'email', [['body-judged', 'She needs to lose some weight', 0]]],
    ['Staff must look fit and trim on the front desk.', 'advert', [['appearance-led', 'must look fit', 6]]],
    ['Physical attractiveness is a plus on reception.', 'advert', [['appearance-led', 'Physical attractiveness', 0]]],
  ]);
  leaves([
    ['Mrs Jones is on the list; she needs to lose some weight before her knee replacement.', 'email'],
    ['He needs to lose weight before the anaesthetist will do his hernia operation.', 'email'],
    ['If you need to lose weight, our staff wellbeing service offers free slimming vouchers.', 'advert'],
    ['Kit and vehicles must look fit for duty at the start of each shift.', 'advert'],
    ['The vans must look fit for the road by Monday.', 'email'],
    ['Physical attractiveness should play no part in selection.', 'advert'],
    ['Physical attractiveness has no bearing on who we shortlist.', 'email'],
    ['Trolleys and hoists must look fit for purpose after cleaning.', 'advert'],
  ]);
});

describe("M9 age-idioms: 'should have retired years ago' is about age only when said of a person", () => {
  flags([
    ['She should have retired years ago, frankly.', 'email', [['age-retirement', 'She should have retired', 0]]],
    ['Between us, he should have retired long ago.', 'email', [['age-retirement', 'he should have retired', 12]]],
    ['Our longest-serving receptionist is someone who should have retired long ago.', 'email', [['age-idioms', 'should have retired long ago', 48]]],
  ]);
  leaves([
    ['Those Windows 7 PCs should have retired years ago.', 'email'],
    ['The old ambulance fleet should have retired long ago.', 'advert'],
    ['The X-ray machine should have retired years ago.', 'email'],
    ['The old paper rota should have retired long ago.', 'email'],
  ]);
});

describe('M10 hormones-blamed: the menopause as the reason for an adjustment is not blame', () => {
  flags([
    ['Because she is menopausal, she keeps snapping at the receptionists.', 'email', [['hormones-blamed', 'Because she is menopausal', 0]]],
  ]);
  leaves([
    ['Because she is menopausal, occupational health recommended later starts.', 'email'],
    ["Because she's perimenopausal, the manager agreed a flexible start.", 'email'],
    ['Because she is menopausal, we have ordered a lighter uniform and a fan.', 'email'],
  ]);
});

describe('M11 visa-holders-refused: treating applicants alike, and sponsorship that is not needed, are not a refusal', () => {
  flags([
    ['We do not interview non-UK applicants, so reject them at sift.', 'email', [['visa-holders-refused', 'do not interview non-UK applicants', 3]]],
    ["We don't want to sponsor anyone, so screen out visa cases.", 'email', [['visa-holders-refused', "don't want to sponsor anyone", 3]]],
  ]);
  leaves([
    ['We do not want to sponsor anyone who already holds settled status, as they do not need it.', 'email'],
    ['Do not shortlist non-EU candidates any differently from others.', 'email'],
    ['Never interview non-UK applicants on different questions from UK applicants; that is not allowed.', 'email'],
  ]);
});

describe('M12 health-requirement: staff without a disability invited to join are not a requirement', () => {
  flags([
    ['You must be without any health conditions to join us.', 'advert', [['health-requirement', 'without any health conditions', 12]]],
    ['Applicants without any disabilities are preferred.', 'advert', [['health-requirement', 'without any disabilities', 11]]],
  ]);
  leaves([
    ['Staff without any disabilities can also join the network as allies.', 'advert'],
    ['Colleagues without any health conditions are welcome to join the staff network as allies.', 'email'],
  ]);
});

describe('M13 birthplace-demanded and physically-fit: schooling now or to come, meetings, and health as a field of skill', () => {
  flags([
    ['Ideally someone educated locally.', 'advert', [['birthplace-demanded', 'Ideally someone educated locally', 0]]],
    ['We want someone who went to one of our local schools.', 'email', [['birthplace-demanded', 'want someone who went to one of our local schools', 3]]],
    ['Candidates must have been raised in the valley.', 'advert', [['birthplace-demanded', 'must have been raised in the valley', 11]]],
    ['You must be in robust physical and mental health.', 'advert', [['physically-fit', 'robust physical and mental health', 15]]],
  ]);
  leaves([
    ['Our school nurses must go to local schools to run the immunisation programme.', 'advert'],
    ['You will need to attend local schools for the vision screening programme.', 'advert'],
    ['The post-holder must attend one of our local schools each week to deliver drop-ins.', 'advert'],
    ['You will go to local schools twice a week for the school-aged immunisation service.', 'advert'],
    ['Concerns raised in the locality meeting must be logged within 24 hours.', 'advert'],
    ['Issues raised in the district team huddle are reviewed weekly.', 'advert'],
    ['You will be educated locally through our grow-your-own degree apprenticeship.', 'advert'],
    ['You will be educated in the area through our nursing associate programme.', 'advert'],
    ['You will need excellent physical and mental health assessment skills.', 'advert'],
    ['Essential: sound physical and mental health knowledge to support service users with SMI.', 'advert'],
    ['You will need strong physical and mental health awareness to support people with learning disabilities.', 'advert'],
  ]);
});
