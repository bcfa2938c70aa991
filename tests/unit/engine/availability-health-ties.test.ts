import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 10 (exclusionary requirements and disability): fresh wordings of each family widened, with
// their offsets, and a trap for each other sense. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind = 'advert') =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('unbounded availability: a demand on time with no bound', () => {
  it.each<[string, string[]]>([
    ['Staff must be ready to come in whenever the ward is short.', ['unbounded-availability@31:whenever the ward is short']],
    ['We expect you to cover any shift we need, with no fixed pattern.', ['unbounded-availability@23:any shift we need']],
    ["You'll need to cover whatever the rota throws up.", ['unbounded-availability@15:cover whatever the rota throws']],
    ['This is a practice that never switches off, so you will answer messages on days off.', ['unbounded-availability@24:never switches off']],
    ['Applicants must be prepared to down tools and come in.', ['unbounded-availability@31:down tools']],
    ['You will be on call to us through the weekend.', ['unbounded-availability@12:on call to us']],
    ["You'll need to be flexible to the team's needs.", ['unbounded-availability@18:flexible to the team\'s needs']],
    ['Be prepared to stay on whenever the consultants ask.', ['unbounded-availability@23:whenever the consultants ask']],
    ['Staff must be flexible to meet the needs of the department.', ['unbounded-availability@14:flexible to meet the needs of the department']],
    ['We need someone who will come in whenever things are stretched.', ['unbounded-availability@33:whenever things are stretched']],
    ['Must be able to work any day, any hour.', ['unbounded-availability@21:any day, any hour']],
    ['You must be reachable outside office hours.', ['availability-24-7@12:reachable outside office hours']],
    ['You must be ready to cover sickness at the last minute.', ['unbounded-availability@36:at the last minute']],
    // A stated pattern, patients' access and the employer's offer are not demands on the person.
    ['The rota is published eight weeks ahead, and you will cover at short notice only in turn.', []],
    ['Our out-of-hours team must be on call to patients at all hours.', []],
    ['Bank staff can pick up shifts as and when it suits them.', []],
    ['We want staff to switch off when they go home.', []],
    ['We will be flexible to your needs, agreed with you.', []],
    ['Clinics are sometimes cancelled at the last minute.', []],
    ['Our counselling service is available outside working hours.', []],
    ['Patients can see us any day and any time.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('sickness, injury or rest held against people', () => {
  it.each<[string, TextKind, string[]]>([
    ['No one who rings in sick on Mondays, please.', 'email', ['sickness-held-against@11:rings in sick']],
    ["I'd avoid anyone signed off with anxiety in the past year.", 'email', ['sickness-held-against@17:signed off with anxiety']],
    ['This is not a job for someone who needs to rest every hour.', 'advert', ['sickness-held-against@34:needs to rest']],
    ['Nobody with diabetes, please: the shifts are long.', 'email', ['health-barred@12:diabetes']],
    // A sickness procedure, seating offered and support are not held against anyone.
    ['If you need to ring in sick, call the ward before 7am.', 'advert', []],
    ['A stool is provided for anyone who needs to sit down at the counter.', 'advert', []],
    ['We make sure nobody with diabetes is left out of the team.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('health and sense standards in new words', () => {
  it.each<[string, string[]]>([
    ['The receptionist must manage the phones with no hearing aids.', ['health-history-bar@40:with no hearing aids']],
    ['Candidates should be neurotypical only.', ['health-history-bar@21:neurotypical only']],
    ['You must be of sound mind and free of aches and pains.', ['health-requirement@12:of sound mind', 'health-requirement@30:free of aches and pains']],
    ['We need keen ears for the switchboard.', ['sensory-standard@8:keen ears']],
    ['Applicants must be able to stand for 10 hours.', ['physical-demands@27:stand for 10 hours']],
    ['You will need unrestricted mobility and a sturdy build.', ['physically-fit@14:unrestricted mobility', 'physically-fit@42:sturdy build']],
    ['Candidates must not have any impairments.', ['health-requirement@16:not have any impairments']],
    ['Patients must be of sound mind to sign the consent form.', []],
    ['Patients with normal mobility can use the stairs.', []],
    ['Our walking group meets to walk for two hours on Sundays; you must be able to lead it.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('no ties, no young children, no family plans', () => {
  it.each<[string, string[]]>([
    ['The rota suits someone with no ties.', ['no-ties-wanted@23:with no ties']],
    ['No mums of young children, given the late finishes.', ['no-ties-wanted@0:No mums of young children']],
    ['We cannot plan around school holidays in this post.', ['no-ties-wanted@3:cannot plan around school holidays']],
    ['Nobody to hurry home to? You will love our late clinics.', ['no-ties-wanted@0:Nobody to hurry home to']],
    ['The post would suit a single person.', ['no-ties-wanted@9:would suit a single person']],
    ["We'd like a settled family woman on reception.", ['family-status-requirement@12:settled family woman']],
    ["Don't apply if you are planning a baby this year.", ['family-plans@23:planning a baby']],
    // Dress codes, the employer's offer and patients' plans.
    ['Staff wear no ties and are bare below the elbows.', []],
    ['We can plan your shifts around school holidays.', []],
    ['Our clinic advises patients who are planning a baby.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe('faith, photos, drinking and a condition as slang in new words', () => {
  it.each<[string, TextKind, string[]]>([
    ['Sundays are non-negotiable here, whatever your religion says.', 'advert', ['faith-practice-held-against@33:whatever your religion says']],
    ['We welcome applicants whatever their faith.', 'advert', []],
    ['She asked everyone for a selfie before the interviews.', 'email', ['photo-request@4:asked everyone for a selfie']],
    ['We asked them for a photo ID on the day.', 'email', []],
    ['The locum last week was a touch on the spectrum with the patients, which was fine.', 'email', []],
    ['Harry is slightly on the spectrum about his desk being tidy.', 'email', ['condition-slang@9:slightly on the spectrum']],
    ['The ward is a drinking crowd on payday.', 'advert', ['drinking-culture@14:drinking crowd']],
    ['Please lock in the controlled drugs at night.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('where applicants live, with no reason given', () => {
  it.each<[string, string[]]>([
    ['Local residents only, as we like to keep it in the community.', ['residence-required@0:Local residents only']],
    ['The successful applicant will need to live close to the health centre.', ['residence-required@30:need to live close to']],
    ['We only consider people residing within the county.', ['residence-required@3:only consider people residing within']],
    // A response time with its reason, a negation and patients' registration.
    ['The role includes on-call from home, so you must live within 20 minutes of the unit.', []],
    ['You do not need to live nearby: parking is free.', []],
    ['Patients must live within the practice boundary to register.', []],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
