import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

describe('a treatment without "my" opening a sentence is the writer\'s only before their own course', () => {
  test('the writer going back, part-time or off after it', () => {
    expect(redact('After radiotherapy in 2021 I went part-time on the renal unit.')).toBe('After [HEALTH] I went part-time on the renal unit.');
    expect(redact('Following a bowel operation, I retrained in clinical coding.')).toBe('Following [HEALTH], I retrained in clinical coding.');
  });

  test('near case: care the writer gives after it stays', () => {
    const work = 'Following spinal surgery, I teach people to log-roll safely. After radiotherapy I review skin twice weekly in clinic.';
    expect(redact(work)).toBe(work);
  });
});

describe('Karen "Saw" and "Naw" are titles only where a name stands', () => {
  test('a bullet or a sentence that goes on in lower case, or after the writer, is the verb', () => {
    const work = 'Highlights\n• Saw Frailty Team referrals on the same day\nWe Saw Joy on the ward round. Saw Heart Failure patients weekly.';
    expect(redact(work)).toBe(work);
  });

  test('near case: a referee after a semicolon and a name on its own line stay names', () => {
    expect(redact('Referees: Mrs Joan Pike (Matron); Naw Hser Nay (Practice Educator)')).toBe('Referees: [NAME 1] (Matron); [NAME 2] (Practice Educator)');
    expect(redact('Saw Kaw Thaw\nHealthcare Assistant, Bradford')).toBe('[CANDIDATE]\nHealthcare Assistant, Bradford');
  });
});

describe("a team's mailbox stays only at an employer's domain and not as the writer's own", () => {
  test("at the writer's own or small firm's domain, or said to be theirs, it goes", () => {
    expect(redact('Get in touch: jobs@okekehomecare.co.uk')).toBe('Get in touch: [EMAIL]');
    expect(redact('My email address is resourcing@example.nhs.uk')).toBe('My email address is [EMAIL]');
  });

  test("near case: an NHS or university team's mailbox the writer applied to stays", () => {
    const kept = 'I sent my forms to vacancies@stgeorges.nhs.uk and to hr@bristol.ac.uk last spring.';
    expect(redact(kept)).toBe(kept);
  });
});

describe("the name in the writer's own script on a two-column line", () => {
  test('beside a field, it goes', () => {
    expect(redact('HYUN-WOO LEE              Paramedic\n이현우                    Post sought: Band 6 Paramedic\n')).toBe(
      '[CANDIDATE]              Paramedic\n[CANDIDATE]                    Post sought: Band 6 Paramedic\n',
    );
  });

  test('near case: beside its rendering in Latin letters, a place or a term, it stays', () => {
    expect(redact('Hyun-woo Lee\n부산대학교        Pusan National University\n심전도        ECG (on my licence)')).toBe(
      '[CANDIDATE]\n부산대학교        Pusan National University\n심전도        ECG (on my licence)',
    );
  });
});

describe('a word before "my middle name" is a name only where no preposition or place puts it', () => {
  test('as the object or opening the sentence, it is the name', () => {
    expect(redact('Chidi Eze\nThe team always used Chinedu, my other name.')).toBe('[CANDIDATE]\nThe team always used [CANDIDATE], my other name.');
  });

  test('near case: after "In", "From" or a place word, it stays', () => {
    const kept = 'Chidi Eze\nFrom Lagos, my middle name was spelt wrong on every form. In Radiography, my second name confused the rota.';
    expect(redact(kept)).toBe(kept.replace('Chidi Eze', '[CANDIDATE]'));
  });
});

describe('going to a place of worship leads the span only straight to it, and not to a work event there', () => {
  test('"I go to the" before the place goes with it', () => {
    expect(redact('I usually go to the Southall Gurdwara.')).toBe('I usually [RELIGION].');
  });

  test('near case: a placement or a staff event there leaves the verb', () => {
    expect(redact('I went with the outreach team to St Luke’s Church for a flu vaccination event.')).toBe(
      'I went with the outreach team to [RELIGION] for a flu vaccination event.',
    );
    expect(redact('We went to the Cathedral for the staff long-service ceremony.')).toBe('We went to the [RELIGION] for the staff long-service ceremony.');
  });
});

describe('a treatment or a condition that others in the clause have stays', () => {
  test('near case: people recovering from it', () => {
    const kept = 'Since 2018 I have supported clients returning to work after cancer treatment.';
    expect(redact(kept)).toBe(kept);
  });

  test('the writer named after the others: theirs', () => {
    expect(redact('I nurse patients on a surgical ward and I had chemotherapy in 2016.')).toBe('I nurse patients on a surgical ward and I had [HEALTH].');
  });
});

describe('a place and a date under a birth label are a birth only with an adult\'s year', () => {
  test('a birth year', () => {
    expect(redact('Date of birth\nLimassol, 03.11.1984        Practice Nurse')).toBe('Date of birth\n[PLACE OF ORIGIN], [DATE OF BIRTH]        Practice Nurse');
  });

  test("near case: a job's place and start date stay", () => {
    const kept = 'Born\nSwansea Bay UHB, 14.03.2019        Band 6 Ward Sister';
    expect(redact(kept)).toBe(kept);
  });
});

describe('"my surname is" then the name, over a line break too', () => {
  test('a blank or a line break between', () => {
    expect(redact('Ana Reyes\nMy surname is\nDela Cruz on my passport.')).toContain('My surname is\n[');
  });

  test('near case: no blank before the capital is no introduction', () => {
    expect(redact('Ana Reyes\nMy surname isDela on one form.')).toBe('[CANDIDATE]\nMy surname isDela on one form.');
  });
});
