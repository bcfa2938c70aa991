import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from '@/lib/engine';
import { analyse, type TextKind } from '@/lib/engine';
import { lineColumnMap } from '@/lib/engine/position';
import type { SettingsInput } from '@/lib/settings/schema';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** Findings as "line:column ruleId text", the way a reviewer reads them. */
function pins(text: string, context: TextKind, settings: SettingsInput = {}) {
  const report = analyse(text, { context, settings });
  const at = lineColumnMap(text);
  return {
    findings: report.findings.map((f) => {
      const { line, column } = at(f.start);
      return `${line}:${column} ${f.ruleId} ${f.text}`;
    }),
    document: report.document.map((d) => d.ruleId),
  };
}

const ids = (text: string, context: TextKind = 'advert', settings: SettingsInput = {}) =>
  analyse(text, { context, settings, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}:${f.text}`);

describe('whole adverts and emails', () => {
  it.each<[string, TextKind, string[], string[]]>([
    ['adverts/practice-nurse.txt', 'advert', [
      '5:103 age-young young',
      '5:113 age-energetic energetic',
      '5:296 unexpanded-acronym QOF',
      '7:53 unexpanded-acronym ANP',
      '7:61 unexpanded-acronym HCA',
      '7:71 generic-pronoun He',
      '10:37 unexpanded-acronym COPD',
      '11:52 unexpanded-acronym PGDs',
      '14:31 unexpanded-acronym PCN',
      '18:161 unexpanded-acronym EMIS',
      '18:207 culture-fit fit in',
      '18:251 hit-the-ground-running hit the ground running',
      '23:41 unexpanded-acronym NMC',
      "24:3 age-years-experience At least 2 years' experience",
      '28:3 driving-licence Full UK driving licence',
      '28:31 own-car own car',
    ], ['too-many-essential-criteria', 'essential-reads-as-preference']],
    ['adverts/dental-nurse.txt', 'advert', [
      '5:188 age-graduate recent graduate',
      '5:207 age-school-leaver school leaver',
      '8:68 unexpanded-acronym SOPs',
      '14:26 native-english-speaker native English speaker',
      '14:56 age-mature mature',
      '14:85 physically-fit physically fit',
      '14:157 age-young young',
      '14:164 age-vibrant vibrant',
      '14:184 work-hard-play-hard work hard, play hard',
      '18:3 unexpanded-acronym GDC',
      '19:3 unexpanded-acronym NEBDN',
      '30:3 unexpanded-acronym CPD',
      '32:28 photo-request recent photograph',
      '32:55 date-of-birth date of birth',
      '32:115 employment-gaps no gaps in employment',
    ], ['no-reasonable-adjustments-statement', 'no-flexible-working-statement', 'no-equality-statement']],
    ['adverts/clinical-pharmacist.txt', 'advert', [
      '5:222 unexpanded-acronym MDT',
      '7:145 unexpanded-acronym CQC',
      '7:153 unexpanded-acronym IIF',
      '7:228 unexpanded-acronym ICB',
      '9:11 age-dynamic dynamic',
      '9:20 masculine-ambitious ambitious',
      '9:34 masculine-competitive competitive',
      '9:67 rockstar rockstar',
      '9:104 masculine-drive-change drive change',
      '9:144 masculine-decisive decisive',
      '9:157 masculine-analytical analytical',
      '9:173 he-or-she he or she',
      '14:14 unexpanded-acronym QOF',
      '21:23 unexpanded-acronym GPhC',
      "24:3 age-years-experience Minimum of 5 years'",
      '25:3 uk-only-qualification UK trained',
      '32:21 unexpanded-acronym CPPE',
      '33:30 unexpanded-acronym EMIS',
    ], ['too-many-essential-criteria']],
    ['emails/to-the-partners.txt', 'email', [
      '3:100 age-young young',
      '3:110 age-energetic energetic',
      '3:129 culture-fit fit in',
      '3:145 reception-girls girls on reception',
      '3:175 native-english-speaker native English speaker',
      '5:55 he-or-she he or she',
      '7:11 unexpanded-acronym PCN',
      '7:37 unexpanded-acronym ARRS',
    ], []],
    ['emails/invite-to-interview.txt', 'email', ['1:1 dear-sir-or-madam Dear Sir/Madam', '5:139 unexpanded-acronym EMIS'], []],
  ])('%s (%s)', (file, context, findings, document) => {
    const text = readFileSync(path.join(FIXTURES, file), 'utf8');
    expect(pins(text, context)).toEqual({ findings, document });
  });
});

describe('context', () => {
  const withFeminine = { underlineFeminineCoded: true };
  it.each<[string, string, string[]]>([
    ['quoted speech', 'Our staff say "we are a young team" and we want you to join.', []],
    ['curly quotes', 'A patient wrote: “the nurses are so energetic”.', []],
    ['negation', 'You do not need a driving licence: the practice is on a bus route.', []],
    ['the same words not negated', 'You need a full driving licence.', ['driving-licence:full driving licence']],
    ['patient groups', "You will work with children and young people's services and young people aged 16 to 24.", []],
    ['a demanded trait, not a task', 'You will lead the ward round. We want a natural leader.', ['masculine-lead:natural leader']],
    ['who the words describe', 'We are a vibrant city with competitive house prices; you will be energetic.', ['age-energetic:energetic']],
    ['a clause, not the whole sentence', 'The role involves helping patients, so you must be physically fit.', ['physically-fit:physically fit']],
    ['organisation and place names', "We train doctors with Guy's and St Thomas' and apply the Mental Health Act.", []],
    ['the Trust is an organisation, not a coded word', 'The Trust values kindness.', ['feminine-kind:kindness']],
    ['a named colleague is not the post-holder', 'Dr Patel is our lead GP and she will supervise you.', []],
  ])('%s', (_name, text, expected) => {
    expect(ids(text, 'advert', withFeminine)).toEqual(expected);
  });

  it('gives emails no advert-structure findings', () => {
    const text = readFileSync(path.join(FIXTURES, 'emails/to-the-partners.txt'), 'utf8');
    expect(analyse(text, { context: 'email', minWordsForStatements: 0 }).document).toEqual([]);
  });
});

// Words count in their coded sense (issue 11): "competition" (a contest) and "leadership" on its own
// (a duty or a course) are not traits, so they are left out of the balance.
describe('gender coding (the published gender-decoder test sentences whose words both lists share)', () => {
  it.each<[string, string[], string[], string]>([
    ['Ambition:competition–decisiveness, empathy&kindness', ['ambition', 'decisiveness'], ['empathy', 'kindness'], 'neutral'],
    ['empathy irrelevant words kindness', [], ['empathy', 'kindness'], 'feminine'],
    ['irrelevant words', [], [], 'empty'],
    ['Ambition:competition–decisiveness&strong leadership, other words', ['ambition', 'decisiveness'], [], 'masculine'],
    ['empathy&kindness, co-operation and some other words', [], ['empathy', 'kindness', 'co-operation'], 'feminine'],
    ['empathy&kindness, co-operation, trust and other words', [], ['empathy', 'kindness', 'co-operation', 'trust'], 'strongly-feminine'],
  ])('%j', (text, masculine, feminine, verdict) => {
    expect(analyse(text, { context: 'advert' }).genderCoding).toEqual({ masculine, feminine, verdict });
  });

  it('does not count NHS usage', () => {
    const text = 'The NHS Trust is a Disability Confident employer and supports the armed forces. Contact the Clinical Lead.';
    expect(analyse(text, { context: 'advert' }).genderCoding).toEqual({ masculine: [], feminine: [], verdict: 'empty' });
  });
});

describe('settings', () => {
  const text = 'We want a young, ambitious rockstar. He or she will join our team.';

  it('runs every shipped rule at standard strictness', () => {
    expect(ids(text)).toEqual(['age-young:young', 'masculine-ambitious:ambitious', 'rockstar:rockstar', 'he-or-she:He or she']);
  });
  it('switches categories off', () => {
    expect(ids(text, 'advert', { categories: { age: false, 'gender-coded': false } })).toEqual(['rockstar:rockstar', 'he-or-she:He or she']);
  });
  it('allows "he or she" when asked', () => {
    expect(ids(text, 'advert', { allowHeOrShe: true })).not.toContain('he-or-she:He or she');
  });
  it('switches single rules off', () => {
    expect(ids(text, 'advert', { disabledRules: ['rockstar'] })).not.toContain('rockstar:rockstar');
  });
  it("adds the user's own words and allowlist", () => {
    const settings = {
      customWords: [{ phrase: 'join our team', category: 'tone' as const, reason: 'Say which team.', suggestion: 'join the reception team' }],
      allowlist: ['rockstar'],
    };
    const report = analyse(text, { context: 'advert', settings });
    expect(report.findings.map((f) => f.text)).toEqual(['young', 'ambitious', 'He or she', 'join our team']);
    expect(report.findings[3]).toEqual({
      ruleId: 'custom-1-join-our-team',
      category: 'tone',
      severity: 'warning',
      start: 52,
      end: 65,
      text: 'join our team',
      message: 'Say which team.',
      suggestions: [{ kind: 'replace', text: 'join the reception team' }],
      source: { name: "Your organisation's own word list", url: '' },
    });
  });
  it('reads settings by their value on every call, though each value is parsed once', () => {
    const settings: SettingsInput = { disabledRules: [] };
    expect(ids(text, 'advert', settings)).toContain('rockstar:rockstar');
    // The same object changed between calls, then a new object with the first value.
    settings.disabledRules!.push('rockstar');
    expect(ids(text, 'advert', settings)).toEqual(['age-young:young', 'masculine-ambitious:ambitious', 'he-or-she:He or she']);
    expect(ids(text, 'advert', { disabledRules: [] })).toContain('rockstar:rockstar');
    expect(ids(text, 'advert', settings)).not.toContain('rockstar:rockstar');
  });
  it('fires milder rules only when strict', () => {
    expect(ids('A dynamic self-starter.', 'advert', { strictness: 'relaxed' })).toEqual([]);
    expect(ids('A dynamic self-starter.', 'advert', { strictness: 'standard' })).toEqual(['age-dynamic:dynamic']);
    expect(ids('A dynamic self-starter.', 'advert', { strictness: 'strict' })).toEqual(['age-dynamic:dynamic', 'self-starter:self-starter']);
  });
});

describe('a whole finding', () => {
  it('carries rule, category, severity, span, text, message, suggestions and source', () => {
    expect(analyse('Chairman of the partners', { context: 'email' }).findings).toEqual([
      expect.objectContaining({ ruleId: expect.any(String), category: 'gendered-language', start: 0, end: 8, text: 'Chairman' }),
    ]);
    const [finding] = analyse('We need a native English speaker.', { context: 'advert', minWordsForStatements: Number.POSITIVE_INFINITY }).findings;
    expect(finding).toMatchObject({
      ruleId: 'native-english-speaker',
      category: 'race-nationality',
      severity: 'error',
      start: 10,
      end: 32,
      text: 'native English speaker',
    });
    expect(finding!.suggestions.length).toBeGreaterThan(0);
    expect(finding!.source.url).toMatch(/^https:\/\//);
  });
});

describe('public exports', () => {
  it('are the engine entry, its ruleset and the finding schemas', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'CATEGORIES', 'RULESET', 'analyse', 'categorySchema', 'documentFindingSchema', 'findingSchema',
      'genderCodingSchema', 'genderVerdictSchema', 'readabilitySchema', 'readabilitySectionSchema', 'reportSchema',
      'severitySchema', 'sourceSchema', 'suggestionSchema',
    ]);
  });
});

describe('one underline per word', () => {
  it('drops a note on words that already carry a warning, and keeps notes elsewhere', () => {
    const text = 'Essential: 5 GCSEs including English and Maths. Experience of EMIS Web.';
    const found = analyse(text, { context: 'advert' }).findings.map((f) => [f.ruleId, f.severity, f.start, f.text]);
    expect(found).toEqual([
      ['uk-school-qualification', 'warning', 13, 'GCSEs'],
      ['unexpanded-acronym', 'info', 62, 'EMIS'],
    ]);
  });

  it('notes unexplained abbreviations one by one, and a stack of them only once each is explained', () => {
    const stack = 'You will use EMIS and help the PCN with QOF every week.';
    const found = (text: string) => analyse(text, { context: 'email' }).findings.map((f) => [f.ruleId, f.start, f.text]);
    expect(found(stack)).toEqual([
      ['unexpanded-acronym', 13, 'EMIS'],
      ['unexpanded-acronym', 31, 'PCN'],
      ['unexpanded-acronym', 40, 'QOF'],
    ]);
    const explained = 'Our Primary Care Network (PCN) uses the Quality and Outcomes Framework (QOF) and Egton Medical Information Systems (EMIS). ';
    expect(found(explained + stack)).toEqual([['stacked-acronyms', explained.length + 13, 'EMIS and help the PCN with QOF']]);
  });
});
