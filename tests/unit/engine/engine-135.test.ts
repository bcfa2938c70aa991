import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 44 (engine-135): wordings reviewers and regulators criticise in adverts and recruitment e-mails
// (Unlock on blanket bans, the EHRC on health screening before an offer, gendered words), each read by
// a general rule. Every case is fresh wording, beside near-misses that must not flag.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('a blanket bar on anyone with a criminal record is flagged; a record weighed against the post is not', () => {
  check([
    ['The post holder should have no previous convictions.', 'advert', ['criminal-record-blanket-ban@16:should have no previous convictions']],
    ['Essential: you must not have any criminal convictions.', 'advert', ['criminal-record-blanket-ban@15:must not have any criminal convictions']],
    ['Ex-offenders cannot be accepted onto the bank.', 'advert', ['criminal-record-blanket-ban@0:Ex-offenders cannot be accepted']],
    ['Sorry, we won’t consider applications from anybody with a police record.', 'email', ['criminal-record-blanket-ban@10:won’t consider applications from anybody with a police record']],
    ['Those with unspent convictions will not be shortlisted for the porter post.', 'advert', ['criminal-record-blanket-ban@0:Those with unspent convictions will not be shortlisted']],
    ['We ask every new starter for a spotless criminal record.', 'advert', ['criminal-record-blanket-ban@31:spotless criminal record']],
  ]);
  check([
    ['A criminal record will not necessarily stop you working here: we look at each disclosure against the post.', 'advert', []],
    ['The post is subject to a clear criminal record check at the enhanced level.', 'advert', []],
    ['You must declare any unspent convictions on the form.', 'advert', []],
    ['You must not have convictions for offences against children, as the post is in regulated activity.', 'advert', []],
    ['Ex-offenders are welcome to apply and are supported by our employment adviser.', 'advert', []],
    ['Applicants must not be on the adults’ barred list.', 'advert', []],
    ['Candidates with spent convictions need not declare them for this post.', 'advert', []],
    ['You should have no problem getting to the surgery by bus.', 'advert', []],
  ]);
});

describe('a Bradford factor cut-off for applicants is an attendance screen; the factor in absence policy is not', () => {
  check([
    ['Anyone whose Bradford score is over 250 will not be considered.', 'advert', ['attendance-record@0:Anyone whose Bradford score is over 250']],
    ['Applicants should have a Bradford factor under 64.', 'advert', ['attendance-record@11:should have a Bradford factor under 64']],
    ['Candidates with a Bradford factor of more than 90 need not apply.', 'advert', ['attendance-record@0:Candidates with a Bradford factor of more than 90 need not apply']],
  ]);
  check([
    ['We no longer use the Bradford factor in our absence policy.', 'advert', []],
    ['A Bradford score over 200 triggers a supportive meeting under the attendance policy.', 'email', []],
    ['The practice is in Bradford, five minutes from the station.', 'advert', []],
    ['Staff in Bradford over 50 can join the pension clinic.', 'advert', []],
    ['Managers must have a working knowledge of the sickness absence policy.', 'advert', []],
    ['Applicants must have a score above 7 in the language test.', 'advert', []],
  ]);
});

describe('a number after a score or a BMI is no age; a BMI cut-off for applicants is a physique demand', () => {
  check([
    ['You need a Bradford factor below 45 to be shortlisted.', 'advert', []],
    ['Applicants must have a BMI below 32.', 'advert', ['physically-fit@23:BMI below 32']],
    ['Candidates need a BMI no more than 27.', 'advert', ['physically-fit@18:BMI no more than 27']],
  ]);
  check([
    ['You will run the weight clinic for adults with a BMI over 40.', 'advert', ['unexpanded-acronym@49:BMI']],
    ['Patients who have a BMI above 35 see the dietitian first.', 'advert', ['unexpanded-acronym@20:BMI']],
    ['We record the BMI of every patient over 65.', 'advert', ['unexpanded-acronym@14:BMI']],
    ['Applicants must be aged under 30.', 'advert', ['age-limit@24:under 30']],
    ['Staff with a BMI over 30 can ask for a referral to the wellbeing service.', 'advert', ['unexpanded-acronym@13:BMI']],
    ['Children with a BMI under 18 are reviewed by the school nurse.', 'advert', ['unexpanded-acronym@16:BMI']],
  ]);
});

describe('"those with" a condition turned away is a health bar, as "anyone with" is', () => {
  check([
    ['Those with a long-term condition need not apply.', 'advert', ['health-barred@13:long-term condition']],
    ['Those with epilepsy will not be considered for the driver post.', 'advert', ['health-barred@11:epilepsy']],
    ['Those with mental health issues needn’t apply.', 'advert', ['health-barred@11:mental health issues']],
  ]);
  check([
    ['Those with a long-term condition are welcome, and we make adjustments.', 'advert', []],
    ['Those with mental health issues are seen in the Wednesday clinic.', 'advert', []],
    ['We help those with a health condition to stay in work.', 'advert', []],
    ['Those who want a tour of the surgery need not apply in advance.', 'advert', []],
    ['Those with a driving licence may claim mileage.', 'advert', []],
    ['Those with asthma should bring their inhaler to the fire drill.', 'advert', []],
  ]);
});

describe('a cut-off followed by "need not apply" is read whole, so the negation does not lift it', () => {
  check([
    ['Anybody whose Bradford factor is higher than 120 need not apply.', 'advert', ['attendance-record@0:Anybody whose Bradford factor is higher than 120 need not apply']],
    ['Applicants with a BMI above 31 need not apply.', 'advert', ['physically-fit@18:BMI above 31 need not apply']],
  ]);
  check([
    ['Nurses returning after sick leave need not apply again for their registration.', 'advert', []],
    ['Applicants in good health need not apply for the flu jab.', 'advert', []],
    ['Those with an absence record need not worry about it at interview.', 'advert', []],
    ['You need not have a perfect attendance record to apply.', 'advert', []],
    ['We do not ask about your attendance record before an offer.', 'advert', []],
    ['A good attendance record is not needed to apply.', 'advert', []],
    ['Applicants with a driving licence need not apply for a parking permit.', 'advert', []],
  ]);
});

describe('gendered words for sound work and for women in business are flagged; their neutral forms are not', () => {
  check([
    ['The estates lead keeps a workmanlike log of every repair.', 'advert', ['workmanlike@25:workmanlike']],
    ['Flexible hours suit a busy mompreneur.', 'advert', ['working-mums@27:mompreneur']],
    ['Our reception team includes two mumpreneurs who run businesses on the side.', 'advert', ['working-mums@32:mumpreneurs']],
  ]);
  check([
    ['The estates lead keeps a careful, thorough log of every repair.', 'advert', []],
    ['Flexible hours suit anyone running a small business on the side.', 'advert', []],
    ['Our workmen’s compensation insurance is held by the trust.', 'advert', ['workman@4:workmen’s']],
    ['The business was set up by a local entrepreneur.', 'advert', []],
    ['We welcome parents who run a business alongside their job.', 'advert', []],
    ['The craftsmanship of the new dental lab is superb.', 'advert', []],
    ['She ran her own business before joining us.', 'advert', []],
  ]);
});

describe('"carer responsibilities" barred is the same bar as "caring responsibilities"', () => {
  check([['Applicants must not have carer responsibilities at weekends.', 'advert', ['caring-responsibilities@25:carer responsibilities']]]);
  check([
    ['We welcome applicants with carer responsibilities and offer flexible hours.', 'advert', []],
    ['Carers UK has advice for staff with carer responsibilities.', 'advert', []],
  ]);
});

describe('one lone parent turned away is the group turned away; a lone parent welcomed or a lone worker is not', () => {
  check([
    ['The night rota is not suitable for a lone mother.', 'advert', ['circumstance-excluded@18:not suitable for a lone mother']],
    ['These shifts would not suit a lone father.', 'advert', ['circumstance-excluded@13:would not suit a lone father']],
  ]);
  check([
    ['The night rota is not suitable for a lone worker without a radio.', 'advert', []],
    ['We support any lone parent who joins us with a childcare voucher.', 'advert', []],
    ['We welcome applications from any single parent looking for school hours.', 'advert', []],
    ['A single parent can ask for flexible working from day one.', 'advert', []],
    ['Our receptionist is a single mum and loves the term-time hours.', 'advert', []],
    ['The patient is a single father of three.', 'advert', []],
  ]);
});
