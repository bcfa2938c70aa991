/** A run of the analysed text that comes from one DOM text node. */
export interface Segment {
  node: Text;
  /** Offset of the node's first character in the analysed text. */
  start: number;
}

/** Text built from DOM nodes, with the way back from offsets to nodes. */
export interface TextMap {
  text: string;
  segments: Segment[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Collects text from `roots` in document order. Tabs and line breaks inside a text node become
 * spaces one for one, so offsets map straight back to node offsets; block boundaries add a new line
 * that belongs to no node. `skip` lets the caller leave out elements (hidden copies, its own UI).
 */
export function buildTextMap(roots: Iterable<Node>, skip?: (el: Element) => boolean): TextMap {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  const newline = () => {
    if (length > 0 && parts[parts.length - 1]?.endsWith('\n') !== true) {
      parts.push('\n');
      length += 1;
    }
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ node: node as Text, start: length });
      parts.push(data.replace(/[\n\r\t\f\v]/g, ' '));
      length += data.length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP.has(el.tagName.toUpperCase()) || skip?.(el)) return;
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) newline();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) newline();
  };
  for (const root of roots) {
    visit(root);
    newline();
  }
  return { text: parts.join(''), segments };
}

/** The segment holding `offset` (or the one ending there when `end` is set). */
function segmentAt(map: TextMap, offset: number, end: boolean): Segment | undefined {
  const { segments } = map;
  let lo = 0;
  let hi = segments.length - 1;
  let found: Segment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    const stop = s.start + s.node.data.length;
    if (end ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (end ? offset > stop : offset >= stop) lo = mid + 1;
    else {
      found = s;
      break;
    }
  }
  return found;
}

/** A DOM Range over [start, end) of the mapped text, or null when the nodes have changed since. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const a = segmentAt(map, start, false);
  const b = segmentAt(map, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const startOffset = start - a.start;
  const endOffset = end - b.start;
  if (startOffset > a.node.data.length || endOffset > b.node.data.length) return null;
  const range = doc.createRange();
  range.setStart(a.node, startOffset);
  range.setEnd(b.node, endOffset);
  return range;
}
