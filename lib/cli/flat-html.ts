/**
 * A quick, linear pass over HTML tags, without building a DOM: how deeply the elements nest (so a
 * page nested thousands deep never reaches the recursive DOM code), and the text of such a page.
 */

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Where the tag starts, and where the text after it starts (after the content of a raw-text element). */
  start: number;
  end: number;
}

/** Elements without content; '!' stands for comments, `<!doctype …>` and `<?xml …?>`. */
const VOID = new Set(['!', 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Their content is text, not tags, and is not part of the page's text. */
const RAW = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'textarea', 'title', 'xmp']);
/** Each of these ends the text's line, and each ends an open <p>. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** An open one of these is closed by the next of the same name (`<li>a<li>b`, `<p>a<p>b`). */
const SELF_ENDING = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

const NAME = /[A-Za-z][^\s/>]*/y;

/** The tags of `html` in order, in one linear pass; comments and declarations come as '!', raw-text content is skipped. */
function* tags(html: string): Generator<Tag> {
  let at = 0;
  // The next '>' at or after the current '<', found once per stretch so the pass stays linear.
  let gt = -1;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', at)) {
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      at = close < 0 ? html.length : close + 3;
      yield { name: '!', closing: false, selfClosing: true, start: lt, end: at };
      continue;
    }
    if (gt <= lt) gt = html.indexOf('>', lt + 1);
    if (gt < 0) return;
    const closing = html[lt + 1] === '/';
    NAME.lastIndex = lt + 1 + (closing ? 1 : 0);
    const name = NAME.exec(html)?.[0].toLowerCase();
    if (!name) {
      // A bare `<` in text is just text.
      if (html[lt + 1] !== '!' && html[lt + 1] !== '?') {
        at = lt + 1;
        continue;
      }
      at = gt + 1;
      yield { name: '!', closing: false, selfClosing: true, start: lt, end: at };
      continue;
    }
    at = gt + 1;
    if (!closing && RAW.has(name)) {
      const end = new RegExp(`</${name}[\\s>]`, 'gi');
      end.lastIndex = at;
      at = end.exec(html)?.index ?? html.length;
    }
    yield { name, closing, selfClosing: html[gt - 1] === '/', start: lt, end: at };
  }
}

/**
 * How deeply the elements of `html` nest, counting until `stopAt` is passed. It errs high (an
 * element the parser would close by itself may count as open), never far low: a closing tag only
 * closes an element that is open, as in the parser.
 */
export function nestingDepth(html: string, stopAt: number): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  let deepest = 0;
  for (const tag of tags(html)) {
    if (VOID.has(tag.name)) continue;
    if (tag.closing) {
      if (!open.get(tag.name)) continue;
      while (stack[stack.length - 1] !== tag.name) pop();
      pop();
      continue;
    }
    // `<path/>` closes itself only inside SVG or MathML; in HTML `<div/>` opens a div.
    if (tag.selfClosing && (open.get('svg') || open.get('math'))) continue;
    const top = stack[stack.length - 1];
    if (top !== undefined && ((top === tag.name && SELF_ENDING.has(top)) || (top === 'p' && BLOCK.has(tag.name)))) pop();
    stack.push(tag.name);
    open.set(tag.name, (open.get(tag.name) ?? 0) + 1);
    deepest = Math.max(deepest, stack.length);
    if (deepest > stopAt) break;
  }
  return deepest;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', pound: '£', euro: '€', hellip: '…',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of `html` without a DOM: each block is a line (as lib/page/text-map.ts makes them); script and style are left out. */
export function flatText(html: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const tag of tags(html)) {
    parts.push(html.slice(at, tag.start));
    if (BLOCK.has(tag.name)) parts.push('\n');
    at = tag.end;
  }
  parts.push(html.slice(at));
  return decodeEntities(parts.join(''))
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}
