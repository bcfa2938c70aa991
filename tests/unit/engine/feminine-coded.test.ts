import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';
import { scanResult } from '@/lib/cli/scan-report';
import { settingsSchema } from '@/lib/settings/schema';

// Gaucher et al. (2011): masculine-coded wording lowers women's interest; feminine-coded wording did
// not put men off in the same way. So feminine-coded words are counted, not underlined, unless the
// user (or their organisation's policy) turns on `underlineFeminineCoded`.
const TEXT = 'We want a compassionate, supportive and ambitious nurse who is kind to patients.';

describe('feminine-coded words', () => {
  it('are off by default in the settings', () => {
    expect(settingsSchema.parse({}).underlineFeminineCoded).toBe(false);
  });

  it('are counted in the balance but not underlined by default; masculine-coded words are underlined', () => {
    const report = analyse(TEXT, { context: 'advert' });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['masculine-ambitious']);
    expect(report.genderCoding).toEqual({ masculine: ['ambitious'], feminine: ['compassionate', 'supportive', 'kind'], verdict: 'feminine' });
  });

  it('are underlined when the setting is on, and the balance is the same', () => {
    const report = analyse(TEXT, { context: 'advert', settings: { underlineFeminineCoded: true } });
    expect(report.findings.map((f) => `${f.ruleId}:${f.text}`)).toEqual([
      'feminine-compassionate:compassionate',
      'feminine-supportive:supportive',
      'masculine-ambitious:ambitious',
      'feminine-kind:kind',
    ]);
    expect(report.genderCoding.feminine).toEqual(['compassionate', 'supportive', 'kind']);
  });

  it('stay in the JSON the debias command writes, in genderCoding, whichever way the setting is', () => {
    for (const underlineFeminineCoded of [false, true]) {
      const json = JSON.parse(JSON.stringify(scanResult('advert.txt', TEXT, analyse(TEXT, { context: 'advert', settings: { underlineFeminineCoded } }))));
      expect(json.genderCoding).toEqual({ masculine: ['ambitious'], feminine: ['compassionate', 'supportive', 'kind'], verdict: 'feminine' });
      expect(json.findings.some((f: { ruleId: string }) => f.ruleId.startsWith('feminine-'))).toBe(underlineFeminineCoded);
    }
  });
});
