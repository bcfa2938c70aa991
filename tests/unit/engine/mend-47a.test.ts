import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { flags, leaves, read } from './read-findings';

// Review 47a's findings on round 47's new readings, each with the reviewer's cases and a fresh one.

describe('combative-stance: only of the hire, not composure, training or the people served', () => {
  leaves([
    ['Patients who can handle themselves independently can be discharged home.', 'advert'],
    ['Residents who can handle themselves at mealtimes need less support.', 'advert'],
    ['Clients who can handle themselves on the bus may travel to the day centre alone.', 'advert'],
    ['We need staff who can handle themselves under pressure in a busy clinic.', 'advert'],
    ['Must be able to handle yourself with difficult callers on the phone.', 'advert'],
    ['Ward clerks who can handle themselves calmly when the department is full.', 'advert'],
    ['You will be able to handle yourself in a crisis after our de-escalation course.', 'advert'],
    ['New starters will be able to handle themselves on the ward once trained in breakaway techniques.', 'advert'],
  ]);
  flags([
    ['Ideally porters who can handle themselves if things turn nasty.', 'advert', [['combative-stance', 'who can handle themselves', 16]]],
    ['Security officers able to handle themselves at closing time, of course.', 'advert', [['combative-stance', 'able to handle themselves', 18]]],
  ]);
});

describe('patients-belittled: wording the writer tells staff not to use', () => {
  leaves([
    ["Don't call patients old dears or bed blockers.", 'advert'],
    ['We never refer to people waiting for a care package as bed-blockers.', 'advert'],
  ]);
  flags([['Half the beds are full of bed blockers waiting for care packages.', 'advert', [['patients-belittled', 'bed blockers', 26]]]]);
});

describe('full-time-only: a stereotype about part-time staff that the writer denies', () => {
  leaves([
    ['It is a myth that part-time staff lack the same commitment.', 'advert'],
    ["We don't believe part-time staff lack the same commitment.", 'advert'],
    ['It is simply not true that part-timers lack the same commitment, and our rota shows it.', 'advert'],
  ]);
  flags([['Part-time nurses lack the same commitment, so we want full-timers.', 'advert', [['full-time-only', 'Part-time nurses lack the same commitment', 0]]]]);
});

describe('a gloss in brackets is a noun phrase headed by its kind, not the kind word anywhere', () => {
  it.each([
    ['We follow HTM 01-05 (the guidance lead is Jane).', [['unexpanded-acronym', 'HTM', 10]]],
    ['We follow HTM 01-05 (the guidance was updated in 2013).', [['unexpanded-acronym', 'HTM', 10]]],
    ['Rooms are cleaned to HBN 00-09 (the standard changed last year).', [['unexpanded-acronym', 'HBN', 21]]],
  ])('flags %j', (text, found) => {
    expect(read(text)).toEqual(found);
  });
  it.each([
    'We follow HTM 01-05 (national guidance on decontamination in dental practices).',
    'Surgeries are cleaned to HBN 00-09 (infection control guidance for healthcare buildings).',
    'We follow HTM 01-01 (the national guidance on decontaminating instruments).',
    'We use EMIS Web (the clinical system our practices use).',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('one code and a list of codes are read alike after the words before their brackets', () => {
  it.each([
    ['Independent prescribing (V300).', [['unexpanded-acronym', 'V300', 25]]],
    ['Independent prescribing (V300 or V150).', [['unexpanded-acronym', 'V300', 25], ['unexpanded-acronym', 'V150', 33]]],
  ])('flags %j', (text, found) => {
    expect(read(text)).toEqual(found);
  });
  it.each(['Independent prescriber (V300).', 'Independent prescriber (V300 or V150).', 'Non-medical prescribing (V100) qualification held.', 'Community nurse prescribing course (V150).'])(
    'leaves %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe('codes in brackets after the name they are codes of are no stack of abbreviations', () => {
  const stacks = (text: string) => analyse(text, { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY }).findings.filter((f) => f.ruleId === 'stacked-acronyms').map((f) => f.text);
  it('leaves a slash pair of codes after the certificate', () => {
    expect(stacks('Certificate of Competence in Safe Use of Pesticides (PA1 / PA6).')).toEqual([]);
    expect(stacks('You will hold the Level 2 Award in Safe Handling of Medicines (SHM1 / SHM2).')).toEqual([]);
  });
  it('still reads abbreviations side by side elsewhere', () => {
    expect(stacks('Our primary care network (PCN) funds posts through the Additional Roles Reimbursement Scheme (ARRS). Report to the PCN ARRS lead each week.')).toEqual(['PCN ARRS']);
  });
});
