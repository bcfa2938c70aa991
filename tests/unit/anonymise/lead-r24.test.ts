import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';

describe('names the anonymiser reads in round 24', () => {
  it.each([
    // A referee's line in lower case under References: a title, or the address spelling it, makes it a name.
    ['References\nmrs joan pickering, deputy manager, Tesco Extra – 0113 496 0123\n', 'References\n[NAME 1], deputy manager, Tesco Extra – [PHONE]\n'],
    [
      'References\noluwadamilare fashola, Senior Sister, Ward 12\noluwadamilare.fashola@example.org\n',
      'References\n[NAME 1], Senior Sister, Ward 12\n[EMAIL]\n',
    ],
    // A surname in capitals, a comma and a given name that is also a word.
    ['References\nMENSAH, Hope – Practice Manager\nHALIFAX, Hope Street Surgery\n', 'References\n[NAME 1] – Practice Manager\nHALIFAX, Hope Street Surgery\n'],
    // The same words with nothing to vouch for them, and lines that are no names, stay.
    ['References\navailable on request, happy to provide\nward manager, 4 East\n', 'References\navailable on request, happy to provide\nward manager, 4 East\n'],
    // A name the candidate went by, in whole, after a comma or a line break.
    ['My certificates are in my birth name, Kieran\n  Walsh; my GRC links them.\n', 'My certificates are in my birth name, [NAME 1]\n  [NAME 1]; my GRC links them.\n'],
    ['My previous surname: Oyelowo.\n', 'My previous surname: [NAME 1].\n'],
    // The label's comma ends its line and the name opens the next.
    ['My diploma is in my former name,\n  Rhodri Pryce; I can show the deed poll.\n', 'My diploma is in my former name,\n  [NAME 1]; I can show the deed poll.\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(`Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n${expected}`);
  });

  it("reads the name under NHS Jobs' \"Supporting information\" title", () => {
    const text = 'Supporting information\nAdaeze Nwosu — Staff Nurse (Band 5), Ward 12\n\nColleagues call me Daze. I qualified in 2019.\n';
    expect(anonymise(text).text).toBe('Supporting information\n[CANDIDATE] — Staff Nurse (Band 5), Ward 12\n\nColleagues call me [CANDIDATE]. I qualified in [YEAR].\n');
  });

  it('takes the name spelt by the e-mail on a closing contact line', () => {
    const text = 'Statement for the post of Healthcare Assistant\n\nI have cared for people for six years; Tobiloba is my given name and Adebayo-Smith my family\'s.\n\nContact: 07700 900 731 | tobiloba.adebayo-smith@example.com\n';
    expect(anonymise(text).text).toBe(
      "Statement for the post of Healthcare Assistant\n\nI have cared for people for six years; [CANDIDATE] is my given name and [CANDIDATE] my family's.\n\nContact: [PHONE] | [EMAIL]\n",
    );
  });

  it('takes a nickname in quotes in the bracket after a hyphenated surname', () => {
    const text = 'Kemi Adebayo-Smith\nHealthcare Assistant\n\nAsk for Tobi on Ward 3.\n\nK. T. Adebayo-Smith ("Tobi")\n';
    expect(anonymise(text).text).toBe('[CANDIDATE]\nHealthcare Assistant\n\nAsk for [CANDIDATE] on Ward 3.\n\n[CANDIDATE]\n');
  });

  it('does not take a referee\'s address on a contact line inside References as the candidate\'s', () => {
    const text = 'Statement for the post of Porter\n\nI like people.\n\nReferences\nContact: peter.lund@example.com, Peter Lund, Estates Manager\n';
    expect(anonymise(text).text).toBe('Statement for the post of Porter\n\nI like people.\n\nReferences\nContact: [EMAIL], [NAME 1], Estates Manager\n');
  });
});

describe('the head of an address broken by a narrow column', () => {
  it('is never a sentence-ending word or a number on the line above at the same column', () => {
    const text = 'Profile\nI run the clinic on Tuesdays.\nCompleted it all in aa.aa@example.com.\nBand 6 Staff Nurse with NMC registration. 07700 000000.\nCompleted the MSc Advanced Clinical Practice. bb.cc@example.com.\n';
    expect(anonymise(text).text).toBe(
      'Profile\nI run the clinic on Tuesdays.\nCompleted it all in [EMAIL].\nBand 6 Staff Nurse with NMC registration. [PHONE].\nCompleted the MSc Advanced Clinical Practice. [EMAIL].\n',
    );
  });

  it('is still read when it names someone', () => {
    const text = 'Ama Boateng\nadaeze.okonkwo-    Languages: Igbo\neze@example.com    Driving licence\n';
    expect(anonymise(text).text).toContain('[EMAIL]    Languages: Igbo\n[EMAIL]    Driving licence');
  });
});

describe('identifiers in the forms round 24 showed', () => {
  const head = 'Tomasz Wrona\nPorter\n\n';
  it.each([
    // A birth date in another calendar or script, then the same date in brackets, on its line or opening the next.
    ['DOB: 12 Tir 1369 (3/7/1990)\n', 'DOB: [DATE OF BIRTH]\n'],
    ['I was born on 5 Ashvin 1912 Saka\n(27 September 1990) in Pune.\n', 'I was born on [DATE OF BIRTH]\n([DATE OF BIRTH]) in [PLACE OF ORIGIN].\n'],
    ['I was born and raised in Gdańsk (1990-2008).\n', 'I was born and raised in [PLACE OF ORIGIN] (1990-2008).\n'],
    // A personal detail's label alone in a cell, its value in the next, anywhere in the row.
    ['Languages\tPolish\tSex\tM\tNationality\tPolish\n', 'Languages\tPolish\tSex\t[GENDER]\tNationality\t[NATIONALITY]\n'],
    // The rest of a phone number spelt in words in the bracket after it; a bracket of words alone stays.
    ['Mobile: 07700 900 (five-six-one)\nHome: 0113 496 0712 (evenings)\n', 'Mobile: [PHONE]\nHome: [PHONE] (evenings)\n'],
    // A UK postcode with a blank inside its second half, after its label.
    ['Postcode:  M14 5 RT\n', 'Postcode:  [POSTCODE]\n'],
    // A register's number after "Register, no." and Social Work England's with the register's letters before it.
    ['HCPC and the Accredited Register, no. RSP-40817.\nSocial Work England: SWE-SW204431\n', 'HCPC and the Accredited Register, no. [REGISTRATION NUMBER].\nSocial Work England: [REGISTRATION NUMBER]\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(head + text).text).toBe(`[CANDIDATE]\nPorter\n\n${expected}`);
  });
});
