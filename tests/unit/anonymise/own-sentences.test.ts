import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 11: personal details in the candidate's own sentences, read as the person (I, my, we) and a
// kind of detail from the word families in data. Fresh cases, none from a corpus; each line is the
// whole output, so the spans and placeholders are exact.
describe('health: a condition the writer goes through, by its verb, its head noun or the care they had', () => {
  test.each([
    ['I struggled with depression at university.', 'I struggled with [HEALTH] at university.'],
    ['I returned to work after treatment for breast cancer.', 'I returned to work after [HEALTH].'],
    ["I've had long Covid since 2021.", "I've had [HEALTH]."],
    ['I am a kidney transplant recipient.', 'I am a [HEALTH].'],
    ['I had surgery on my spine last year.', 'I had [HEALTH].'],
    ['I need a reasonable adjustment for my back.', 'I need a [HEALTH].'],
    ['I lost the sight in one eye after an accident.', 'I [HEALTH].'],
    ['I was signed off with stress for a month in 2022.', 'I was [HEALTH].'],
    ['I have been in recovery for five years.', 'I have [HEALTH].'],
    ['I have a connective tissue disorder.', 'I have a [HEALTH].'],
    ['I support my sister, who has learning disabilities.', 'I [FAMILY], who has [HEALTH].'],
    ['I had a sports injury in 2019 and was out for a season.', 'I had a [HEALTH] and was out for a season.'],
    // An infinitive holding the detail goes, not what the writer asks around it.
    ['I ask only for the time to attend my dialysis twice a week.', 'I ask only for the time to [HEALTH].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I have experience of treating depression and anxiety.',
    'I had a patient who has motor neurone disease.',
    'I have a passion for disease prevention.',
    'I have a keen interest in eating disorders.',
    'I have managed long-term condition reviews for six years.',
    'I have a learning disability nursing background.',
    'I worked in stroke rehabilitation for three years.',
    'I struggled at first with the new rota system.',
    'I have worked well under stress in A&E.',
    'I completed my foster care assessment training for the council.',
    'I developed our dementia-friendly waiting room.',
    'I developed a diabetes education programme for the practice.',
    'I have a condition monitoring role in estates.',
    'I suffered from imposter syndrome as a new manager.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('origin: a place the writer left, and the town of a school-leaving certificate', () => {
  test.each([
    ['I left Syria in 2015 and rebuilt my career here.', 'I left [PLACE OF ORIGIN] in 2015 and rebuilt my career here.'],
    ['I fled Eritrea as a teenager.', 'I fled [PLACE OF ORIGIN] as a teenager.'],
    ['After leaving Zimbabwe I retrained as a nurse.', 'After leaving [PLACE OF ORIGIN] I retrained as a nurse.'],
    ["Back in Ghana I used to help at my aunt's market stall.", 'Back in [PLACE OF ORIGIN] I used to help at [FAMILY] stall.'],
    ['Having grown up in a refugee camp in Kenya, I value every chance.', 'Having grown up in a refugee camp in [PLACE OF ORIGIN], I value every chance.'],
    ['Senior Secondary School Certificate, Kumasi, 2004', 'Senior Secondary School Certificate, [PLACE OF ORIGIN], [YEAR]'],
    ['High school diploma, Da Nang, 2011', 'High school diploma, [PLACE OF ORIGIN], [YEAR]'],
    ['Abitur, Gymnasium am Markt, Bremen, 2003', 'Abitur, Gymnasium am Markt, [PLACE OF ORIGIN], [YEAR]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I left Boots in 2015 to join the practice.',
    'After leaving Leeds General Infirmary I joined a GP practice.',
    'Back in March we moved the clinic to the new building.',
    'I left England in 2010 to work in Australia for a year.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
  test('kept: a subject where a town would stand', () => {
    expect(redact('GCSEs, Biology, 2008')).toBe('GCSEs, Biology, [YEAR]');
  });
});

describe('faith: its words, a saint’s church by what is done there, and a role any club has kept', () => {
  test.each([
    ['I was baptised as an adult.', 'I was [RELIGION] as an adult.'],
    ["I'm a lay minister in the Methodist church.", "I'm a [RELIGION] in the [RELIGION]."],
    ['I am preparing for my confirmation.', 'I am [RELIGION].'],
    ['God has given me the gift of caring.', '[RELIGION] has given me the gift of caring.'],
    ['I read scripture daily.', 'I [RELIGION] daily.'],
    ["I'm a churchgoer.", "I'm a [RELIGION]."],
    ['As a person of faith, I value dignity.', 'As a [RELIGION], I value dignity.'],
    ['Sunday is my day of rest and worship.', 'Sunday is my day of rest and [RELIGION].'],
    ["I help run the youth club at St Anne's.", 'I help run the [RELIGION].'],
    ["I play the organ at St Luke's every Sunday.", 'I [RELIGION].'],
    ['I sing in the choir at Holy Trinity.', 'I [RELIGION].'],
    // The role stays, the organisation that tells the faith goes; a faith's office goes with it.
    ["I volunteer at my gurdwara's langar on Sundays.", 'I volunteer at [RELIGION].'],
    ['Volunteer, Al-Noor Mosque food bank', 'Volunteer, [RELIGION] food bank'],
    ['Trustee, Bethel Gospel Assembly', 'Trustee, [RELIGION]'],
    ['Deacon and treasurer, Zion Baptist Chapel', '[RELIGION]'],
    ["I help out with our mosque's homework club.", 'I help out with our [RELIGION].'],
    ['Languages: English, Urdu, Arabic (Quranic)', 'Languages: English, Urdu, Arabic ([RELIGION])'],
    ['I attend a weekly halaqa.', 'I [RELIGION].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I volunteer at St John Ambulance as a first aider.',
    'I arranged a multi-faith prayer room for patients.',
    'I work at Holy Trinity Primary School as a school nurse.',
    // A kind of music, not a faith (the annotators of the first corpus left it too).
    'Hobbies: gospel music, cooking and five-a-side football.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('family: care at home said by its tasks and roles', () => {
  test.each([
    ['I am a foster carer.', 'I am [FAMILY].'],
    ['I do the school run every morning.', 'I do [FAMILY].'],
    ["I'm a stay-at-home mum returning to work.", "I'm [FAMILY]."],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each(['I manage the school nursing team.', 'I supported foster carers through their annual reviews.'])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a reference or a profile in the third person: the candidate’s pronouns read as the writer’s', () => {
  const reference = (body: string) => `To whom it may concern. I have known Amira for six years. ${body} She is punctual.`;
  test.each([
    ['She cares for her elderly father.', 'They care for [FAMILY].'],
    ['She is a devout Sikh.', 'They are a [RELIGION].'],
    ['She returned from maternity leave in January.', 'They [PARENTAL LEAVE].'],
    ['She is dyslexic but it has never affected her work.', 'They are [HEALTH] but it has never affected their work.'],
    ['She grew up in Lagos.', 'They grew up in [PLACE OF ORIGIN].'],
    // Someone else's details stay, read in the same way as the writer's own.
    ['She supported a patient through her cancer diagnosis.', 'They supported a patient through their cancer diagnosis.'],
  ])('%j', (text, expected) => {
    expect(redact(reference(text))).toBe(`To whom it may concern. I have known [NAME 1] for six years. ${expected} They are punctual.`);
  });
  test('a profile with no "I" in it', () => {
    expect(redact('Practice nurse. He leads the asthma clinic. He has type 1 diabetes, well controlled with a pump.')).toBe(
      'Practice nurse. They lead the asthma clinic. They have [HEALTH].',
    );
  });
  test('kept: a statement in the first person that tells of a mentor', () => {
    const text = 'I am a practice nurse. She was my mentor and she cares for her father. She taught me a lot.';
    expect(redact(text)).toBe('I am a practice nurse. They were my mentor and they care for their father. They taught me a lot.');
  });
});

describe('the disclosing clause: a blended family, a birth, a same-sex couple, heritage, and a refugee’s status', () => {
  test.each([
    ['We are a blended family of six.', 'We are [FAMILY].'],
    ['We are a same-sex couple.', 'We are [SEXUAL ORIENTATION].'],
    ['My heritage is Igbo.', '[PLACE OF ORIGIN].'],
    ["I'm a refugee.", "I'm [IMMIGRATION STATUS]."],
    ['As a first-generation immigrant, I understand the barriers.', '[IMMIGRATION STATUS], I understand the barriers.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
  test.each([
    'I supported refugee families to register with the practice.',
    'I ran a clinic for asylum seekers and refugees.',
    'I worked with migrant workers on farms.',
  ])('kept: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
