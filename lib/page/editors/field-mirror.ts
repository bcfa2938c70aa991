/** Styles that decide where each character of a field sits. */
const COPIED = [
  'boxSizing', 'width', 'height', 'overflowX', 'overflowY', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth',
  'borderLeftWidth', 'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle',
  'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily',
  'fontFeatureSettings', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize',
  'direction', 'wordBreak', 'overflowWrap',
] as const;

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * An invisible copy of a `<textarea>` or `<input>` laid out exactly like it, so that a span of the
 * field's value can be measured (the Highlight API cannot reach inside form fields). Lives in the
 * extension's own layer, never in the page.
 */
export class FieldMirror {
  private readonly div: HTMLDivElement;
  private readonly textNode: Text;

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    layer: HTMLElement,
  ) {
    const doc = layer.ownerDocument;
    this.div = doc.createElement('div');
    this.div.setAttribute('aria-hidden', 'true');
    this.textNode = doc.createTextNode('');
    this.div.append(this.textNode);
    layer.append(this.div);
  }

  /** Copies the field's size, font and text; call before measuring. */
  sync(): void {
    const win = this.field.ownerDocument.defaultView!;
    const computed = win.getComputedStyle(this.field);
    const style = this.div.style;
    for (const key of COPIED) style[key] = computed[key];
    const isInput = this.field.tagName === 'INPUT';
    style.position = 'fixed';
    style.visibility = 'hidden';
    style.pointerEvents = 'none';
    style.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    if (!isInput) style.overflowWrap = 'break-word';
    style.overflowY = isInput ? 'hidden' : 'scroll';
    const box = this.field.getBoundingClientRect();
    style.left = `${box.left}px`;
    style.top = `${box.top}px`;
    style.width = `${box.width}px`;
    style.height = `${box.height}px`;
    style.margin = '0';
    if (this.textNode.data !== this.field.value) this.textNode.data = this.field.value;
    // Match the field's scrollbar so lines wrap at the same place.
    if (!isInput && this.field.scrollHeight <= this.field.clientHeight) style.overflowY = 'hidden';
    this.div.scrollTop = this.field.scrollTop;
    this.div.scrollLeft = this.field.scrollLeft;
  }

  /** Viewport rectangles of [start, end) of the value, clipped to the field's visible box. */
  rects(start: number, end: number): Rect[] {
    const doc = this.field.ownerDocument;
    const length = this.textNode.data.length;
    if (start > length || end > length) return [];
    const range = doc.createRange();
    range.setStart(this.textNode, start);
    range.setEnd(this.textNode, end);
    const clip = this.field.getBoundingClientRect();
    return [...range.getClientRects()]
      .filter((r) => r.width > 0 && r.bottom > clip.top && r.top < clip.bottom && r.right > clip.left && r.left < clip.right)
      .map((r) => ({ left: r.left, top: r.top, width: Math.min(r.width, clip.right - r.left), height: r.height }));
  }

  remove(): void {
    this.div.remove();
  }
}
