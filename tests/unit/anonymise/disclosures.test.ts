import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// The disclosing clause (find-disclosures.ts): a clause whose subject or possessor is the writer and
// that holds a concept of a protected characteristic loses the words that tell it, not the work around it.
describe('the disclosing clause: a relative, a faith or a condition the writer possesses, and what is said of it', () => {
  test.each([
    ['Since my eldest started secondary school I can work longer days.', 'Since [FAMILY] I can work longer days.'],
    ['When our youngest was born I stepped back to two days a week.', 'When [FAMILY] I stepped back to two days a week.'],
    ['My wife teaches at the local primary, so school holidays are covered.', '[MARITAL STATUS], so school holidays are covered.'],
    ['My dad drives a taxi at night.', '[FAMILY].'],
    ['Both kids are at secondary school now, so I can do late clinics.', '[FAMILY], so I can do late clinics.'],
    ['My faith shapes how I treat people.', '[RELIGION] how I treat people.'],
    ['My roots are in Sylhet, where I still have cousins.', '[PLACE OF ORIGIN], where I still have cousins.'],
    ['My family is of Goan heritage.', '[FAMILY] [ETHNICITY].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('the disclosing clause: a concept in a clause the writer leads', () => {
  test.each([
    ['I see my counsellor every fortnight.', 'I [HEALTH].'],
    ['I had a breakdown in my second year and took a term out.', 'I had [HEALTH] and took a term out.'],
    ['I am on a low dose of citalopram.', 'I am on [HEALTH].'],
    ["I'm also autistic and I work best with written plans.", "I'm [HEALTH] and I work best with written plans."],
    ['Diwali is a big day in our house.', '[RELIGION].'],
    ['I grew up between two cultures.', 'I [PLACE OF ORIGIN].'],
    ['I help run the Pride stall every summer.', 'I help [SEXUAL ORIENTATION].'],
    ['We have a two-year-old and another on the way in May.', 'We have [FAMILY] [PARENTAL LEAVE].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('forms beside the clause: pronouns used, a place called home, origin after a detour, heritage by region', () => {
  test.each([
    ['I use she/her.', 'I use [GENDER].'],
    ['Kerala will always be home.', '[PLACE OF ORIGIN] will always be home.'],
    ['I grew up by the sea in Sopot.', 'I grew up by the sea in [PLACE OF ORIGIN].'],
    ["I'm of South Indian heritage.", "I'm [ETHNICITY]."],
    ['I was granted settled status, so I will not need sponsoring.', '[IMMIGRATION STATUS].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('kept: the same concepts in work for patients and colleagues, and nouns that only look like relatives', () => {
  test.each([
    'I ran Ramadan medication reviews for Muslim patients.',
    'During Ramadan I run clinics on fasting safely for patients.',
    'I volunteer at a Diwali health fair for patients.',
    'My team runs the Eid health event for our community.',
    'I supported families of children with diabetes.',
    'I handle the visa sponsorship administration for our overseas nurses.',
    'I lead phased return plans for staff coming back from sickness.',
    'I run EMIS searches for patients on methotrexate.',
    'I deliver epilepsy awareness training to care home staff.',
    'As a psychiatrist I see patients with bipolar disorder.',
    'My first placement was on a stroke ward.',
    'Our partner practices share a pharmacist.',
    'The hospital is home to the regional burns unit.',
    'I ran the mass vaccination centre and checked Body Mass Index.',
    'Competencies signed off by the lead nurse.',
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('a child patient named by age is not the writer\'s child', () => {
    expect(redact('I treated a 75-year-old and a four-year-old.')).toBe('I treated a [AGE] and a four-year-old.');
  });
});

describe('forms of the second probe: loss and divorce, recovery, shares of a people, CV bullets, an age with the clause', () => {
  test.each([
    ['Since losing my husband three years ago I have worked full time.', 'Since [MARITAL STATUS] I have worked full time.'],
    ['After my divorce in 2018 I moved into community nursing.', 'After [MARITAL STATUS] I moved into community nursing.'],
    ['We emigrated from Harare when I was a child.', 'We [PLACE OF ORIGIN].'],
    ["I'm originally Ghanaian.", "I'm originally [NATIONALITY]."],
    ["Quarter Jamaican on my dad's side.", '[ETHNICITY].'],
    ['- Gay, and a member of the staff choir', '- [SEXUAL ORIENTATION], and a member of the staff choir'],
    ['I have been sober for four years and still go to AA on Mondays.', 'I have [HEALTH] and [HEALTH].'],
    ['My ex and I share custody of our son.', '[MARITAL STATUS] and I [FAMILY].'],
    ['Mum to two girls under five.', '[FAMILY].'],
    ['I keep my kesh.', 'I [RELIGION].'],
    ['My other half works shifts.', '[MARITAL STATUS].'],
    ['I am hard of hearing and lip-read.', 'I am [HEALTH].'],
    ['I was sectioned in 2012.', 'I was [HEALTH].'],
    ['I am now in remission and fully fit for work.', 'I am [HEALTH] and fully fit for work.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'I teach lip-reading to patients with hearing loss.',
    'I ran the AA liaison clinic for patients.',
    'We lost a patient last year.',
    'I was losing my voice by Friday.',
    'When I was a student I worked in a care home.',
    'Type 1 diabetes education for patients via DAFNE.',
    'I lead on diabetes and menopause care.',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test("an ex-colleague is no former spouse", () => {
    expect(redact('My ex-colleague Dr Shah supervised me.')).toBe('My ex-colleague Dr [NAME 1] supervised me.');
  });
});

describe('family as a role and an event: becoming a parent, a young family, a pregnancy by its words', () => {
  test.each([
    ['I have a young family, so I would prefer days.', 'I have [FAMILY], so I would prefer days.'],
    ['I became a grandmother last year.', 'I [FAMILY].'],
    ['Being a parent has taught me patience.', '[FAMILY].'],
    ["I'm newly married and we are hoping to start a family.", "I'm [MARITAL STATUS] and we are [PARENTAL LEAVE]."],
    // "my second child" is a child the writer has: it goes as one (round 10).
    ['I am currently pregnant with my second child.', 'I am [PARENTAL LEAVE] [FAMILY].'],
    ['My partner and I are expecting a baby in July.', '[MARITAL STATUS] and I are [PARENTAL LEAVE].'],
    ['I have a disabled son who needs care in the evenings.', 'I have [FAMILY] who needs care in the evenings.'],
    // Caring is the detail, whoever is cared for: "main carer for" goes with the spouse (round 10).
    ["I'm the main carer for my husband, who has MS.", "I'm the [FAMILY], who has [HEALTH]."],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'I set up MS Teams for the practice.',
    'I supported pregnant women in the antenatal clinic.',
    'I ran the young family clinic for patients.',
    'Being a parent governor at the school taught me governance.',
  ])('kept: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
