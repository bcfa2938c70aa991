import { describe } from 'vitest';
import { flags, leaves } from './read-findings';

// Round 37, a sixteenth set of problem wording real employers used (engine-104), weighted to pregnancy and
// part-time work in selection, adjustments and health before an offer, race remarks and stereotypes, word-of-mouth
// hiring and gaps. Each reading is shown in other words than the sources, with a near sentence it leaves quiet.

describe("pregnancy and family plans: asked about, or pregnant staff spoken of as a group that will not work", () => {
  flags([
    ["How many kids do you hope to have?", 'question', [["question-pregnancy", "How many kids do you hope to have", 0]]],
    ["Had you known you were pregnant when you accepted the offer?", 'question', [["question-pregnancy", "Had you known you were pregnant when you accepted the offer", 0]]],
    ["Were you already pregnant when you started?", 'question', [["question-pregnancy", "Were you already pregnant when you started", 0]]],
    ["Are you still a virgin?", 'question', [["question-orientation", "Are you still a virgin", 0]]],
    ["In my experience staff who got pregnant would refuse to lift anything.", 'email', [["pregnancy-mocked", "staff who got pregnant would refuse to lift", 17]]],
  ]);
  leaves([
    ["How many children do you see in the clinic each week?", 'question'],
    ["Did you know the clinic offers pregnancy testing?", 'question'],
    ["Are you still working nights?", 'question'],
    ["Staff who are pregnant should not lift heavy loads; we will adjust duties.", 'email'],
  ]);
});

describe("adjustments refused, a condition said to stop lone work, a condition someone should have disclosed, steps as a reason to withdraw", () => {
  flags([
    ["We are unable to make accommodations for her condition.", 'email', [["adjustments-refused", "unable to make accommodations for her condition", 7]]],
    ["I wouldn't hire anybody we had to make adjustments for.", 'email', [["adjustments-refused", "wouldn't hire anybody we had to make adjustments for", 2]]],
    ["Being epileptic she can't work alone on nights.", 'email', [["disability-held-against", "Being epileptic she can't work alone", 0]]],
    ["Because he's diabetic he can't be left on his own.", 'email', [["disability-held-against", "Because he's diabetic he can't be left on his own", 0]]],
    ["She should have told us she was epileptic.", 'email', [["disability-held-against", "should have told us she was epileptic", 4]]],
    ["You may want to reconsider your application as the clinic is up two flights of stairs.", 'email', [["disability-held-against", "reconsider your application as the clinic is up two flights of stairs", 16]]],
  ]);
  leaves([
    ["We are able to make accommodations for your condition; tell us what helps.", 'email'],
    ["Being diabetic, she carries glucose tablets on lone shifts.", 'email'],
    ["She did not have to tell us she was epileptic.", 'email'],
    ["Please reconsider your application if you cannot work weekends.", 'email'],
  ]);
});

describe("a group with a condition said not to belong in the work; a condition dismissed", () => {
  flags([
    ["Anyone with epilepsy shouldn't be working on the wards.", 'email', [["disability-group-judged", "Anyone with epilepsy shouldn't be working on", 0]]],
    ["He's no good in his condition.", 'email', [["condition-dismissed", "no good in his condition", 5]]],
  ]);
  leaves([
    ["Staff with epilepsy can work on the wards with a care plan.", 'email'],
    ["He is in good condition after surgery.", 'email'],
  ]);
});

describe("race remarks (hair, skin, crime, family jobs), a patient's wish for one colour granted, a quota, all of a people given one habit", () => {
  flags([
    ["Can I touch your hair? It feels like wool.", 'email', [["race-remark", "Can I touch your hair", 0]]],
    ["Her skin is darker than ours.", 'email', [["race-remark", "Her skin is darker than ours", 0]]],
    ["He must have been on Crimewatch.", 'email', [["race-remark", "must have been on Crimewatch", 3]]],
    ["Are your parents taxi drivers?", 'question', [["race-remark", "Are your parents taxi drivers", 0]]],
    ["If the resident won't have a Black carer, let her have a white one.", 'email', [["colour-demanded", "let her have a white one", 42]]],
    ["She just got the post because of the quota.", 'email', [["diversity-as-lower-standards", "just got the post because of the quota", 4]]],
    ["All the Portuguese stick together.", 'email', [["origin-stereotyped", "All the Portuguese stick", 0]]],
  ]);
  leaves([
    ["Can I touch your arm to take your pulse?", 'email'],
    ["The patient's skin is darker than usual.", 'email'],
    ["Are your parents coming to the graduation?", 'question'],
    ["If the resident asks for a female carer, let her have a female one.", 'email'],
    ["She got the post on merit.", 'email'],
    ["All the Portuguese staff have completed their induction.", 'email'],
    ["All the Irish are on the late shift.", 'email'],
  ]);
});

describe("gaps, word of mouth, absence trigger points before an offer, a phone call as the only way to apply", () => {
  flags([
    ["Applicants should not have any gaps in their work history.", 'advert', [["employment-gaps", "should not have any gaps in their work history", 11]]],
    ["Jobs are filled by word of mouth here.", 'email', [["informal-appointment", "Jobs are filled by word of mouth", 0]]],
    ["Where a referee reports more than eight days of sickness absence, the offer may be withdrawn.", 'email', [["sickness-held-against", "days of sickness absence", 40]]],
    ["Candidates must request an application pack by ringing Sue on 01234 567890.", 'advert', [["phone-only-application", "must request an application pack by ringing", 11]]],
    ["Applications by phone only.", 'advert', [["phone-only-application", "Applications by phone only", 0]]],
  ]);
  leaves([
    ["Applicants do not need to explain every gap in their work history.", 'advert'],
    ["Vacancies are filled through open competition.", 'email'],
    ["If you reach 8 days of absence, a stage 1 meeting will be arranged.", 'email'],
    ["Request an application pack by phone or by email.", 'advert'],
    ["Career breaks won't count against you.", 'advert'],
  ]);
});

describe("part-time work refused or held against someone; seven days a week or be replaced; fit named as what a panel must not weigh", () => {
  flags([
    ["If she could commit to working full time, we would look at promotion.", 'email', [["full-time-only", "If she could commit to working full time", 0]]],
    ["You went part time and we did you a favour.", 'email', [["full-time-only", "part time and we did you a favour", 9]]],
    ["Because he can only work part-time, his post is redundant.", 'email', [["full-time-only", "Because he can only work part-time, his post is redundant", 0]]],
    ["If he cannot work 7 days a week we'll find someone else.", 'email', [["unbounded-availability", "cannot work 7 days a week we'll find someone else", 6]]],
  ]);
  leaves([
    ["If you would like to return full time, let us know.", 'email'],
    ["She can only work part-time, so we have arranged a job share.", 'email'],
    ["If you cannot work 7 days in a row, tell us.", 'email'],
    ["Panels must not consider whether a candidate will fit in.", 'email'],
  ]);
});
