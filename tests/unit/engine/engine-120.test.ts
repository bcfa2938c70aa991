import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// engine-120 (round 41: the twentieth set of real problem wordings, aimed at exclusionary requirements,
// disability and nationality): fresh wordings of each reading added, with their offsets, and near
// sentences that must stay quiet. None of these sentences is in the corpus or the set itself.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each<[string, TextKind, string[]]>(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a place, a commute or a length of residence demanded', () => {
  check([
    ['We only interview applicants with a B or WS postcode.', 'advert', ['residence-required@3:only interview applicants with a B or WS postcode']],
    ['Only candidates currently living in Salford will be interviewed.', 'advert', ['residence-required@0:Only candidates currently living in']],
    ['We will not consider candidates whose daily commute would be over an hour.', 'advert', ['residence-required@3:will not consider candidates whose daily commute would be over']],
    ['Applicants need to have lived locally for a year or more.', 'advert', ['residence-required@11:need to have lived locally for']],
    // A patient's address, a commute met with a later start, a registration, a postcode asked for the form.
    ['Only patients currently living in Salford can join the list.', 'advert', []],
    ['If your commute is longer than an hour, we can agree a later start.', 'advert', []],
    ['Patients must have lived in the area for three months to register.', 'advert', []],
    ['Please include your postcode on the application form.', 'advert', []],
    ['We only interview applicants with a valid professional registration.', 'advert', []],
    ['Staff must have lived abroad for two years to claim the relocation package.', 'advert', []],
    ['We will only accept applications with a full postcode in the address box.', 'advert', []],
    ['You do not need to live locally; we pay travel costs.', 'advert', []],
  ]);
});

describe('unpaid extra hours expected', () => {
  check([
    ['You will be expected to work extra unpaid hours at year end.', 'advert', ['unbounded-availability@29:extra unpaid hours']],
    ['Must be willing to give additional hours without pay during audits.', 'advert', ['unbounded-availability@24:additional hours without pay']],
    // Unpaid hours ruled out, unpaid leave, extra hours that are paid.
    ['We never expect extra unpaid hours.', 'advert', []],
    ['You will not be asked to work additional unpaid hours.', 'advert', []],
    ['Unpaid leave can be requested for family reasons.', 'advert', []],
    ['Extra hours are paid at the bank rate.', 'advert', []],
    ['You will be expected to record any extra hours so they are paid.', 'advert', []],
    ['You must be willing to work longer hours on clinic days, paid as overtime.', 'advert', []],
  ]);
});

describe('a nationality preferred by its nationals or citizens', () => {
  check([
    ['Lithuanian nationals preferred for the stores post.', 'advert', ['nationality-preference@0:Lithuanian nationals preferred']],
    ['Nigerian citizens only.', 'advert', ['nationality-preference@0:Nigerian citizens only']],
    // A welcome, a language the patients speak, what a visa or a share code needs, a leaflet.
    ['Lithuanian nationals are welcome to apply, with right-to-work checks for everyone.', 'advert', []],
    ['Lithuanian speakers preferred, as many of our patients speak Lithuanian.', 'advert', []],
    ['We welcome Filipino nationals; visa sponsorship is available.', 'advert', []],
    ['Indian nationals need a visa, which we can sponsor.', 'advert', []],
    ['Polish nationals only need a share code to prove their right to work.', 'advert', []],
    ['Our Romanian citizens\' advice leaflet is available at reception.', 'advert', []],
  ]);
});

describe('applicants from outside a named union or country turned away', () => {
  check([
    ['Applicants from outside the European Union will not be considered.', 'advert', ['overseas-applicants-refused@0:Applicants from outside the European Union']],
    ['Applications from outside the United Kingdom cannot be accepted.', 'advert', ['overseas-applicants-refused@0:Applications from outside the United Kingdom']],
    // A welcome, a visa sponsored, an interview by video, support offered.
    ['Applicants from outside the UK are welcome; we are a licensed sponsor.', 'advert', []],
    ['Applicants based outside the European Union will need a visa, which we can sponsor.', 'advert', []],
    ['Applicants living outside the UK can interview by video.', 'advert', []],
    ['We encourage applications from outside the United Kingdom.', 'advert', []],
    ['Applicants from outside the European Union should read our relocation support guide.', 'advert', []],
    ['Applicants from outside the UK will not need to pay for their visa; we cover it.', 'advert', []],
  ]);
});

describe('no need for adjustments demanded', () => {
  check([
    ['Candidates should not require any adjustments for this post.', 'advert', ['adjustments-ruled-out@11:should not require any adjustments']],
    ['People requiring reasonable adjustments need not apply.', 'advert', ['adjustments-ruled-out@0:People requiring reasonable adjustments need not apply']],
    // Adjustments asked about, offered or routed another way.
    ['Applicants must tell us if they need any reasonable adjustments.', 'advert', []],
    ['Applicants who need adjustments should contact HR.', 'advert', []],
    ['Candidates requiring adjustments need not apply online and can call us instead.', 'advert', []],
    ['You should not need any adjustments to use the form, but please tell us if you do.', 'advert', []],
    ['We will make adjustments for anyone who needs them.', 'advert', []],
    ['Staff must not need to ask twice for adjustments: managers will act on the first request.', 'advert', []],
  ]);
});

describe('mental health treatment or time signed off barred', () => {
  check([
    ['Applicants must have no history of mental health treatment.', 'advert', ['health-barred@35:mental health treatment']],
    ['Essential: never been signed off work with depression.', 'advert', ['health-barred@43:depression']],
    // Patients' treatment, occupational health after an offer, support back to work, other things signed off or struck off.
    ['You will support people with no history of psychiatric treatment who present in crisis.', 'advert', []],
    ['After an offer, occupational health will ask about any psychiatric treatment so we can plan support.', 'advert', []],
    ['Staff who have been signed off with stress will be supported back to work.', 'advert', []],
    ['You must never have been struck off a professional register.', 'advert', []],
    ['You will provide psychiatric treatment to patients with no history of contact with services.', 'advert', []],
    ['Your competencies must be signed off by your mentor within six months.', 'advert', []],
  ]);
});

describe('religious dress banned with may or can', () => {
  check([
    ['No headscarves may be worn on reception.', 'advert', ['religious-dress-banned@3:headscarves']],
    ['No religious symbols can be worn with the uniform.', 'advert', ['religious-dress-banned@3:religious symbols']],
    // Head coverings allowed, a ban on something else, "no one" and "no applicants" that are no ban on dress.
    ['Head coverings may be worn in line with the uniform policy.', 'advert', []],
    ['No jewellery is permitted apart from a plain band; religious head coverings may be worn.', 'advert', []],
    ['No lanyards can be worn in theatre; use a clip badge.', 'advert', []],
    ['Hair must be tied back; headscarves can be worn.', 'advert', []],
    ['No one minds: head coverings can be worn on every ward.', 'advert', []],
    ['No applicants can apply after the closing date.', 'advert', []],
  ]);
});

describe('a candidate judged mentally or emotionally fragile', () => {
  check([
    ['Candidate 4 seemed rather emotionally fragile for the triage role.', 'email', ['mind-judged@12:seemed rather emotionally fragile']],
    ['I thought he came across as mentally flaky in the interview.', 'email', ['mind-judged@13:came across as mentally flaky']],
    // Patients and the young people a service is for, described as the work; a thing that looks fragile.
    ['The patient is emotionally fragile after the bereavement.', 'email', []],
    ['You will support emotionally fragile young people in the community.', 'advert', []],
    ['You will care for a child who is emotionally fragile after trauma.', 'advert', []],
    ['Our service is for anyone who is emotionally fragile.', 'advert', []],
    ['The young person was emotionally fragile on the ward today.', 'email', []],
    ['The old shelving looks a bit fragile; please ask estates to check it.', 'email', []],
  ]);
});

describe('seeing or hearing well demanded', () => {
  check([
    ['You must be able to hear well on the telephone.', 'advert', ['physical-demands@20:hear well']],
    ['Essential: able to see and hear well.', 'advert', ['physical-demands@19:see and hear well']],
    // Patients, visitors and callers who hear or see well, and hearing with or without aids.
    ['Make sure patients can see and hear well during the consultation.', 'advert', []],
    ['Hearing loops help visitors who do not hear well.', 'advert', []],
    ['You must be able to hear well, with or without hearing aids.', 'advert', []],
    ['You will help patients who cannot see well to fill in forms.', 'advert', []],
    ['The room is set up so everyone can see and hear well.', 'advert', []],
    ['You must speak clearly so that callers can hear well.', 'advert', []],
  ]);
});

describe('proof of the right to work asked with the application', () => {
  check([
    ['Send evidence of your right to work along with your application form.', 'advert', ['passport-before-offer@5:evidence of your right to work']],
    ['Right to work documents must be attached to every application.', 'advert', ['passport-before-offer@0:Right to work documents']],
    // Proof asked after an offer, of the successful applicant, at interview or of every candidate alike.
    ['If you are offered the post, you will need to show proof of your right to work.', 'advert', []],
    ['Successful applicants must provide evidence of their right to work.', 'advert', []],
    ['Please bring proof of your right to work to the interview.', 'advert', []],
    ['You will be asked for right to work documents at the pre-employment stage.', 'advert', []],
    ['Please do not send proof of right to work with your application; we check it after an offer.', 'advert', []],
    ['Please bring with you:\n- proof of your right to work in the UK (we ask every candidate for this);\n- your photo ID.', 'email', []],
  ]);
});

describe('people needing a visa or sponsorship turned away', () => {
  check([
    ['We are not able to accept candidates needing a Skilled Worker visa.', 'advert', ['visa-holders-refused@26:candidates needing a Skilled Worker visa']],
    ['We are not able to consider applicants who would need a Certificate of Sponsorship.', 'advert', ['visa-holders-refused@28:applicants who would need a Certificate of Sponsorship']],
    // The reason NHS Employers asks for (no sponsor licence, the salary threshold), a welcome, a closing date.
    ['We are not able to consider applicants who need a visa, as we are not a licensed sponsor.', 'advert', []],
    ['We are unable to consider candidates who require sponsorship, as this post does not meet the salary threshold.', 'advert', []],
    ['Applicants who need a visa are welcome; we can sponsor.', 'advert', []],
    ['We are not able to accept late applications from anyone.', 'advert', []],
    ['We are not able to consider applications received after the closing date.', 'advert', []],
    ['Candidates who need a visa can apply; sponsorship is available.', 'advert', []],
  ]);
});

describe('a sense ruled out by a demand that the person not be deaf, blind or colour blind', () => {
  check([
    ['Candidates should not be partially sighted.', 'advert', ['sensory-standard@18:not be partially sighted']],
    ['Essential: no colour blindness, and must not be hard of hearing.', 'advert', ['sensory-standard@11:no colour blindness', 'sensory-standard@41:not be hard of hearing']],
    // Applicants and patients offered another way, a screening, a reason with aids allowed, a clinic; "deaf to" keeps only the idiom's own card.
    ['Applicants who are deaf or hard of hearing can ask for an interpreter.', 'advert', []],
    ['Patients must not be deaf or hard of hearing to use the phone line; a text service is available.', 'advert', []],
    ['No colour blindness screening is done at interview.', 'advert', []],
    ['Staff must not be deaf to patients\' concerns.', 'advert', ['deaf-ears@18:deaf to']],
    ['You must not be colour blind, with or without corrective lenses, as the role involves reading coloured wiring.', 'advert', []],
    ['You will run the hearing clinic for patients who are deaf or hard of hearing.', 'advert', []],
  ]);
});
