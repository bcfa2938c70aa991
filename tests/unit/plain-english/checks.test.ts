import { describe, expect, it } from 'vitest';
import { hitsOf } from './helpers';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Patients' : 'come')).join(' ');

describe('long sentences', () => {
  it('counts words as a reader does, so 25 words pass and 26 are flagged', () => {
    expect(hitsOf(`${words(25)}.`)).toEqual([]);
    expect(hitsOf(`${words(26)}.`)).toEqual([`long-sentence: ${words(26)} | words=26`]);
  });

  it('warns over 35 words', () => {
    expect(hitsOf(`${words(36)}.`)).toEqual([`very-long-sentence: ${words(36)} | words=36`]);
  });

  it('counts "£24,071", "able-bodied" and "and/or" as one word each', () => {
    const text = `${words(21)} £24,071 able-bodied and/or now.`;
    expect(hitsOf(text)).toEqual([]);
    expect(hitsOf(`${text.slice(0, -1)} again.`)).toEqual([`long-sentence: ${text.slice(0, -1)} again | words=26`]);
  });

  it('ends a sentence at a new line, so a list is short sentences', () => {
    expect(hitsOf(`Benefits:\n- ${words(20)}\n- ${words(20)}`)).toEqual([]);
  });
});

describe('one finding per sentence', () => {
  it('reports a long sentence rather than the formal word inside it', () => {
    const text = `Prior to starting, ${words(34).toLowerCase()}.`;
    expect(hitsOf(text).map((h) => h.split(':')[0])).toEqual(['very-long-sentence']);
  });

  it('reports the first formal word only', () => {
    expect(hitsOf('Please utilise the form prior to the interview.')).toEqual([
      'plain-words: utilise | plain=use | plainList=“use”',
    ]);
  });

  it('checks each sentence on its own', () => {
    expect(hitsOf('Please utilise the form. Contact us prior to the interview.')).toEqual([
      'plain-words: utilise | plain=use | plainList=“use”',
      'plain-words: prior to | plain=before | plainList=“before”',
    ]);
  });
});

describe('plain words', () => {
  it('keeps the form of the word', () => {
    expect(hitsOf('Your induction commenced on Monday.')).toEqual(['plain-words: commenced | plain=started | plainList=“started”']);
  });

  it('offers every alternative', () => {
    expect(hitsOf('Work in accordance with local policy.')).toEqual([
      'plain-words: in accordance with | plain=under | plainList=“under” or “in line with”',
    ]);
  });

  it('leaves quotations and "time off in lieu" alone', () => {
    expect(hitsOf('The policy says “staff must utilise the portal”.')).toEqual([]);
    expect(hitsOf('We give time off in lieu of extra hours.')).toEqual([]);
  });

  it('leaves a formal word inside a hyphenated one alone: the plain word would not fit there', () => {
    expect(hitsOf('- Co-facilitate courses at our Recovery College.')).toEqual([]);
    expect(hitsOf('Please give your commencement-date preference.')).toEqual([]);
    expect(hitsOf('- Facilitate courses at our Recovery College.')).toEqual(['plain-words: Facilitate | plain=help | plainList=“help” or “run”']);
  });
});

describe('passive duties', () => {
  it('flags a duty that does not say who does it, with its auxiliary verbs', () => {
    expect(hitsOf('Main duties\n- Patient records are to be kept up to date.')).toEqual(['passive-duty: are to be kept']);
    expect(hitsOf('Responsibilities:\nReferrals must be sent on the same day.')).toEqual(['passive-duty: must be sent']);
  });

  it('passes a duty that names the doer, or that is written to you', () => {
    expect(hitsOf('Main duties\n- Referrals are sent by the care navigators.')).toEqual([]);
    expect(hitsOf('Main duties\n- You will be trained to use the clinical system.')).toEqual([]);
    expect(hitsOf('Main duties\n- The post holder is expected to attend clinical meetings.')).toEqual([]);
  });

  it('passes what is expected or required of the post: a condition of the job, not a task', () => {
    expect(hitsOf('Main duties\n- 8 clinical sessions a week are expected.')).toEqual([]);
    expect(hitsOf('Main duties\n- A full driving licence is required for home visits.')).toEqual([]);
  });

  it('ends the duties under a "You will:" heading with its list', () => {
    const text = 'You will:\n- answer the phone\n\nReferrals must be sent on the same day.';
    expect(hitsOf(text)).toEqual([]);
    expect(hitsOf('Main duties\n\nYou will answer the phone.\n\nReferrals must be sent on the same day.')).toEqual(['passive-duty: must be sent']);
  });

  it('passes states and descriptions: "is based", "there is protected time", "callers who are frightened"', () => {
    expect(hitsOf('Main duties\n- The role is based in the main surgery.')).toEqual([]);
    expect(hitsOf('Main duties\n- There is protected time for training.')).toEqual([]);
    expect(hitsOf('Main duties\n- Stay on the line with callers who are frightened.')).toEqual([]);
  });

  it('only reads duties: the same sentence elsewhere is not a duty', () => {
    expect(hitsOf('About us\nReferrals must be sent on the same day.')).toEqual([]);
  });

  it('reads duties from the sections a page gives', () => {
    const text = 'Referrals must be sent on the same day.';
    expect(hitsOf(text, [{ role: 'duties', start: 0, end: text.length }])).toEqual(['passive-duty: must be sent']);
    expect(hitsOf(text, [{ role: 'about', start: 0, end: text.length }])).toEqual([]);
  });
});

describe('stacked abbreviations', () => {
  it('flags two side by side, or three within eight words', () => {
    expect(hitsOf('You will work with the PCN ARRS team.')).toEqual(['stacked-acronyms: PCN ARRS | count=2 | acronyms=“PCN”, “ARRS”']);
    expect(hitsOf('The ICB, LMC and CQC review the service.')).toEqual([
      'stacked-acronyms: ICB, LMC and CQC | count=3 | acronyms=“ICB”, “LMC”, “CQC”',
    ]);
  });

  it('passes abbreviations everyone knows, spread-out ones, one regulation name and headings in capitals', () => {
    expect(hitsOf('You will join the NHS GP team in the UK.')).toEqual([]);
    expect(hitsOf('The ICB funds the post and you will report to the clinical director of the PCN.')).toEqual([]);
    expect(hitsOf('You will follow IR(ME)R procedures.')).toEqual([]);
    expect(hitsOf('ABOUT THE ROLE AND THE TEAM AT THE PRACTICE:')).toEqual([]);
  });

  it('takes words written in capitals for emphasis as words, as the acronym rule does', () => {
    expect(hitsOf('PLEASE NOTE: the ICB funds this post.')).toEqual([]);
    expect(hitsOf('IMPORTANT: the ICB and the LMC agree the contract.')).toEqual([]);
    expect(hitsOf('PLEASE NOTE: the ICB, LMC and CQC review the service.')).toEqual([
      'stacked-acronyms: ICB, LMC and CQC | count=3 | acronyms=“ICB”, “LMC”, “CQC”',
    ]);
  });
});
