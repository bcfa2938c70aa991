import type { TextKind } from '@/lib/engine';
import type { Finding, Suggestion } from '@/lib/engine/finding';
import { FieldMirror, type Rect } from '@/lib/page/editors/field-mirror';
import { replaceInEditable, replaceInField } from '@/lib/page/editors/replace';
import { highlightsSupported } from '@/lib/page/highlights';
import { statementInsertion } from '@/lib/statements/insertion';
import { buildTextMap, rangeFor, type TextMap } from '@/lib/page/text-map';
import type { HostServices, Target } from '../adapter';
import { Latest, STALE } from '../latest';

/** Wait this long after the last keystroke before re-checking. */
const DEBOUNCE_MS = 150;
/** Texts longer than this are not checked as you type (about 20,000 words). */
const MAX_CHARS = 120_000;

type Field = HTMLTextAreaElement | HTMLInputElement;
const isField = (el: Element): el is Field => el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
/** Quoted replies and signatures in a draft are not the writer's words to check. */
const skipInEditable = (el: Element) => el.tagName === 'BLOCKQUOTE' || el.classList.contains('gmail_quote');

export interface FieldShared {
  host: HostServices;
  context: TextKind;
  /** Findings the user chose to ignore on this page, by `ignoreKey`. */
  ignored: Set<string>;
  /** This field's findings changed. */
  changed: () => void;
}

export const ignoreKey = (f: Finding) => `${f.ruleId}|${f.text.toLowerCase()}`;

const inside = (x: number, y: number, r: { left: number; top: number; right: number; bottom: number }) =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/**
 * One editor on the page (a form field or a rich editor): keeps its findings current as the user
 * types, draws them, and changes its text only through the editor's own input path, so that the
 * page's framework sees a real edit and one Ctrl+Z undoes it.
 */
export class EditorField {
  /** In this editor's own offsets, without those the user ignored. */
  findings: Finding[] = [];
  /** Every finding of the last check. */
  private all: Finding[] = [];
  /** The text the findings were found in. */
  analysed = '';
  /** The rich editor's text as last read (for the caret and for replacing). */
  private map: TextMap | null = null;
  /** The rich editor's text as it was when the shown findings were found: where they are drawn. */
  private shownMap: TextMap | null = null;
  private readonly latest = new Latest();
  private readonly mirror: FieldMirror | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Where each finding's underline boxes were drawn (form fields), for hover without re-measuring. */
  private drawn: { index: number; rect: Rect }[] = [];
  private composing = false;
  /** Where the writer's caret last was (a field's offset, or a point in a rich editor), and when. */
  private lastCaret: { at: number | { node: Node; offset: number }; when: number } | null = null;
  private readonly abort = new AbortController();
  readonly id = `editor-${Math.random().toString(36).slice(2)}`;

  constructor(
    readonly el: HTMLElement,
    private readonly shared: FieldShared,
  ) {
    if (isField(el)) this.mirror = new FieldMirror(el, shared.host.layer);
    const on = (type: string, fn: (e: Event) => void) => el.addEventListener(type, fn, { signal: this.abort.signal });
    on('input', () => {
      const started = performance.now();
      shared.host.edited(el);
      this.schedule();
      performance.measure('de-bias:input', { start: started });
    });
    on('compositionstart', () => {
      this.composing = true;
    });
    on('compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    on('scroll', () => this.paint());
    on('click', () => this.openAtCaret('pointer'));
    on('keyup', (e) => {
      if ((e as KeyboardEvent).key.startsWith('Arrow')) this.openAtCaret('keyboard');
    });
    // The caret is remembered for "Add this statement", which is chosen outside the editor.
    for (const type of ['keyup', 'mouseup', 'input', 'focus']) on(type, () => this.rememberCaret());
    // The writer may have put the caret here before this script found the editor (a page still loading).
    this.rememberCaret();
  }

  private text(): string {
    if (isField(this.el)) return this.el.value;
    this.map = buildTextMap([this.el], skipInEditable);
    return this.map.text;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.composing) void this.check();
    }, DEBOUNCE_MS);
  }

  /**
   * Reads the text and has the background check it (it re-analyses only the changed paragraphs);
   * the answer is drawn if the text has not changed since. Never runs during IME composition.
   * Resolves when this check's findings are shown, or it was superseded or failed.
   */
  async check(): Promise<void> {
    if (this.composing) return;
    const started = performance.now();
    const text = this.text();
    const map = this.map;
    const answer = this.latest.run(() =>
      text.length > MAX_CHARS
        ? Promise.resolve([])
        : this.shared.host.paragraphFindings({ text, context: this.shared.context, settings: this.shared.host.settings().settings }),
    );
    // Visible in DevTools' Performance panel, and read by `npm run bench`: the page's own share of a
    // check (read and send, then take the reply and paint), and the wall time to the highlights.
    performance.measure('de-bias:editor-read', { start: started });
    const found = await answer;
    if (found === STALE) return;
    const painting = performance.now();
    if (found === null) {
      // The background could not answer: findings made for another text would underline the wrong words.
      if (text !== this.analysed) this.show('', null, []);
      return;
    }
    this.show(text, map, found);
    performance.measure('de-bias:editor-paint', { start: painting });
    performance.measure('de-bias:editor-check', { start: started });
  }

  private show(text: string, map: TextMap | null, found: Finding[]): void {
    this.analysed = text;
    this.shownMap = map;
    this.all = found;
    this.refilter();
  }

  /** Drops the ignored findings and redraws. */
  private refilter(): void {
    this.findings = this.all.filter((f) => !this.shared.ignored.has(ignoreKey(f)));
    this.paint();
    this.shared.changed();
  }

  /** The settings changed: checked again (the background keeps its remembered paragraphs by settings). */
  recheckAll(): void {
    void this.check();
  }

  /** Where a shown finding is in a rich editor. */
  private rangeOf(f: Finding): Range | null {
    return this.shownMap ? rangeFor(this.shownMap, f.start, f.end, this.el.ownerDocument) : null;
  }

  /** Highlights for rich editors; measured underline boxes for form fields. */
  paint(): void {
    const { host } = this.shared;
    if (this.mirror) {
      this.mirror.sync();
      this.drawn = this.findings.flatMap((f, index) => this.mirror!.rects(f.start, f.end).map((rect) => ({ index, rect })));
      host.setBoxes(
        this.id,
        this.drawn.map(({ index, rect }, j) => ({ key: `${this.id}:${j}`, rect, severity: this.findings[index]!.severity })),
      );
      return;
    }
    if (!highlightsSupported(window)) return;
    const ranges = this.findings.flatMap((f) => {
      const range = this.rangeOf(f);
      return range ? [{ range, severity: f.severity }] : [];
    });
    host.highlighter.paint(ranges, this.id);
  }

  private anchor(f: Finding): DOMRect | null {
    if (this.mirror) {
      this.mirror.sync();
      const [first] = this.mirror.rects(f.start, f.end);
      return first ? new DOMRect(first.left, first.top, first.width, first.height) : null;
    }
    return this.rangeOf(f)?.getBoundingClientRect() ?? null;
  }

  /** A finding of this editor as the host's cards and panel see it. */
  target(f: Finding): Target {
    const { host, ignored } = this.shared;
    return {
      finding: f,
      editor: this.el,
      anchor: () => this.anchor(f),
      reveal: () => this.el.scrollIntoView({ block: 'center', behavior: 'instant' }),
      actions: {
        apply: (s) => this.apply(f, s),
        ignore: () => {
          ignored.add(ignoreKey(f));
          host.closeCard();
          this.refilter();
        },
        ignoreEverywhere: () => host.ignoreEverywhere(f),
      },
    };
  }

  /** The finding whose underline is under the pointer. */
  hit(x: number, y: number): Target | null {
    const index = this.mirror
      ? this.drawn.find(({ rect: r }) => inside(x, y, { left: r.left, top: r.top, right: r.left + r.width, bottom: r.top + r.height }))?.index
      : this.findings.findIndex((f) => [...(this.rangeOf(f)?.getClientRects() ?? [])].some((r) => inside(x, y, r)));
    const f = index === undefined ? undefined : this.findings[index];
    return f ? this.target(f) : null;
  }

  /** Where the caret is in this editor's text; null when it is elsewhere. */
  private caret(): number | null {
    if (isField(this.el)) return this.el.ownerDocument.activeElement === this.el ? this.el.selectionStart : null;
    const sel = this.el.ownerDocument.getSelection();
    // In the offsets of the shown findings.
    if (!sel?.focusNode || !this.shownMap || !this.el.contains(sel.focusNode)) return null;
    const seg = this.shownMap.segments.find((s) => s.node === sel.focusNode);
    return seg ? seg.start + sel.focusOffset : null;
  }

  /** The finding at the caret, for keyboard and click users. */
  private openAtCaret(mode: 'pointer' | 'keyboard'): void {
    const caret = this.caret();
    if (caret === null) return;
    const f = this.findings.find((x) => caret >= x.start && caret <= x.end);
    if (f) this.shared.host.openCard(this.target(f), mode);
    else if (mode === 'keyboard') this.shared.host.edited(this.el); // the caret moved on from its card's words
  }

  /**
   * Accepts a suggestion: replaces exactly the finding's text, through the editor's own input path,
   * and only in the text the finding was made for. Anything typed since (the check of it may still
   * be on its way) could have moved or changed the words, so then the draft is left alone.
   */
  private apply(f: Finding, s: Suggestion): void {
    this.shared.host.closeCard();
    this.shared.host.notice('stale', null);
    const text = this.text();
    if (text !== this.analysed || text.slice(f.start, f.end) !== f.text) {
      this.stale();
      return;
    }
    if (isField(this.el)) replaceInField(this.el, f.start, f.end, s.text);
    else {
      const range = rangeFor(this.map!, f.start, f.end, this.el.ownerDocument);
      if (!range || range.toString() !== f.text) {
        this.stale();
        return;
      }
      replaceInEditable(this.el, range, s.text);
    }
    void this.check();
  }

  /** Form fields and rich editors take paragraphs; one-line inputs (a subject, a criterion) do not. */
  get multiline(): boolean {
    return this.el.tagName !== 'INPUT';
  }

  /** When the writer last had the caret here (0: never). */
  get lastUsed(): number {
    return this.lastCaret?.when ?? 0;
  }

  private rememberCaret(): void {
    const { el } = this;
    if (isField(el)) {
      if (el.ownerDocument.activeElement === el) this.lastCaret = { at: el.selectionEnd ?? el.value.length, when: performance.now() };
      return;
    }
    const sel = el.ownerDocument.getSelection();
    if (sel?.focusNode && el.contains(sel.focusNode)) this.lastCaret = { at: { node: sel.focusNode, offset: sel.focusOffset }, when: performance.now() };
  }

  /** The remembered caret as an offset in `text` (just read); null when there is none or its node has gone. */
  private caretOffset(): number | null {
    const at = this.lastCaret?.at;
    if (at === undefined) return null;
    if (typeof at === 'number') return at;
    const seg = this.map?.segments.find((s) => s.node === at.node);
    return seg ? seg.start + Math.min(at.offset, seg.node.data.length) : null;
  }

  /**
   * Adds a model statement as its own paragraph: after the paragraph where the writer's caret last
   * was, or at the end of the text. It goes in through the editor's own input path, so the page's framework
   * sees a real edit and one Ctrl+Z removes it. Resolves, once the text is checked again, with
   * false when the editor refused it.
   */
  async insertStatement(statement: string): Promise<boolean> {
    const text = this.text();
    const end = text.trimEnd().length;
    const caret = this.caretOffset();
    const newline = caret === null ? -1 : text.indexOf('\n', Math.min(caret, end));
    const at = caret === null || newline < 0 ? end : Math.min(newline, end);
    let done: boolean;
    if (isField(this.el)) {
      // Plain text: paragraphs are set apart by a blank line.
      done = replaceInField(this.el, at, at, statementInsertion(text.slice(0, at), statement, text.slice(at, end)));
    } else {
      // A rich editor: one new line makes a new paragraph, styled as the one before it.
      const insert = (at > 0 ? '\n' : '') + statement.trim();
      const range = this.el.ownerDocument.createRange();
      // The text node that ends at the place (or holds it); with none, the end of the editor.
      const seg = this.map!.segments.findLast((x) => x.start < at && at <= x.start + x.node.data.length);
      if (seg) range.setStart(seg.node, at - seg.start);
      else {
        range.selectNodeContents(this.el);
        range.collapse(false);
      }
      done = replaceInEditable(this.el, range, insert);
    }
    await this.check();
    return done;
  }

  private stale(): void {
    this.shared.host.notice('stale', 'The text changed before the suggestion could be used. De-bias has checked it again.');
    void this.check();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.abort.abort();
    this.mirror?.remove();
    this.shared.host.highlighter.paint([], this.id);
    this.shared.host.setBoxes(this.id, []);
  }
}
