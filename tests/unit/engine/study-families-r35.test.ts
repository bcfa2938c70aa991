import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 35, the study slice's traps, wrong findings and known gaps after fresh34 joined it (engine-97).
// Every case is new wording, with a near sentence on the other side.

describe('"the candidate" after "our preferred candidate" in an e-mail', () => {
  it('reads the later "the candidate" as the one picked, so pronouns after it are about that person', () => {
    const note =
      'Hi Tom, the reference for our preferred candidate came back late. I have read it twice. Our practice is to talk any gap through with the candidate. We value breadth of experience here. Could you ring her and check she can start in May?';
    expect(read(note, 'email').filter(([rule]) => rule === 'generic-pronoun')).toEqual([]);
  });
  it('still reads a later "the candidate" who is only wished for as whoever is appointed', () => {
    const note =
      'Hi Tom, our preferred candidate has withdrawn. I have read the file. We will advertise again and the candidate will need a licence. We value breadth of experience here. Please make sure he can drive.';
    expect(read(note, 'email').filter(([rule]) => rule === 'generic-pronoun')).toEqual([['generic-pronoun', 'he', 186]]);
  });
});

describe('a count of staff over or under an age', () => {
  it('is a fact about the workforce, not an age limit', () => {
    expect(read('The audit found that 9 nurses are over 65.', 'email')).toEqual([]);
    expect(read('Two of the porters were under 25 last year.', 'email')).toEqual([]);
  });
  it('still reads a limit on who may apply, and the whole team said to be young', () => {
    expect(read('Applicants should be under 35.')).toEqual([['age-limit', 'under 35', 21]]);
    expect(read('The team on nights are all under 30.', 'email')).toEqual([['age-limit', 'under 30', 27]]);
  });
});

describe('the writer refusing to use a condition as an excuse', () => {
  it('is no doubt of the condition', () => {
    expect(read('We would never use your hearing loss as an excuse to pass you over.', 'email')).toEqual([]);
  });
  it('still reads a condition called an excuse', () => {
    expect(read('She uses her anxiety as an excuse to dodge the night shifts.', 'email').map(([rule]) => rule)).toContain('illness-doubted');
  });
});

describe('forms every applicant knows', () => {
  it('leaves HQ, a QR code, a Q&A and T&Cs quiet', () => {
    expect(read('You will be based at our HQ. Scan the QR code for the Q&A session; the usual T&Cs apply.')).toEqual([]);
  });
  it('still marks an abbreviation of the service', () => {
    expect(read('You will be based at our HQ beside the SDEC.')).toEqual([['unexpanded-acronym', 'SDEC', 39]]);
  });
});

describe('a pronoun opening the result clause after the post is wanted', () => {
  it('reads "…, so he will need to" as the post-holder even after a colleague was named', () => {
    const advert = 'The unit is run by Mr Dev Anand. We need a theatre porter for nights. The crew are all old hands, so he will need to keep up.';
    expect(read(advert).filter(([rule]) => rule === 'generic-pronoun')).toEqual([['generic-pronoun', 'he', 101]]);
  });
  it('still reads it as the colleague when no post is wanted in between', () => {
    expect(read('The unit is run by Mr Dev Anand. The crew are all old hands, so he will need to keep up.').filter(([rule]) => rule === 'generic-pronoun')).toEqual([]);
  });
});
