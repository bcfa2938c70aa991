import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 29 (helper anonymiser-44): families of names the tuned CVs still let through, read by general rules: a
// relative's name where the writer lists their family, and a part of a name the writer names by its kind. Fresh lines
// in our own words, none from the corpus, each with what a panel needs kept beside it.

describe("a relative's name where the writer lists their family", () => {
  test.each([
    // Children counted or owned, then named, a list of up to three.
    ['We have two daughters, Cerys and Lowri.', 'We have [FAMILY], [NAME 1] and [NAME 2].'],
    ['I care for my two boys: Tomos and Ifan.', 'I [FAMILY]: [NAME 1] and [NAME 2].'],
    // The names of a parent's children, past an "and" and an age in brackets.
    ['Proud dad to Kwabena and Efua.', 'Proud dad to [NAME 1] and [NAME 2].'],
    // A family word opening a field's value is the writer's own relative.
    ['Home life: husband Sreejith works nights.', 'Home life: husband [NAME 1] works nights.'],
    ['I look after my grandson Oisín.', 'I [FAMILY] [NAME 1].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('in a section written in capitals, the spouse and the children named go', () => {
    expect(redact('PERSONAL\nMARRIED TO GWENLLIAN; TWO SONS, DEWI AND MACSEN.')).toBe('PERSONAL\n[MARITAL STATUS] TO [NAME 1]; [FAMILY], [NAME 2] AND [NAME 3].');
  });

  test('services, values and job words after the same words stay', () => {
    for (const text of [
      'Services for two children, Adults and Families were merged.',
      'Partner Practice: Oakwood Surgery',
      'Family: Practice Nurse team',
    ]) {
      expect(redact(text)).toBe(text);
    }
    // An initialism after "MARRIED TO" is no name, though the status goes.
    expect(redact('MARRIED TO NHS VALUES')).toBe('[MARITAL STATUS] TO NHS VALUES');
  });
});

describe('a part of a name the writer names by its kind', () => {
  test.each([
    ['Nurse\nI was born in Lviv. Patronymic Mykolaivna, as my passport gives it.', 'Mykolaivna'],
    ['Nurse\nOlder certificates spell my surname Dziedzic.', 'Dziedzic'],
    ["Nurse\nMy wife's family name is Adeyemi-Cole and our children use it.", 'Adeyemi-Cole'],
  ])('%j', (text, name) => {
    const out = redact(text);
    expect(out).not.toContain(name);
    expect(out).toContain('[NAME 1]');
  });

  test('a name\'s kind with no name after it stays, and so does a place after a capitalised word', () => {
    for (const text of ['Nurse\nThe patronymic system in Iceland is taught on the course.', 'Nurse\nMy surname is often misspelt.', 'Nurse\nI worked in Wester Ross and Port Talbot.']) {
      expect(redact(text)).toBe(text);
    }
  });
});

describe('a referee written in lower case in a references section', () => {
  test.each([
    // After a title and initials, one word is the name; a gendered title goes with it, a professional one stays.
    ['REFERENCES\n1. mrs k. balasingham, Ward Sister (retired), Jaffna\n2. dr r. s. venkatesan, GP Partner', 'REFERENCES\n1. [NAME 1], Ward Sister (retired), Jaffna\n2. dr [NAME 2], GP Partner'],
    // A surname a list knows as a word of work, where the referee's address spells the name.
    ['Amina Yusuf\nPharmacist\n\nREFEREES\nlucy ward, Finance Manager, Leeds (lucy.ward@example.org)', '[CANDIDATE]\nPharmacist\n\nREFEREES\n[NAME 1], Finance Manager, Leeds ([EMAIL])'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a role in lower case, or a word of work with no address to spell it, stays', () => {
    for (const text of ['REFERENCES\nward manager, Airedale General Hospital', 'REFERENCES\nlucy ward, Airedale General Hospital']) {
      expect(redact(text)).toBe(text);
    }
  });
});

describe("the candidate's initials where they stand for the candidate", () => {
  test("a comment's author mark and a dotted signature with the initials of the candidate's whole name", () => {
    const text = 'Nkechi Ada Obi\nPractice Nurse\n\nI run the asthma clinic.\nComment [NAO1]: add numbers? (Jo)\nComment [NAO2]: done – N.A.O.';
    expect(redact(text)).toBe('[CANDIDATE]\nPractice Nurse\n\nI run the asthma clinic.\nComment [[CANDIDATE]]: add numbers? (Jo)\nComment [[CANDIDATE]]: done – [CANDIDATE]');
  });

  test("another reviewer's mark, two dotted letters and initials that spell a body stay", () => {
    const text = 'Nadia Hussain Smith\nSocial Worker\n\nI have worked in the NHS since 2019.\nComment [JM1]: agreed – N.H.\nThe N.H.S. Act applies.';
    expect(redact(text)).toBe(text.replace('Nadia Hussain Smith', '[CANDIDATE]'));
  });
});
