import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 33 (helper anonymiser-56): families the tuned CVs still let through once the f32-* CVs joined them, read by
// general rules. Fresh lines in our own words, none from the corpus, each with a near case where what a panel needs stays.

describe('a home address in an unusual form', () => {
  test.each([
    // A label set off by a blank, not a colon; the postcode closing the last place.
    ['Ffion Rees\nAddress The Granary, Mill Lane, Bourton, Gloucestershire GL54 2JT\nMobile 07700 900 412', 'Ffion Rees\nAddress [ADDRESS] [POSTCODE]\nMobile [PHONE]'],
    // A form printed to text: a leader of dots between label and value; the postcode's line is not the address's.
    ['APPLICATION FORM\nSurname ........... Rees\nHome address ...... 4 Teal Side, Hungerford, Berkshire\nPostcode .......... RG17 0AB\nNationality ....... Welsh', 'APPLICATION FORM\nSurname ........... [CANDIDATE]\nHome address ...... [ADDRESS]\nPostcode .......... [POSTCODE]\nNationality ....... [NATIONALITY]'],
    // A saint's town whose second word is an everyday word, and an aside a spaced dash cut off.
    ['Ffion Rees\nMobile 07700 900 412 · ffion@example.com\nTrelawn Cottage, Quarry Hill, St Just, Cornwall (no postcode – the farm shares one)\n\nProfile', 'Ffion Rees\nMobile [PHONE] · [EMAIL]\n[ADDRESS] (no postcode – the farm shares one)\n\nProfile'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected.replace(/^Ffion Rees/, '[CANDIDATE]'));
  });

  test('Welsh, Gaelic and Irish addresses: a house name before its street, a street in lower case, a Welsh label', () => {
    expect(redact('Ffion Rees\nNyrs\n\nTŷ Mawr, 8 Ffordd y Castell, Llandeilo, Carmarthenshire\nFfôn: 07700 900 412')).toBe('[CANDIDATE]\nNyrs\n\n[ADDRESS]\nFfôn: [PHONE]');
    expect(redact("ffion rees\nnyrs\n\ncyswllt / contact\n5 heol yr orsaf, pontyberem, llanelli\nffôn / tel: 07700 900 412")).toBe('[CANDIDATE]\nnyrs\n\ncyswllt / contact\n[ADDRESS]\nffôn / tel: [PHONE]');
    expect(redact('Ffion Rees\nE ffion@example.scot\n3 Rathad an t-Sruthain, Port Rìgh / Portree, IV51 9EH\n\nProfile')).toBe('[CANDIDATE]\nE [EMAIL]\n[ADDRESS], [POSTCODE]\n\nProfile');
    expect(redact('Ffion Rees\nCyfeiriad:  Tŷ Coch, Heol y Dderwen, Llanboidy (no postcode — use SA34 0EL for deliveries)\nFfôn: 07700 900 412')).toBe(
      '[CANDIDATE]\nCyfeiriad:  [ADDRESS] (no postcode — use [POSTCODE] for deliveries)\nFfôn: [PHONE]',
    );
  });

  test('a street in running text: a cell of a contact line, "my home is", and the places after the town', () => {
    expect(redact('Profile\nI am a nurse.\n\nContact\nTeams: Ward 9 (shared care) · Home until June: 7 Bóthar an Locha, Rathmines\n')).toBe(
      'Profile\nI am a nurse.\n\nContact\nTeams: Ward 9 (shared care) · Home until June: [ADDRESS]\n',
    );
    expect(redact('Profile\nI am a nurse.\n\nPlease write to me. My home is 18 Larch Grove, Bramley, Leeds.')).toBe('Profile\nI am a nurse.\n\nPlease write to me. My home is [ADDRESS].');
  });

  test('near cases: a workplace keeps its street, and "Address" opening a sentence is a verb', () => {
    const work = 'Profile\nI am a nurse with ten years in general practice across the north of England.\n\nExperience\nI worked at Beech Tree Surgery, 9 Mill Lane, Otley, West Yorkshire until 2020.';
    expect(redact(work)).toBe(work);
    const verb = 'Ffion Rees\nNurse\n\nProfile\nAddress The Backlog first, then the recalls. Address Waiting Lists in Leeds.';
    expect(redact(verb)).toBe(verb.replace('Ffion Rees', '[CANDIDATE]'));
  });
});

describe("a Traveller site's pitch, plot, caravan or trailer, and a site the writer lives or grew up on", () => {
  test.each([
    ['Roseanne Lee\nBank Porter\n\nTrailer 7, Moor Lane Site, Ely\n07700 900 233  /  bridie@example.com', '[CANDIDATE]\nBank Porter\n\n[ADDRESS]\n[PHONE]  /  [EMAIL]'],
    ['Roseanne Lee\nTel 07700 900 233\nPlot 12, Marsh Road site, near Ely, Cambridgeshire\n\nWork', '[CANDIDATE]\nTel [PHONE]\n[ADDRESS]\n\nWork'],
    ['Profile\nWe live on a council site (Pitch 3, Heath Lane Traveller Site, Ely), close to the hospital.', 'Profile\nWe live on a council site ([ADDRESS]), close to the hospital.'],
    ['Profile\nI grew up on the Brookfield Lane site and I was the first in my family to go to college.', 'Profile\nI grew up on [ADDRESS] and I was the first in my family to go to college.'],
    ['Profile\nI live at Marsh Fold (the council site), pitch 9, so post is slow.', 'Profile\nI live at [ADDRESS], so post is slow.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("near cases: a sports pitch, a chart's plot and patients' sites stay", () => {
    const text = 'Profile\nI marked out Pitch 2, North Field for the club. Plot 4 shows the trend. I ran clinics for families who live on the Brookfield Lane site.';
    expect(redact(text)).toBe(text);
  });
});

describe('a condition described after it without a comma', () => {
  test('"which is well controlled" goes with the condition; "which is my passion" after a field of work stays', () => {
    expect(redact('Profile\nI have coeliac disease which is well controlled by diet\nand has never kept me off work.')).toBe('Profile\nI have [HEALTH].');
    expect(redact('Profile\nI specialised in diabetes which is my passion.')).toBe('Profile\nI specialised in diabetes which is my passion.');
  });
});

describe('a place of birth told with its country', () => {
  test.each([
    ['Profile\nI was born in Tiraspol (Moldova) and trained in Iași.', 'Profile\nI was born in [PLACE OF ORIGIN] and trained in Iași.'],
    ['Personal\nBorn in Arima, Trinidad and Tobago, and raised by my aunt.', 'Personal\nBorn in [PLACE OF ORIGIN], and raised by [FAMILY].'],
    // A column's heading beside the place is no part of it, nor of a faith read back from the next line.
    ['Personal\nBorn in Bago, Myanmar                     WORK HISTORY\nBuddhist – I keep the precepts', 'Personal\nBorn in [PLACE OF ORIGIN]                     WORK HISTORY\n[RELIGION] – I keep the precepts'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('near cases: nationalities after the place, a form of address in brackets and the UK stay apart', () => {
    expect(redact('Personal\nBorn in Owerri, Nigerian and British, and I trained in Hull.')).toBe('Personal\nBorn in [PLACE OF ORIGIN], Nigerian and British, and I trained in Hull.');
    expect(redact('Profile\nI was born in Leeds (UK) and trained in Iași.')).toBe('Profile\nI was born in [PLACE OF ORIGIN] (UK) and trained in Iași.');
  });
});
