import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 49 (helper anonymiser-105): the 30th real-text audit, on layouts the corpus has least (Europass, NHS Jobs printouts,
// scans, flattened tables, quoted replies) and names from many traditions. Fresh lines in our own words, each with a near case
// that must stay.

describe('identifiers in unusual forms', { timeout: 30_000 }, () => {
  test('an NI number told with "is" after its label goes, whatever its prefix', () => {
    expect(redact('For the record, my NI no. is QQ 44 81 27 B.')).toBe('For the record, my NI no. is [NI NUMBER].');
    expect(redact('> Your NI number on file is QQ 12 34 56 C; please check it.')).toBe('> Your NI number on file is [NI NUMBER]; please check it.');
  });

  test('a sentence about the number with none in it stays', () => {
    expect(redact('The NI number is on my P60.')).toBe('The NI number is on my P60.');
  });

  test('a "personal identification code" goes', () => {
    expect(redact('Personal identification code (Latvia): 150387-12345')).toBe('Personal identification code (Latvia): [ID NUMBER]');
  });

  test('the words with no code stay', () => {
    expect(redact('Personal identification code checks at every handover.')).toBe('Personal identification code checks at every handover.');
  });

  test('a passport a scan split into two words keeps its number out', () => {
    expect(redact('Pass port number: K 1234567')).toBe('Pass port number: [ID NUMBER]');
    expect(redact('Pass port no. 5l2345678')).toBe('Pass port no. [ID NUMBER]');
  });

  test('the words alone stay', () => {
    expect(redact('I hold a pass port to the labs.')).toBe('I hold a pass port to the labs.');
  });
});

describe('a date of birth closing a flattened table’s row', () => {
  test('the date under a row of labels that "Date of birth" closes goes', () => {
    expect(redact('Post held Date of birth\nStaff nurse 21.06.1990')).toBe('Post held Date of birth\nStaff nurse [DATE OF BIRTH]');
  });

  test('a start date under its own label stays', () => {
    expect(redact('Post held Start date\nStaff nurse 01.02.2019')).toBe('Post held Start date\nStaff nurse 01.02.2019');
  });
});

describe('a Europass label joining two parts of the name', () => {
  test('"Surname / Forename" before the name takes both', () => {
    expect(redact('Surname / Forename:   Okafor, Chidi\nRole: Porter')).toBe('Surname / Forename:   [CANDIDATE], [CANDIDATE]\nRole: Porter');
  });

  test('the words in a sentence stay', () => {
    expect(redact('Surname / Forename order varies by country.')).toBe('Surname / Forename order varies by country.');
  });
});

describe('faiths the lists lacked', () => {
  test('"Unitarian", "Lutheran" in a profile go', () => {
    expect(redact('Unitarian; vegetarian; keen cyclist.')).toBe('[RELIGION]; vegetarian; keen cyclist.');
  });

  test('a hospital named after one stays', () => {
    expect(redact("I trained at St Luke's Lutheran Hospital in Oslo.")).toBe("I trained at St Luke's Lutheran Hospital in Oslo.");
  });
});

describe('the writer’s people, told with an age or a family', () => {
  test('an age between "I am a" and the people does not hide it', () => {
    expect(redact("I'm a 33-year-old Greek Cypriot mum of two.")).toBe("I'm a [AGE] [NATIONALITY] [FAMILY].");
  });

  test('a patient so described keeps the people', () => {
    expect(redact('I nursed a 33-year-old Greek Cypriot man with sepsis.')).toBe('I nursed a [AGE] Greek Cypriot man with sepsis.');
  });

  test('"I am a … from a Gypsy family" goes; a people’s heritage opening a fragment goes', () => {
    expect(redact("I'm a mental health nurse from a Gypsy family.")).toBe("I'm a mental health nurse from a [ETHNICITY].");
    expect(redact('Kurdish heritage; fluent in Sorani.')).toBe('[ETHNICITY]; fluent in Sorani.');
  });

  test('the children the writer supports, and a heritage month, stay', () => {
    expect(redact('I am a nurse who supports children from a Gypsy family.')).toBe('I am a nurse who supports children from a Gypsy family.');
    expect(redact('South Asian heritage month: I ran a stall.')).toBe('South Asian heritage month: I ran a stall.');
  });
});

describe('where the writer is from, with its country', () => {
  test('an arrival from a town keeps its country with it', () => {
    expect(redact('I came to the UK from Cebu, Philippines in 2014 and trained in Leeds.')).toBe('I [IMMIGRATION STATUS] and trained in Leeds.');
  });

  test('the writer’s next clause stays', () => {
    expect(redact('I came to the UK from Lagos, I then trained.')).toBe('I [IMMIGRATION STATUS], I then trained.');
  });

  test('a fragment "From <town>, <country abroad>" goes', () => {
    expect(redact('Band 3 porter. From Harare, Zimbabwe.')).toBe('Band 3 porter. From [PLACE OF ORIGIN].');
  });

  test('a UK place and a month stay', () => {
    expect(redact('From Leeds, England.')).toBe('From Leeds, England.');
    expect(redact('From March, I led the ward.')).toBe('From March, I led the ward.');
  });
});

describe('a "Medical history" field', () => {
  test('its value goes', () => {
    expect(redact('Medical history: asthma since childhood')).toBe('Medical history: [HEALTH]');
  });

  test('history taking as a skill stays', () => {
    expect(redact('Skills: medical history taking, ECGs.')).toBe('Skills: medical history taking, ECGs.');
  });
});

describe('a leader of one dot, as a form’s longest label leaves', () => {
  test('"Nationality . Ethiopian" keeps its value out', () => {
    expect(redact('Grade ....... Band 3\nCitizenship . Eritrean')).toBe('Grade ....... Band 3\nCitizenship . [NATIONALITY]');
  });

  test('a sentence’s full stop after a word that is no label stays', () => {
    expect(redact('I chose my ward . It suited me.')).toBe('I chose my ward . It suited me.');
  });
});
