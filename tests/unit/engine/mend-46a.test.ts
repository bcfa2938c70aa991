import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';
import compiled from '@/lib/engine/compiled-rules.json';

// Round 46 review mends (engine-145's new readings, engine-144's grade codes): each reading now needs the hire,
// the application stage or a refusal, shown on fresh cases that flag and on the near misses that must stay quiet.
const findings = (text: string, context: TextKind) =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, TextKind, string[]][]) =>
  it.each(cases)('%j', (text, context, expected) => {
    expect(findings(text, context)).toEqual(expected);
  });

describe('illness worked through: not a service for people who arrive unwell, nor advice that it puts others at risk', () => {
  check([
    ['We need people who turn up even when they feel poorly.', 'email', ['illness-worked-through@19:turn up even when they feel poorly']],
    ['The minor injuries unit treats anyone who comes in when they are poorly.', 'email', []],
    ['Our GP clinic sees everyone who turns up when feeling ill before noon.', 'advert', []],
    ['Colleagues who turn up when they are sick put the whole rota at risk.', 'email', []],
  ]);
});

describe('phone-only application: a fair route in the same sentence', () => {
  check([
    ['Applications can only be made by phone to the rota coordinator.', 'advert', ['phone-only-application@0:Applications can only be made by phone']],
    ["If you can't apply online, applications will only be taken by phone on 01632 960555.", 'advert', []],
    ['We only take applications over the telephone – contact us if you would like to use another way.', 'advert', []],
    ['Applications can only be made by phone; please ask the office for help.', 'advert', []],
  ]);
});

describe('adjustments refused: not when the same sentence offers them', () => {
  check([
    ['No help is available during the assessment.', 'email', ['adjustments-refused@0:No help is available during the assessment']],
    ['No help will be given in the exam itself, though please ask about a quiet room.', 'email', []],
    ['No assistance is provided during the interview if you need any adjustments beforehand.', 'email', []],
  ]);
});

describe('UK ties demanded: only at the application stage', () => {
  check([
    ['Candidates must hold a British bank account.', 'advert', ['uk-ties-demanded@11:must hold a British bank account']],
    ['You will need to provide a UK postal address to apply.', 'advert', ['uk-ties-demanded@4:will need to provide a UK postal address to apply']],
    ['Overseas midwives will need to have a UK address before they fly over.', 'advert', []],
    ['Locums must have a UK bank account for fortnightly payments.', 'advert', []],
  ]);
});

describe('handwriting as the only way to apply: application documents, not the job’s own paperwork', () => {
  check([
    ['Personal statements must be written by hand.', 'advert', ['handwritten-only-application@0:Personal statements must be written by hand']],
    ['Application forms should be completed by hand.', 'advert', ['handwritten-only-application@0:Application forms should be completed by hand']],
    ['Witness statements must be written by hand and dated.', 'advert', []],
    ['Controlled stationery forms should be completed by hand by the nurse in charge.', 'advert', []],
  ]);
});

describe('one-click rewrites: a whole statement to write instead is advice, since it cannot replace the matched words', () => {
  it('no rule offers "Say instead" as a replacement', () => {
    const rules = (compiled as { rules: { id: string; suggestions: { kind: string; text: string }[] }[] }).rules;
    const bad = rules.filter((r) => r.suggestions.some((s) => s.kind === 'replace' && /^say instead/i.test(s.text))).map((r) => r.id);
    expect(bad).toEqual([]);
  });
  it('a blanket criminal-record ban gets advice only', () => {
    const text = 'We will never hire people with police records of any sort.';
    const f = analyse(text, { context: 'advert' }).findings.filter((x) => x.ruleId === 'criminal-record-blanket-ban');
    expect(f.map((x) => [x.text, x.suggestions.map((s) => s.kind)])).toEqual([['never hire people with police records', ['advice']]]);
  });
});

describe('a foundation doctor’s year is no local pay grade', () => {
  check([
    ['Each Grade F2 trainee joins the surgical take.', 'advert', ['unexpanded-acronym@11:F2']],
    ['The post is paid on Grade C3 of the practice scale.', 'advert', []],
  ]);
});

describe('grooming rule: a professional hair style is everyday uniform wording; conventional or conservative styles still flag', () => {
  check([
    ['Hair should be worn in a conservative style.', 'advert', ['grooming-rule@0:Hair should be worn in a conservative style']],
    ['Hair should be worn in a professional style on every shift.', 'advert', []],
  ]);
});

describe('attendance cap: "fewer than" only as a demand of the hire, not a staff reward', () => {
  check([
    ['Applicants with fewer than 2 periods of sickness will be preferred.', 'advert', ['attendance-record@16:fewer than 2 periods of sickness']],
    ['Candidates should have had less than five sick days last year.', 'advert', ['attendance-record@27:less than five sick days']],
    ['Team members with fewer than 2 periods of sickness earn an extra day of leave.', 'advert', []],
  ]);
});
