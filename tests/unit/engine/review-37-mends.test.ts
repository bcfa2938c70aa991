import { describe, expect, it } from 'vitest';
import { flags, leaves, read } from './read-findings';

// Round 37 review's items, each mended by a general rule and proved on fresh wording (report-review-37.md).

describe('culture-blamed: a person\'s culture, not a work background or an organisation\'s culture (M3)', () => {
  flags([
    ["She didn't make eye contact once, maybe a cultural thing.", 'email', [['eye-contact-judged', 'eye contact', 16], ['culture-blamed', 'maybe a cultural thing', 34]]],
    ["He never questions the consultants, I'd put it down to his culture.", 'email', [['culture-blamed', 'put it down to his culture', 40]]],
    ['Her bluntness comes from her culture, I think.', 'email', [['culture-blamed', 'comes from her culture', 14]]],
  ]);
  leaves([
    ['He keeps very tidy records; I put it down to his background in the Navy.', 'email'],
    ["Nobody challenges the rota here, it's just a culture thing in that department.", 'email'],
    ['The calm on the unit comes from their culture of debriefing after every shift.', 'email'],
    ['Late starts are probably a cultural thing across the whole directorate.', 'email'],
  ]);
});

describe('an age range straight after the word for those applying lifts only the service words (M6)', () => {
  flags([
    ['The Laundry Service is recruiting apprentices aged 16 to 20 this autumn.', 'advert', [['age-limit', 'aged 16 to 20', 46]]],
    ['Our Clinic Services office is recruiting applicants aged 18 to 24.', 'advert', [['age-limit', 'aged 18 to 24', 52]]],
  ]);
  leaves([
    ['The Laundry Service is recruiting apprentices aged 16 to 20 on the apprentice rate.', 'advert'],
    ['The summer youth employment scheme is open to applicants aged 16-19.', 'advert'],
    ['Places are open to apprentices aged 16-18 and are paid at the national minimum wage.', 'advert'],
    ['We offer language support to candidates new to the UK.', 'email'],
  ]);
});

describe('informal-appointment: posts said to be filled by word of mouth, not denied it (M8)', () => {
  flags([['Most of our posts are filled by word of mouth, so tell your friends.', 'advert', [['informal-appointment', 'posts are filled by word of mouth', 12]]]]);
  leaves([
    ['No roles are filled through referrals; each one goes on NHS Jobs.', 'advert'],
    ['None of the vacancies are filled via recommendation here.', 'advert'],
  ]);
});

describe('adjustments-refused: the guard is a word outside the refusal, a timed task or a test (S3)', () => {
  flags([['We cannot offer extra time on the timed numeracy exercise.', 'email', [['adjustments-refused', 'cannot offer extra time', 3]]]]);
  leaves([
    ["We can't give extra time to finish the induction workbook after the probation period.", 'email'],
    ["I'm afraid we cannot allow more time for the mandatory training modules.", 'email'],
    // Left quiet on purpose: "fair" and "candidates" are the other refusal's own words, so no cue outside it.
    ["Sorry, we can't allow additional time, as that wouldn't be fair on the other candidates.", 'email'],
  ]);
});

describe('employment-gaps: a full history asked for, career breaks included, is the safer-recruitment check (S4)', () => {
  flags([['Candidates must not have any gaps in their employment history.', 'advert', [['employment-gaps', 'must not have any gaps in their employment history', 11]]]]);
  leaves([['Your form must not have any gaps in your work history; account for each month, including any career breaks.', 'advert']]);
});

describe('disability-group-judged: the writer condemning the view (S5)', () => {
  flags([["Honestly, nurses with epilepsy shouldn't be working on a ward.", 'email', [['disability-group-judged', "nurses with epilepsy shouldn't be working on", 10]]]]);
  leaves([["Some managers still believe people with diabetes shouldn't be working on nights; that's wrong, and our guidance says so.", 'email']]);
});

describe('ableist-slang: "mad" as angry at something, said of a person (S6)', () => {
  flags([
    ["It's mad that we still send referrals by fax.", 'email', [['ableist-slang', "It's mad that", 0]]],
    ['Reception was absolutely mad this morning.', 'email', [['ableist-slang', 'was absolutely mad', 10]]],
  ]);
  leaves([
    ['The relative was mad because the appointment had been moved twice.', 'email'],
    ['She got mad when the clinic ran an hour late.', 'email'],
  ]);
});

describe('culture-fit: "our ways" in what the writer says not to say (S9)', () => {
  flags([["She's lovely but she'll never pick up our ways.", 'email', [['culture-fit', 'never pick up our ways', 24]]]]);
  leaves([["Please don't say to applicants that they wouldn't pick up our ways.", 'email']]);
});

describe('phone-only-application: negated, or an accessible format offered (S10)', () => {
  flags([['You must request an application form by ringing the surgery.', 'advert', [['phone-only-application', 'must request an application form by ringing', 4]]]]);
  leaves([
    ['There is no need to apply by telephone; apply online through Trac.', 'advert'],
    ['Anyone who needs an easy read version should request the application pack by calling Jo on 01632 960111.', 'advert'],
  ]);
});

describe('a standard\'s code is its name only in a trade that works to it or beside what it is for (S2)', () => {
  it('reads the code as the standard in a laboratory or estates post, or beside its accreditation', () => {
    expect(read('The laboratory holds ISO 15189 accreditation.', 'advert')).toEqual([]);
    expect(read('We are certified to ISO 9001 for our print room.', 'advert')).toEqual([]);
    expect(read('Our estates team tests every circuit to BS 7671.', 'advert')).toEqual([]);
  });
  it('keeps the letters jargon elsewhere', () => {
    expect(read('Reception staff follow ISO 27001 every day.', 'advert')).toEqual([['unexpanded-acronym', 'ISO', 23]]);
  });
});

describe('one finding per word in a category: a wish for a lad is one-sex-advert\'s (engine-106 dedupe kept)', () => {
  flags([
    ['Ideally a lad who can lift boxes.', 'advert', [['one-sex-advert', 'Ideally a lad', 0]]],
    ['The lads in stores will help you lift the boxes.', 'advert', [['staff-called-girls', 'lads', 4]]],
  ]);
});
