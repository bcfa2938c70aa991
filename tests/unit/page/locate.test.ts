// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLocator } from '@/lib/page/locate';
import { buildTextMap } from '@/lib/page/text-map';

describe('createLocator', () => {
  it('finds spans of differently-extracted text on the page, repeated words in order', () => {
    document.body.innerHTML = '<nav>Home</nav><article><h1>Nurse</h1><p>A young   team.\n  We want a young nurse.</p></article>';
    const source = 'Nurse\n\nA young team. We want a young nurse.';
    const locate = createLocator(buildTextMap([document.body]), document);
    const first = source.indexOf('young');
    const second = source.lastIndexOf('young');
    const a = locate(source, first, first + 5)!;
    const b = locate(source, second, second + 5)!;
    expect([a.toString(), b.toString()]).toEqual(['young', 'young']);
    expect(a.compareBoundaryPoints(Range.START_TO_START, b)).toBe(-1);
  });

  it('gives null for text that is not on the page', () => {
    document.body.innerHTML = '<p>Hello</p>';
    const locate = createLocator(buildTextMap([document.body]), document);
    expect(locate('Goodbye', 0, 7)).toBeNull();
  });
});
