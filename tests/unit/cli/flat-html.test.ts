import { describe, expect, it } from 'vitest';
import { flatText, nestingDepth } from '@/lib/cli/flat-html';

describe('nestingDepth', () => {
  it.each<[string, string, number]>([
    ['nested elements', '<html><body><div><p>a</p></div></body></html>', 4],
    ['void elements and comments', '<div><br><img src="x"><!-- <div><div> --><hr></div>', 1],
    ['an element the parser closes by itself', '<ul><li>a<li>b<li>c</ul>', 2],
    ['a block element closing an open <p>', '<p>a<div>b</div><p>c<div>d</div>', 1],
    ['a closing tag for nothing open', `<div>${'</span>'.repeat(50)}<div><div></div></div></div>`, 3],
    ['<div/>, which opens a div in HTML', '<div/><div/><div/>', 3],
    ['<path/> inside SVG, which closes itself', `<svg>${'<path d="M0"/>'.repeat(50)}</svg>`, 1],
    ['raw text that looks like tags', `<script>${'<div>'.repeat(50)}</script><p>a</p>`, 1],
  ])('counts %s', (_, html, depth) => {
    expect(nestingDepth(html, 1000)).toBe(depth);
  });

  it('stops counting past the limit', () => {
    expect(nestingDepth('<div>'.repeat(100_000), 400)).toBe(401);
  });

  it.each([
    ['"<1" without ">"', `${'<1'.repeat(200_000)}>`],
    ['"<a" without ">"', '<a'.repeat(200_000)],
    ['unclosed comments', '<!--'.repeat(200_000)],
    ['unclosed scripts', '<script>'.repeat(200_000)],
  ])('runs in linear time on %s', (_, html) => {
    const started = performance.now();
    nestingDepth(html, 400);
    flatText(html);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('flatText', () => {
  it('keeps the text, one line per block, without scripts, styles or comments', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Careers</title><style>p { color: red }</style></head><body><h1>Receptionist</h1><p>We want a <b>young</b> team.</p><!-- note --><script>var young = 1;</script><ul><li>One<li>Two</ul></body></html>';
    expect(flatText(html)).toBe('Receptionist\nWe want a young team.\nOne\nTwo');
  });

  it('decodes character references', () => {
    expect(flatText('<p>Fish &amp; chips &pound;5 &#8211; &#x2014; &rsquo;&unknown; &#0;</p>')).toBe('Fish & chips £5 – — ’&unknown; &#0;');
  });
});
