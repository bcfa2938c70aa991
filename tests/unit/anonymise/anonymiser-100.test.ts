import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 47 (helper anonymiser-100): what round 47's unseen CVs (Welsh, Icelandic, Mongolian, Kazakh and Filipino
// candidates; a LinkedIn export, tab tables, bilingual forms) let through, each mended by a general reading. Fresh lines
// in our own words, each with a near case that must stay.

describe('a phone extension in another language', { timeout: 30_000 }, () => {
  test('Welsh "estyniad" and French "poste" after a number go with it', () => {
    expect(redact('Referee: Dr Carys Morgan, Ward Manager - 01632 960 731 estyniad 2290')).toBe('Referee: Dr [NAME 1], Ward Manager - [PHONE]');
    expect(redact('Référence : Mme Awa Ndiaye, infirmière-chef - 01632 960 514 poste 312')).toBe('Référence : [NAME 1], infirmière-chef - [PHONE]');
  });

  test('"Est." opening the next sentence is a founding year, and stays', () => {
    expect(redact('Call the surgery on 01632 960 514. Est. 2002, the practice has 9,000 patients.')).toBe('Call the surgery on [PHONE]. Est. 2002, the practice has 9,000 patients.');
  });
});

describe('a registration number a layout pads or wraps', () => {
  test('a licence number padded out to its column after the colon goes', () => {
    expect(redact('Nursing License No.:       0623418 (Manila, 2015)')).toBe('Nursing License No.:       [REGISTRATION NUMBER] (Manila, 2015)');
  });

  test('a driving licence padded the same way, with no number, stays', () => {
    expect(redact('Driving Licence:          full, clean (held 12 years)')).toBe('Driving Licence:          full, clean (held 12 years)');
  });

  test('an NMC PIN the line wraps after its register goes whole', () => {
    expect(redact('NMC PIN: 11B4\n902C (renewal due 2027)')).toBe('NMC PIN: [REGISTRATION NUMBER] (renewal due 2027)');
  });

  test('a ward and a bay on two lines, with no register near, stay', () => {
    expect(redact('Ward 12\nA 3456 B bay was closed for cleaning.')).toBe('Ward 12\nA 3456 B bay was closed for cleaning.');
  });
});

describe('names a layout or a script hid', () => {
  test('a LinkedIn slug spells a name with Icelandic letters plain', () => {
    const profile = 'Contact\nwww.linkedin.com/in/sigridur-jonsdottir (LinkedIn)\n\nTop Skills\nTriage\n\nSigríður Jónsdóttir\nStaff Nurse at Torbay and South Devon NHS Foundation Trust\n';
    expect(redact(profile)).toBe('Contact\n[URL]\n\nTop Skills\nTriage\n\n[CANDIDATE]\nStaff Nurse at Torbay and South Devon NHS Foundation Trust\n');
  });

  test('a slug of someone else leaves a name it does not spell', () => {
    expect(redact('Contact\nwww.linkedin.com/in/sam-jones-rn (LinkedIn)\n\nÞórhildur Magnúsdóttir\nCommunity Midwife\n')).toBe(
      'Contact\n[URL]\n\nÞórhildur Magnúsdóttir\nCommunity Midwife\n',
    );
  });

  test('a tab table’s name row with empty cells after it names the candidate', () => {
    expect(redact('APPLICATION\t\t\nName\tDORJIIN Enkhjargal (Enkhjargal Dorj)\t\t\nPost applied for\tHealthcare Assistant\t\t\n')).toBe(
      'APPLICATION\t\t\nName\t[CANDIDATE]\t\t\nPost applied for\tHealthcare Assistant\t\t\n',
    );
  });

  test('a table’s header row of "Name" and other columns names no one', () => {
    expect(redact('Mina Rahman\nStaff Nurse\n\nREFERENCES\t\t\t\nName\tPost\tPhone\t\t\n')).toBe('[CANDIDATE]\nStaff Nurse\n\nREFERENCES\t\t\t\nName\tPost\tPhone\t\t\n');
  });

  test('a bilingual form’s label and a name in two scripts: both spellings are the candidate’s', () => {
    expect(redact('Аты-жөні / Full name:    Жумабекова Динара Ерлановна / ZHUMABEKOVA Dinara Erlanovna\nТуған күні / DOB:    02.03.1988\n')).toBe(
      'Аты-жөні / Full name:    [CANDIDATE] / [CANDIDATE]\nТуған күні / DOB:    [DATE OF BIRTH]\n',
    );
  });

  test('a patronymic ending its line takes no label from the next as a surname', () => {
    expect(redact('Full name:   Dmitriy Sergeyevich\nДата рождения / DOB:  02.03.1988\n')).toBe('Full name:   [CANDIDATE]\nДата рождения / DOB:  [DATE OF BIRTH]\n');
  });

  test('a referee named in another script, then after a slash in Latin letters: both spellings go', () => {
    expect(redact('Kate Lowther\nREFERENCES\nАлмас Жумабаев / Almas Zhumabayev, Chief Nurse, Almaty City Hospital\n')).toBe(
      '[CANDIDATE]\nREFERENCES\n[NAME 1] / [NAME 2], Chief Nurse, Almaty City Hospital\n',
    );
  });

  test('a referee in another script, then after a slash their post, keeps the post', () => {
    expect(redact('Kate Lowther\nREFERENCES\nДарига Омарова / Ward Manager, Almaty City Hospital\n')).toBe('[CANDIDATE]\nREFERENCES\n[NAME 1] / Ward Manager, Almaty City Hospital\n');
  });

  test('a word-like name set off by commas after a pharmacy or dental role is a person', () => {
    expect(redact('I coached our trainee dispenser, Joy, through her NVQ.')).toBe('I coached our trainee dispenser, [NAME 1], through their NVQ.');
  });

  test('the role in the plural, with the word after it in a sentence, stays', () => {
    expect(redact('I coached our dispensers through the NVQ; it was a joy.')).toBe('I coached our dispensers through the NVQ; it was a joy.');
  });
});
