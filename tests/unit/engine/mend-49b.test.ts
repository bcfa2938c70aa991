import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// mend-49b: the findings of review 49b mended by general readings. Each block has the reviewer's probes, a fresh
// case in other words and a near case that must keep its finding. None of these sentences is in the corpus.

describe('a continuous service the team provides is no demand on the candidate\'s service (review 49b, 1 and 8)', () => {
  flags([
    ["Applicants must have at least two years' unbroken NHS service.", 'advert', [["age-years-experience","at least two years'",21],["continuous-service-demanded","unbroken NHS service",41]]],
    ["The post requires continuous NHS service of at least 5 years.", 'advert', [["continuous-service-demanded","continuous NHS service",18]]],
    ["The post requires uninterrupted service with the NHS for three years.", 'advert', [["continuous-service-demanded","uninterrupted service",18]]],
  ]);
  leaves([
    ["The successful candidate must ensure continuous service delivery across the 24-hour period.", 'advert'],
    ["The pharmacy team must provide a continuous service seven days a week.", 'advert'],
    ["The department must offer an uninterrupted service during the IT migration.", 'advert'],
    ["The ward must maintain an unbroken service over the bank holiday weekend.", 'advert'],
    ["The community team needs continuous service provision across both localities.", 'advert'],
    ["The pharmacy requires an uninterrupted service during the refit.", 'advert'],
  ]);
});

describe('recent experience: the candidate\'s own work, not things held or worked on (review 49b, 2)', () => {
  flags([
    ["You must have worked in a community setting within the last three years.", 'advert', [["recent-experience-demanded","worked in a community setting within the last three years",14]]],
    ["You must have been working as a band 6 nurse in the past two years.", 'advert', [["recent-experience-demanded","have been working as a band 6 nurse in the past two years",9]]],
    ["The post holder must have held a management post within the last 5 years.", 'advert', [["recent-experience-demanded","have held a management post within the last 5 years",21]]],
  ]);
  leaves([
    ["All team meetings held in the last six months must be minuted.", 'advert'],
    ["Staff working in the last three months of their fixed-term contract need to speak to HR.", 'advert'],
    ["Applicants must provide details of any posts held in the last 5 years.", 'advert'],
    ["Staff must report any incident they have worked on during the last 12 months.", 'advert'],
    ["Governance reports published in the last two years must be archived.", 'advert'],
  ]);
});

describe('breaks denied: shifts or hours worked without a break, not tasks or patients (review 49b, 3 and 12)', () => {
  flags([
    ["You'll be working 13-hour shifts back to back, no breaks.", 'advert', [["breaks-denied","working 13-hour shifts back to back, no breaks",10]]],
    ["Porters need to cover weekend shifts with no rest breaks.", 'advert', [["breaks-denied","cover weekend shifts with no rest breaks",16]]],
    ["You will work long days without breaks and there is no part-time option.", 'advert', [["breaks-denied","work long days without breaks",9],["working-pattern-refused","no part-time",52]]],
  ]);
  leaves([
    ["Patients can now complete the questionnaire without a break.", 'advert'],
    ["We work as one team with no breaks in communication between day and night staff.", 'advert'],
    ["Please complete all modules without breaks in your login session.", 'advert'],
    ["Candidates will do the written test without a break.", 'advert'],
    ["Service users should do the exercises without a break.", 'advert'],
    ["There must be no breaks in the audit trail for night shifts.", 'advert'],
  ]);
});

describe('a driving licence: only work spread across sites or a patch gives the reason (review 49b, 4)', () => {
  flags([
    ["Driving licence required. Interviews will be held across two days in March.", 'advert', [["driving-licence","Driving licence",0]]],
    ["A full driving licence is essential. Our outpatient clinics are spread across two floors of the main building.", 'advert', [["driving-licence","full driving licence",2]]],
    ["A driving licence is essential for this ward clerk post, and annual leave is spread across the year.", 'advert', [["driving-licence","driving licence",2]]],
    ["Driving licence essential. Training days are spread across the autumn.", 'advert', [["driving-licence","Driving licence",0]]],
  ]);
  leaves([
    ["A full driving licence is essential; our teams are based across three sites.", 'advert'],
  ]);
});

describe('a route back that is denied is not a route offered (review 49b, 5)', () => {
  flags([
    ["We will not shortlist anyone with gaps in their employment; we do not run a return to practice scheme.", 'advert', [["gaps-held-against","gaps",34]]],
    ["Please reject anyone who has been out of work for a year; we don't do return to practice.", 'email', [["gaps-held-against","anyone who has been out of work",14]]],
    ["Candidate 3 has a two-year career break, so I'd drop her; we have no returners programme this year.", 'email', [["gaps-held-against","career break",27]]],
  ]);
  leaves([
    ["Candidate 3 has a two-year career break, so I'd drop her, though our return to practice scheme would suit her.", 'email'],
  ]);
});

describe('time in the current post demanded, named by the post, with should and need to (review 49b, 6 and 7)', () => {
  flags([
    ["Internal applicants must have been in their current post for at least 12 months before applying.", 'advert', [["long-service-preferred","in their current post",35]]],
    ["To apply you should have been with your current employer for more than two years.", 'advert', [["long-service-preferred","with your current employer",30]]],
    ["Applicants need to have been in their present role for over a year.", 'advert', [["long-service-preferred","in their present role",29]]],
    ["Applicants should have been with their current employer for a minimum of three years.", 'advert', [["long-service-preferred","with their current employer",28]]],
  ]);
});

describe('a degree from a named school, and the health of volunteers, donors and participants (review 49b, 9 and 10)', () => {
  flags([
    ["The GP registrar must have a degree from a UK medical school.", 'advert', [["uk-only-qualification","from a UK medical school",36]]],
    ["You must hold a degree.", 'advert', [["degree-demanded","must hold a degree",4]]],
    ["Healthcare assistants must have no serious medical conditions.", 'advert', [["health-requirement","no serious medical conditions",32]]],
  ]);
  leaves([
    ["The practice nurse must hold a degree from an accredited university.", 'advert'],
    ["Vaccine trial volunteers should have no serious medical conditions.", 'advert'],
    ["Blood donors must have no serious medical conditions.", 'advert'],
    ["Research participants must be in good health.", 'advert'],
  ]);
});

describe('a full-time role that has or offers no flexibility (review 49b, 11)', () => {
  flags([
    ["The full-time role has no flexibility.", 'advert', [["full-time-only","no flexibility",23]]],
    ["This full-time post offers no flexibility.", 'advert', [["full-time-only","no flexibility",27]]],
  ]);
  leaves([
    ["The full-time role offers flexibility on start times.", 'advert'],
    ["We are a full-time service without flexibility for late arrivals because clinics start at 8am sharp.", 'advert'],
  ]);
});

describe('a parent demanded, though the families served are named (review 49b, 13)', () => {
  flags([
    ["You must be a parent yourself to understand our families.", 'advert', [["family-status-requirement","a parent yourself",12]]],
    ["Ideally you will be a mum yourself, so you can relate to the families we visit.", 'advert', [["family-status-requirement","a mum yourself",20]]],
    ["You must be a mother or father yourself.", 'advert', [["family-status-requirement","a mother or father yourself",12]]],
  ]);
  leaves([
    ["You will support parents and families who need a mother or father figure themselves.", 'advert'],
  ]);
});

describe('an expansion written with its words inside hyphenated or possessive words (review 49b, 14)', () => {
  const slt = (text: string) => read(text).filter(([rule, found]) => rule === 'unexpanded-acronym' && found === 'SLT');
  it('finds "speech-and-language therapist\'s" as Speech and Language Therapy', () => {
    expect(slt("Our speech-and-language therapist's caseload is growing. SLT cover is needed on Fridays.")).toEqual([]);
  });
  it('still asks for the expansion when one of its words is missing', () => {
    expect(slt("Our speech-and-language team's caseload is growing. SLT cover is needed on Fridays.")).toHaveLength(1);
  });
});
