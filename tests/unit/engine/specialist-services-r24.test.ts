import { describe, expect, it } from 'vitest';
import { read } from './read-findings';

// Round 24, estates and catering, security, pharmacy, pathology, medical physics, arts
// therapies, forensic and perinatal services, payroll, hospices and applicant guidance: each reading
// in other words than the pages that showed it.

describe('the head noun of a post names a person, whatever service seeks one', () => {
  it.each([
    ['The clinic seeks an assertive psychotherapist for its evening groups.', 'masculine-assertive', 'assertive', 20],
    ['The estates department needs a confident electrician who can lead a small crew.', 'masculine-confident', 'confident', 31],
    ['The unit seeks a self-reliant phlebotomist for its outreach rounds.', 'masculine-self-reliant', 'self-reliant', 17],
  ])('flags the trait of the person sought in %j', (text, rule, word, start) => {
    expect(read(text)).toEqual([[rule, word, start]]);
  });
  it.each([
    'The department has an ambitious plan to open a second laboratory.',
    'The physics department runs an ambitious research programme with our scientists.',
  ])('still leaves a trait of the service itself in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('looks said to make an impression or to count are looks judged', () => {
  it.each([
    ['At interview, first impressions count: the panel will notice how you look as well as what you say.', 'how you look', 61],
    ['His appearance counted against him with the panel.', 'His appearance', 0],
  ])('flags %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['looks-count', words, start]]);
  });
  it.each([
    'We will ask how you look after patients who are frightened at night.',
    'Tell us how you look for errors when checking a prescription; the panel will score your answer.',
    'How you look at work must follow our uniform policy, as first impressions matter to patients.',
    'How you look will not be judged; only your answers are scored.',
  ])('leaves another sense, a dress code or a denial in %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
});

describe('a years demand the advert itself waives for applicants without that length is no bar', () => {
  it.each([
    "Ideally you will have three years' experience of payroll. We are happy to hear from people with fewer years who can show the skills.",
    'At least two years in a research delivery team is preferred; we will also consider applicants without the required length of experience who bring transferable skills.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    [
      "You will need at least four years' experience in a sterile services unit. Applicants who do not have the required length of experience will not be considered.",
      "at least four years' experience",
      14,
    ],
    ["You will need five years' experience in procurement. We welcome applications from every background.", "five years' experience", 14],
  ])('still flags the years where those applicants are turned away, or nothing waives them, in %j', (text, words, start) => {
    expect(read(text)).toEqual([['age-years-experience', words, start]]);
  });
});

describe('a photo on a document of identity is an identity check, not a photo of the applicant', () => {
  it.each([
    'Please bring three forms of ID to your interview, one of them with a photo.',
    'You will need two pieces of ID, including one with a photograph.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it.each([
    ['Please send your CV with a photo before the closing date.', 'CV with a photo', 17],
    ['Applications without a photograph will be returned.', 'without a photograph', 13],
  ])('still flags a photo asked with the application in %j', (text, words, start) => {
    expect(read(text, 'email')).toEqual([['photo-request', words, start]]);
  });
});

describe('"he explains" straight after a quotation is its speaker, as "he explained" is', () => {
  it.each([
    'Priya is one of our porters. "Nights can be long. I always check the doctor has the kit they need," she explains.',
    "Tom drives for the night service. 'It is quiet after two. I make sure the car is stocked for the doctor,' he says.",
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['The successful doctor will cover the night rota. If unsure, he says so to the nurse in charge.', 'he', 60],
    ['The successful doctor will lead the team. He explains each plan to the patient.', 'He', 42],
  ])('still reads a pronoun for the post with no quotation before it in %j', (text, word, start) => {
    expect(read(text)).toEqual([['generic-pronoun', word, start]]);
  });
});
