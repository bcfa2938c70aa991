// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Highlighter } from '@/lib/page/highlights';

// happy-dom has no CSS Custom Highlight API: a registry of sets stands in for it.
class FakeHighlight extends Set<AbstractRange> {}
const registry = new Map<string, FakeHighlight>();

/** A highlighter on a page that refuses adopted style sheets, so its rules go in a <style> in our host. */
function highlighterRefusedAdoptedSheets() {
  Object.defineProperty(document, 'adoptedStyleSheets', {
    configurable: true,
    get: () => [],
    set: () => {
      throw new TypeError('Adopted style sheet from another document');
    },
  });
  const host = document.querySelector('de-bias-ui')!;
  return { host, h: new Highlighter(document, () => host) };
}

describe('Highlighter', () => {
  beforeEach(() => {
    registry.clear();
    Object.assign(window, { Highlight: FakeHighlight });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    document.body.innerHTML = '<p>A young team</p><de-bias-ui></de-bias-ui>';
  });
  afterEach(() => {
    Reflect.deleteProperty(document, 'adoptedStyleSheets');
  });

  const rangeOver = (start: number, end: number) => {
    const r = document.createRange();
    const text = document.querySelector('p')!.firstChild!;
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };

  it('shares named highlights between checkers and removes only its own ranges', () => {
    const a = new Highlighter(document);
    const b = new Highlighter(document);
    const young = rangeOver(2, 7);
    const team = rangeOver(8, 12);
    a.paint([{ range: young, severity: 'warning' }], 'page');
    b.paint([{ range: team, severity: 'warning' }], 'editor');
    expect([...registry.get('de-bias-warning')!].map((r) => r.toString())).toEqual(['young', 'team']);
    a.paint([], 'page');
    expect([...registry.get('de-bias-warning')!].map((r) => r.toString())).toEqual(['team']);
    b.dispose();
    expect(registry.get('de-bias-warning')!.size).toBe(0);
  });

  it('puts its rules in a style inside our own host when the page refuses an adopted sheet', () => {
    const { host, h } = highlighterRefusedAdoptedSheets();
    h.paint([{ range: rangeOver(2, 7), severity: 'error' }], 'page');
    expect(host.querySelector('style')?.textContent).toContain('::highlight(de-bias-error)');
    expect(document.head.querySelector('style')).toBeNull();
    h.dispose();
    expect(host.querySelector('style')).toBeNull();
  });

  it('draws each severity with its own line shape, so colour is never the only difference', () => {
    const { host, h } = highlighterRefusedAdoptedSheets();
    h.paint([{ range: rangeOver(2, 7), severity: 'error' }], 'page');
    const css = host.querySelector('style')!.textContent!;
    const shape = (name: string) => new RegExp(`::highlight\\(de-bias-${name}\\) \\{ text-decoration: underline (\\w+)`).exec(css)?.[1];
    expect([shape('error'), shape('warning'), shape('info')]).toEqual(['wavy', 'dashed', 'dotted']);
    h.dispose();
  });
});
