import { describe, expect, it } from 'vitest';
import { read, type Context } from './read-findings';

// Round 34's review (M2–M5, M8, S1, S3, S4, S9): each false alarm in other words than the review's probes, and a near
// sentence the rule must still catch. Only the rule in question is looked at, since the quiet cases may hold
// findings of other rules for reasons of their own.
const of = (rule: string, text: string, context: Context) => read(text, context).filter(([id]) => id === rule);
const quiet = (rule: string, cases: [string, Context][]) =>
  it.each(cases)(`${rule} leaves %j`, (text, context) => {
    expect(of(rule, text, context)).toEqual([]);
  });

describe('M2, S9: degree-demanded spares a registered profession, a question and another qualification', () => {
  quiet('degree-demanded', [
    ['Essential: qualified to degree level in midwifery, with live NMC registration.', 'advert'],
    ['A degree is mandatory for GPhC registration as a pharmacist.', 'email'],
    ['Do you think a degree is required for a payroll officer?', 'advert'],
    ['Degree in accounting, or CIPD level 5 with payroll experience.', 'advert'],
    ['Since 2016 all new paramedics have been educated to degree level.', 'advert'],
  ]);
  it('still flags a degree level asked of everyone with no other route', () => {
    expect(of('degree-demanded', 'Applicants must be qualified to degree level.', 'advert')).toEqual([
      ['degree-demanded', 'qualified to degree level', 19],
    ]);
  });
});

describe('M3: faith-leave-refused and caring-held-against spare the act forbidden, condemned or helped', () => {
  quiet('faith-leave-refused', [
    ['Supervisors should never deny Diwali leave to Hindu staff because the ward is busy.', 'email'],
    ['We will not refuse Vaisakhi leave to Sikh colleagues.', 'email'],
    ['It would be wrong to deny Eid leave to Muslim porters while granting Easter leave.', 'email'],
  ]);
  quiet('caring-held-against', [
    ["If you find you can't work and look after your father just now, talk to HR about your options.", 'email'],
    ["No one should be told they can't work and care for their husband.", 'email'],
  ]);
  it('still flags festival leave refused, and caring held against the person with a decision', () => {
    expect(of('faith-leave-refused', 'We deny Passover leave to the Jewish cleaners each spring.', 'email')).toEqual([
      ['faith-leave-refused', 'deny Passover leave to the Jewish', 3],
    ]);
    expect(of('caring-held-against', "She can't do the job and look after her mum, so the change is declined.", 'email')).toEqual([
      ['caring-held-against', "can't do the job and look after her mum", 4],
    ]);
  });
});

describe('M4: disability-held-against needs an employment decision, not any "cannot"', () => {
  quiet('disability-held-against', [
    ['Because of his epilepsy he cannot drive the pool car until the DVLA returns his licence.', 'email'],
    ['Due to her deafness she cannot hear the bleep, so a vibrating alert will be fitted.', 'email'],
    ['Owing to his illness he will not be at Thursday’s meeting.', 'email'],
  ]);
  it('still flags a disability given as the reason for a decision about the job', () => {
    expect(of('disability-held-against', 'Because of her anxiety she cannot be promoted to band 6 this year.', 'email')).toEqual([
      ['disability-held-against', 'Because of her anxiety she cannot be promoted', 0],
    ]);
  });
});

describe('M5: informal-appointment spares ordinary reasons a post is not advertised', () => {
  quiet('informal-appointment', [
    ['We did not advertise the post externally as it is a secondment for current staff.', 'email'],
    ['We chose not to advertise the vacancy because the clinic is being decommissioned.', 'email'],
    ['Nobody may be appointed without advertising the job first.', 'email'],
    ["We won't advertise the role on LinkedIn this time.", 'email'],
    ['There is no need to advertise it again; it is already on NHS Jobs.', 'email'],
  ]);
  it('still flags a post left unadvertised for a person already chosen', () => {
    expect(of('informal-appointment', 'We decided not to advertise the job, since Aisha already covers it.', 'email')).toEqual([
      ['informal-appointment', 'decided not to advertise the job', 3],
    ]);
  });
});

describe('M8: race-remark, trans-status-mocked and religious-dress-banned spare positive action, complaints and rules with their reason', () => {
  quiet('race-remark', [
    ['It is a mainly white town, so we particularly welcome Black and Asian applicants.', 'email'],
    ['Even though he is Black, he was not offered the overtime the others got; please investigate.', 'email'],
  ]);
  quiet('trans-status-mocked', [['There are gender-neutral toilets for transgender staff and disabled toilets near the lifts.', 'email']]);
  quiet('religious-dress-banned', [
    ['No rings or watches in clinical areas, but a crucifix on a chain is fine.', 'email'],
    ['No long sleeves in theatre: an abaya cannot be worn there, but scrub tunics and head coverings are provided.', 'email'],
  ]);
  it('still flags a remark, a trans colleague sent to the disabled toilet and an item banned', () => {
    expect(of('race-remark', 'Although he is Black, he is very polite.', 'email')).toEqual([['race-remark', 'Although he is Black', 0]]);
    expect(of('trans-status-mocked', 'Since he is transgender he should use the disabled toilet.', 'email')).toEqual([
      ['trans-status-mocked', 'transgender he should use the disabled toilet', 12],
    ]);
    expect(of('religious-dress-banned', 'Staff must not wear an abaya on the ward.', 'email')).toEqual([['religious-dress-banned', 'abaya', 23]]);
  });
});

describe('S1: first-language-noted spares a patient named by title and the service booked for them', () => {
  quiet('first-language-noted', [['Mrs Begum phoned; English isn’t her first language, so I booked Language Line for Monday.', 'email']]);
  it('still flags an applicant noted for it', () => {
    expect(of('first-language-noted', 'Candidate 2 was fine, but English isn’t her first language.', 'email')).toEqual([
      ['first-language-noted', 'English isn’t her first language', 26],
    ]);
  });
});

describe('S3: sickness-expected reads "not going to go off sick" only as a preference', () => {
  quiet('sickness-expected', [["He isn't going to go off sick just because his shifts changed.", 'email']]);
  it('still flags someone wanted who will not go off sick', () => {
    expect(of('sickness-expected', 'We need someone who is not going to go off sick every winter.', 'email')).toEqual([
      ['sickness-expected', 'is not going to go off sick', 20],
    ]);
  });
});

describe('S4: marital-status and question-pregnancy spare pay and leave letters', () => {
  quiet('marital-status', [['Your household income is more than enough to repay the overpayment over six months.', 'email']]);
  quiet('question-pregnancy', [
    ['Will you be returning after your maternity leave? We will hold your post and send dates for your KIT days.', 'email'],
  ]);
  it('still flags the question asked of a candidate', () => {
    expect(of('question-pregnancy', 'Will you be coming back after your maternity leave if we offer you the post?', 'question')).toHaveLength(1);
  });
});
