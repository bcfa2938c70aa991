import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// A generous time limit catches work that grows with the square of the text (issue 13); the exact
// timings are in `npm run bench` (adversarial inputs).
describe('hostile text', () => {
  it('reads 400 KB with no clause breaks and 20,000 matches, each judged by its clause, without reading back to the start', { timeout: 10_000 }, () => {
    const unit = 'you\u200bng ener\u00adgetic gra\u200cce@exa\u2060mple.com ';
    const text = unit.repeat(Math.ceil(400_000 / unit.length));
    const { findings } = analyse(text, { context: 'advert' });
    const young = findings.filter((f) => f.ruleId === 'age-young');
    expect(young).toHaveLength(text.length / unit.length);
    expect(young.at(-1)!.text).toBe('you\u200bng');
  });

  it('reads 600 KB of pay-band shorthand ("B5") beside another band written out, looking the bands up once', { timeout: 10_000 }, () => {
    const unit = 'B5 in Band 6. ';
    const text = unit.repeat(Math.ceil(600_000 / unit.length));
    const { findings } = analyse(text, { context: 'advert' });
    expect(findings.filter((f) => f.ruleId === 'unexpanded-acronym').map((f) => f.text)).toEqual(['B5']);
  });
});
