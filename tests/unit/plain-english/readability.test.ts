import { describe, expect, it } from 'vitest';
import { plain, readabilityOf } from './helpers';

// Robert Louis Stevenson, "On some technical elements of style in literature" (1885), the passage
// the Automated Readability Index is shown with: 6 sentences, 151 words, 623 letters and digits,
// index 10.59 (automated-readability's readme, after Wikipedia's worked example). The same counts
// give a Coleman-Liau index of 7.3 (0.0588 x 412.6 letters per 100 words - 0.296 x 3.97 sentences
// per 100 words - 15.8).
const STEVENSON = `The rule of rhythm in prose is not so intricate. Here, too, we write in groups, or phrases, as I prefer to call them, for the prose phrase is greatly longer and is much more nonchalantly uttered than the group in verse; so that not only is there a greater interval of continuous sound between the pauses, but, for that very reason, word is linked more readily to word by a more summary enunciation. Still, the phrase is the strict analogue of the group, and successive phrases, like successive groups, must differ openly in length and rhythm. The rule of scansion in verse is to suggest no measure but the one in hand; in prose, to suggest no measure at all. Prose must be rhythmical, and it may be as much so as you will; but it must not be metrical. It may be anything, but it must not be verse.`;

const PLAIN_ADVERT = `We are a small GP practice in Hull. We need a receptionist to join our team.

You will answer the phone and book visits. You will greet people at the desk and help them find their way. You will also scan letters and file them.

We will train you. You do not need to have worked in the NHS before. The job is 25 hours a week, and you can choose your days.`;

const HARD_ADVERT = `The postholder will be responsible for the operational management and strategic development of integrated multidisciplinary community rehabilitation services, ensuring organisational compliance with statutory requirements, contractual obligations and evidence-based clinical governance frameworks. Responsibilities additionally encompass collaborative partnership working with commissioning organisations, facilitating transformational service redesign initiatives and demonstrating sophisticated analytical capabilities regarding performance information.`;

describe('reading age', () => {
  it('counts the Automated Readability Index example exactly, and reads its grade as a UK reading age', () => {
    const r = readabilityOf(STEVENSON);
    expect({ words: r.words, sentences: r.sentences, grades: r.grades, readingAge: r.readingAge }).toEqual({
      words: 151,
      sentences: 6,
      grades: { automatedReadability: 10.6, colemanLiau: 7.3 },
      // (10.59 + 7.28) / 2 + 5
      readingAge: 14,
    });
  });

  it('puts a plainly written advert within NHS guidance', () => {
    const r = readabilityOf(PLAIN_ADVERT);
    expect(r.readingAge).toBeLessThanOrEqual(11);
    expect(r.band).toBe('within');
    expect(r.summary).toBe(`Reading age about ${r.readingAge}: within NHS guidance (9 to 11).`);
  });

  it('puts dense management prose well above it, and says so in words', () => {
    const r = readabilityOf(HARD_ADVERT);
    expect(r.readingAge).toBe(21);
    expect(r.band).toBe('well-above');
    expect(r.summary).toBe('Reading age about 21: harder than NHS guidance suggests (NHS guidance is a reading age of 9 to 11).');
  });

  it('does not guess for a short text', () => {
    expect(plain('We are hiring a receptionist. Apply by Friday.').readability).toBeNull();
    // 29 words of prose and a heading: still too short.
    expect(plain(`Main duties\n\n${'You will answer the phone. '.repeat(5)}Then file.`).readability).toBeNull();
  });

  it('leaves headings out of the sentence count', () => {
    expect(readabilityOf(`Main duties\n\n${'You will answer the phone. '.repeat(6)}`)).toMatchObject({ words: 30, sentences: 6 });
  });
});

describe('sections and duties', () => {
  const ABOUT =
    'We are a busy practice in Leeds with a friendly team of twelve people. We moved to a new building last year and have free parking for staff. Everyone is welcome here.';

  const ADVERT = `Job summary
We are a busy practice in Leeds with a friendly team of twelve people.

Main duties of the job
- You will answer the phone and book appointments for patients.
- Scan and file letters from the hospital each morning.
- You'll greet patients at the front desk.

About us
We moved to a new building last year and have free parking for staff.`;

  it('lists the longest sections, longest first (then in order), by their headings', () => {
    expect(readabilityOf(ADVERT).longestSections.map((s) => [s.title, s.words])).toEqual([
      ['Main duties of the job', 26],
      ['Job summary', 14],
      ['About us', 14],
    ]);
  });

  it('gives the share of duties written to the reader', () => {
    expect(readabilityOf(ADVERT).duties).toEqual({ total: 3, youWill: 2, summary: '2 of 3 duties are written as “You will …”.' });
  });

  it('counts every duty under a "You will:" heading as written to the reader', () => {
    const text = `${ABOUT}\n\nYou will:\n- answer the phone and book appointments\n- scan and file letters`;
    expect(readabilityOf(text).duties).toEqual({ total: 2, youWill: 2, summary: 'All 2 duties are written as “You will …”.' });
  });

  it('uses the sections a page gives, by their NHS Jobs titles', () => {
    const about = ABOUT;
    const duties = 'You will answer the phone and book appointments for patients every day.';
    const text = `${about}\n${duties}`;
    const sections = [
      { role: 'about' as const, start: 0, end: about.length },
      { role: 'duties' as const, start: about.length + 1, end: text.length },
    ];
    const r = readabilityOf(text, sections);
    expect(r.longestSections.map((s) => [s.title, s.words])).toEqual([
      ['About us', 32],
      ['Main duties of the job', 12],
    ]);
    expect(r.duties).toEqual({ total: 1, youWill: 1, summary: 'The duty is written as “You will …”.' });
  });

  it('has no duties figure when there are no duties', () => {
    expect(readabilityOf(ABOUT).duties).toBeNull();
  });
});
