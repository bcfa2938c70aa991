import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 17 (helper anonymiser-27): fresh wordings, none from the corpus, for readings fixed by
// mechanism (where a disclosure ends, who the clause is about, a guard that stopped a detail) and
// for families of meaning written as forty fresh ways of saying each; with what must stay beside them.

describe('where a disclosure ends, and who the clause is about (mechanisms: a wrapped line, an adverb, a list, an apposition, a stage of life)', () => {
  test.each([
    ["I have worked as a community nurse for many years, and when I\nwas nine my family moved to Leeds from Ghana.", "I have worked as a community nurse for many years, and when I\nwas [AGE] my family moved to Leeds from [PLACE OF ORIGIN]."],
    ["I also had a period of depression after university and received talking therapy.", "I [HEALTH]."],
    ["I still have a stammer.", "I [HEALTH]."],
    ["I had gestational diabetes in my second pregnancy.", "I had [HEALTH]."],
    ["I have a disabled parking badge because of a knee condition.", "I have a [HEALTH] because of [HEALTH]."],
    ["I use a screen reader and dictation software.", "I [HEALTH]."],
    ["I wear a hearing aid and a vibrating alarm clock.", "I [HEALTH]."],
    ["Registered nurse. Currently on maternity leave until June; returning part time.", "Registered nurse. [PARENTAL LEAVE]; returning part time."],
    ["After 2015 several of my relatives arrived here as refugees.", "After 2015 several of my relatives [IMMIGRATION STATUS]."],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('a place of birth, its year and its wider place; an age beside a date of birth', () => {
  test.each([
    ["Born in Accra, 1991. Full driving licence.", "Born in [PLACE OF ORIGIN], [DATE OF BIRTH]. Full driving licence."],
    ["I was born in Cardiff in 1985 and trained in Bristol.", "I was born in [PLACE OF ORIGIN] in [DATE OF BIRTH] and trained in Bristol."],
    ["I grew up in Athlone in County Westmeath.", "I grew up in [PLACE OF ORIGIN]."],
    ["I was born in Hyderabad in Sindh Province.", "I was born in [PLACE OF ORIGIN]."],
    ["Born 2 June 1990, Seoul, Republic of Korea", "[DATE OF BIRTH], [PLACE OF ORIGIN]"],
    ["We lived in Mombasa in Kenya until 2010.", "We lived in [ADDRESS] until 2010."],
    ["DOB: 04/07/1986 (39)", "DOB: [DATE OF BIRTH] [AGE]"],
    ["Date of birth: 1 March 1979 (aged 46)", "Date of birth: [DATE OF BIRTH] [AGE]"],
    ["Born in Mogadishu and moved to the UK aged eleven.", "Born in [PLACE OF ORIGIN] and [IMMIGRATION STATUS] [AGE]."],
    ["I was granted British citizenship as a child.", "I was [NATIONALITY]."],
    ["My partner and I have lived together in Walthamstow since 2018.", "[MARITAL STATUS] and I have lived together in [ADDRESS] since 2018."],
    ["I am Ghanaian, from Kumasi.", "I am [NATIONALITY], from [PLACE OF ORIGIN]."],
    ["I was born in May 1991 in Coventry.", "I was born in [DATE OF BIRTH] in [PLACE OF ORIGIN]."],
    ["I was born in August and raised in Kent.", "I was born in [DATE OF BIRTH] and raised in [PLACE OF ORIGIN]."],
    ["I still have family in Lusaka.", "I still have family in [PLACE OF ORIGIN]."],
    ["I was raised by my aunt in a village near Jos.", "I was raised by [FAMILY] in a village near [PLACE OF ORIGIN]."],
    ["I lived in Lahore until I was ten.", "I lived in [ADDRESS] until I was [AGE]."],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('names, health and peoples read from fresh wordings', () => {
  test.each([
    ["Referees: Mrs Carys Boots, Practice Manager, and Dr Anil Lloyds, GP Partner.", "Referees: [NAME 1], Practice Manager, and Dr [NAME 2], GP Partner."],
    ["Since 2020 I have been treated for a heart defect.", "Since 2020 I have been treated for a [HEALTH]."],
    ["My eyesight is poor in my right eye.", "[HEALTH]."],
    ["My mobility is limited by arthritis.", "[HEALTH]."],
    ["I am a Romany Gypsy and proud of it.", "I am a [ETHNICITY] and proud of it."],
    ["Secretary, Leeds Somali Community Hub, since 2019.", "Secretary, [ETHNICITY], since 2019."],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('what stays: work, other people, a month, a wider place no one is found by', () => {
  test.each([
    "I worked at Boots Pharmacy, Leeds, for six years.",
    "Patients who arrived here as refugees were my caseload.",
    "I was granted a bursary in 2019.",
    "I am available, from Monday.",
    "I have family in the UK.",
    "I stayed on the ward until I was relieved.",
    "I arranged cover so Muslim colleagues could break their fast.",
    "We supported Jewish families at the hospice.",
    "I assisted in surgery for bowel cancer.",
    "I run the practice's thyroid clinic.",
    "I audited 04/07/2019 (39 records) for the practice.",
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
