import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// engine-114 (issue 11: the study slice's weakest categories, disability and exclusionary
// requirements): fresh wordings of each family mended, with their offsets, and near sentences that
// must stay quiet. None of these sentences is in the corpus.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('a condition noted, then a fact of the job and a verdict after "so"', () => {
  it.each<[string, TextKind, string[]]>([
    [
      '- Ravi: mentions he is partially sighted. The stockroom is badly lit, so I\'m not keen.',
      'email',
      ["condition-doubted@23:partially sighted. The stockroom is badly lit, so I'm not keen"],
    ],
    // An adjustment after "so", the candidate's own showing before it, the condition patients'.
    ['- Ravi: mentions he is partially sighted. The stockroom is badly lit, so we\'ll fit brighter lamps.', 'email', []],
    ['- Ravi: mentions he is partially sighted. He scored well on stock control, so I\'m not worried.', 'email', []],
    ['Many of our patients are partially sighted. The waiting room is dim, so I\'m not keen.', 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('hours flexed or cover given on the service\'s demand, with no limit', () => {
  it.each<[string, TextKind, string[]]>([
    ['- Willingness to flex your hours to suit the needs of the ward', 'advert', ['unbounded-availability@17:flex your hours to suit the needs of the ward']],
    ['Applicants will need to cover evening surgeries as and when required.', 'advert', ['unbounded-availability@48:as and when required']],
    ['- Willingness to cover evening surgeries as and when the practice needs them', 'advert', ['unbounded-availability@41:as and when the practice needs them']],
    // Overtime offered, notice agreed, the words about patients, the hours flexed for the applicant.
    ['Overtime is available as and when required.', 'advert', []],
    ['- Willingness to flex your hours to suit the needs of the ward, agreed four weeks in advance', 'advert', []],
    ['Patients can book as and when required.', 'advert', []],
    ['We offer the chance to flex your hours to suit the needs of your family.', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a condition set against praise of the candidate with "but"', () => {
  it.each<[string, TextKind, string[]]>([
    ['- Mr Osei: excellent on triage, but mentions he has type 1 diabetes.', 'email', ["condition-doubted@32:but mentions he has type 1 diabetes"]],
    ['Applicant 3 was lovely but told us she uses a hearing aid.', 'email', ['condition-doubted@23:but told us she uses a hearing aid']],
    // Support agreed, the condition patients', the praise after the condition, an advert.
    ['- Mr Osei: excellent on triage, but mentions type 1 diabetes, which we will support.', 'email', []],
    ['- Mr Osei: excellent on triage, but mentions his patients with type 1 diabetes.', 'email', []],
    ['- Mr Osei: has type 1 diabetes, but was excellent on triage.', 'email', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});

describe('a driving licence demanded where a courier only collects the samples', () => {
  it.each<[string, TextKind, string[]]>([
    ['Essential\n- Full driving licence\n- Hand the specimens to the lab courier by noon.', 'advert', ['driving-licence@12:Full driving licence']],
    // The post is the courier's own.
    ['Courier and Stores Assistant\nEssential\n- Full driving licence', 'advert', []],
  ])('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });
});
