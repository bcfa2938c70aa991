import { createRoot, type Root } from 'react-dom/client';
// Inlined so the UI needs no web-accessible file that pages could use to detect the extension.
import css from './in-page.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { analyse, type TextKind } from '@/lib/engine';
import type { Finding, Suggestion } from '@/lib/engine/finding';
import type { Settings, Site } from '@/lib/settings/schema';
import { FieldMirror, type Rect } from '@/lib/page/editors/field-mirror';
import { replaceInEditable, replaceInField } from '@/lib/page/editors/replace';
import { Highlighter, highlightsSupported } from '@/lib/page/highlights';
import { ParagraphCache } from '@/lib/page/paragraph-cache';
import { buildTextMap, rangeFor, type TextMap } from '@/lib/page/text-map';
import { createEditorOverlayStore, EditorOverlay, type EditorOverlayStore } from './EditorOverlay';
import { onMessage, reportCount } from '@/browser/messages';
import { loadSettings, saveSettings, watchSettings } from '@/browser/storage/settings';
import { UI_TAG } from './ui-tag';

/** Wait this long after the last keystroke before re-checking. */
const DEBOUNCE_MS = 150;
/** Look for editors opening and closing at most this often. */
const SCAN_MS = 400;
/** Texts longer than this are not checked as you type (about 20,000 words). */
const MAX_CHARS = 120_000;

export interface EditorSite {
  /** The setting that switches live checking on this site on or off. */
  site: Site;
  context: TextKind;
  /** The editable elements on the page now. */
  findEditors(doc: Document): HTMLElement[];
}

type Field = HTMLTextAreaElement | HTMLInputElement;
const isField = (el: Element): el is Field => el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
/** Quoted replies and signatures in a draft are not the writer's words to check. */
const skipInEditable = (el: Element) => el.tagName === 'BLOCKQUOTE' || el.classList.contains('gmail_quote');

interface Shared {
  store: EditorOverlayStore;
  highlighter: Highlighter;
  layer: HTMLElement;
  settings: () => Settings;
  context: TextKind;
  ignored: Set<string>;
  ignoreEverywhere: (finding: Finding) => void;
  countChanged: () => void;
}

const ignoreKey = (f: Finding) => `${f.ruleId}|${f.text.toLowerCase()}`;

/** One editor on the page: keeps its findings current and draws them. */
class EditorController {
  findings: Finding[] = [];
  /** The text the findings were found in. */
  analysed = '';
  private map: TextMap | null = null;
  private cache: ParagraphCache;
  private mirror: FieldMirror | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Where each finding's underline boxes were drawn (form fields), for hover without re-measuring. */
  private drawn: { index: number; rect: Rect }[] = [];
  private pointer: MouseEvent | null = null;
  private composing = false;
  private readonly abort = new AbortController();
  readonly id = `editor-${Math.random().toString(36).slice(2)}`;

  constructor(
    readonly el: HTMLElement,
    private readonly shared: Shared,
  ) {
    this.cache = new ParagraphCache((p) => analyse(p, { context: shared.context, settings: shared.settings() }));
    if (isField(el)) this.mirror = new FieldMirror(el, shared.layer);
    const on = (type: string, fn: (e: Event) => void) => el.addEventListener(type, fn, { signal: this.abort.signal });
    on('input', () => {
      const started = performance.now();
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
    on('click', () => this.openAtCaret());
    on('keyup', (e) => {
      if ((e as KeyboardEvent).key.startsWith('Arrow')) this.openAtCaret();
    });
    on('mousemove', (e) => this.pointerMoved(e as MouseEvent));
    this.check();
  }

  private text(): string {
    if (isField(this.el)) return this.el.value;
    this.map = buildTextMap([this.el], skipInEditable);
    return this.map.text;
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.composing) this.check();
    }, DEBOUNCE_MS);
  }

  /** Re-checks the changed paragraphs and redraws. Never runs during IME composition. */
  check(): void {
    if (this.composing) return;
    const started = performance.now();
    const text = this.text();
    this.analysed = text;
    const shown = text.length > MAX_CHARS ? [] : this.cache.findings(text);
    this.findings = shown.filter((f) => !this.shared.ignored.has(ignoreKey(f)));
    this.paint();
    this.shared.countChanged();
    // Visible in DevTools' Performance panel, and read by `npm run bench`.
    performance.measure('de-bias:editor-check', { start: started });
  }

  recheckAll(): void {
    this.cache.clear();
    this.check();
  }

  private rangeOf(f: Finding): Range | null {
    return this.map ? rangeFor(this.map, f.start, f.end, this.el.ownerDocument) : null;
  }

  /** Highlights for contenteditable; measured underline boxes for form fields. */
  paint(): void {
    const { store, highlighter } = this.shared;
    if (this.mirror) {
      this.mirror.sync();
      this.drawn = this.findings.flatMap((f, index) => this.mirror!.rects(f.start, f.end).map((rect) => ({ index, rect })));
      const boxes = this.drawn.map(({ index, rect }, j) => ({ key: `${this.id}:${j}`, rect, severity: this.findings[index]!.severity }));
      const others = store.get().boxes.filter((b) => !b.key.startsWith(`${this.id}:`));
      store.set({ boxes: [...others, ...boxes] });
      return;
    }
    if (!highlightsSupported(window)) return;
    const ranges = this.findings.flatMap((f) => {
      const range = this.rangeOf(f);
      return range ? [{ range, severity: f.severity }] : [];
    });
    highlighter.paint(ranges, this.id);
  }

  private rectOf(f: Finding): DOMRect | null {
    if (this.mirror) {
      this.mirror.sync();
      const [first] = this.mirror.rects(f.start, f.end);
      return first ? new DOMRect(first.left, first.top, first.width, first.height) : null;
    }
    return this.rangeOf(f)?.getBoundingClientRect() ?? null;
  }

  /** From the popup: brings the editor into view and opens the finding's card. */
  show(f: Finding): void {
    this.el.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.open(f);
  }

  private open(f: Finding): void {
    const rect = this.rectOf(f);
    if (!rect) return;
    const current = this.shared.store.get().card;
    if (current?.finding === f) return;
    this.shared.store.set({
      card: {
        finding: f,
        rect: { left: rect.left, top: rect.top, bottom: rect.bottom },
        actions: {
          apply: (s) => this.apply(f, s),
          ignore: () => {
            this.shared.ignored.add(ignoreKey(f));
            this.shared.store.set({ card: null });
            this.check();
          },
          ignoreEverywhere: () => this.shared.ignoreEverywhere(f),
        },
      },
    });
  }

  /** The finding at the caret, for keyboard and click users. */
  private openAtCaret(): void {
    let caret: number | null = null;
    if (isField(this.el)) caret = this.el.selectionStart;
    else {
      const sel = this.el.ownerDocument.getSelection();
      if (sel?.focusNode && this.map) {
        const seg = this.map.segments.find((s) => s.node === sel.focusNode);
        if (seg) caret = seg.start + sel.focusOffset;
      }
    }
    if (caret === null) return;
    const f = this.findings.find((x) => caret >= x.start && caret <= x.end);
    if (f) this.open(f);
  }

  /** Hover: at most one hit test a frame, against the boxes already drawn or the live ranges. */
  private pointerMoved(e: MouseEvent): void {
    const waiting = this.pointer !== null;
    this.pointer = e;
    if (waiting) return;
    requestAnimationFrame(() => {
      const p = this.pointer!;
      this.pointer = null;
      const hit = this.mirror
        ? this.drawn.find(({ rect: r }) => inside(p, r.left, r.top, r.left + r.width, r.top + r.height))?.index
        : this.findings.findIndex((f) => {
            const range = this.rangeOf(f);
            return range !== null && [...range.getClientRects()].some((r) => inside(p, r.left, r.top, r.right, r.bottom));
          });
      const f = hit === undefined ? undefined : this.findings[hit];
      if (f) this.open(f);
    });
  }

  /** Accepts a suggestion: replaces exactly the finding's text, through the editor's own input path. */
  apply(f: Finding, s: Suggestion): void {
    const { store } = this.shared;
    store.set({ card: null });
    if (isField(this.el)) {
      if (this.el.value.slice(f.start, f.end) !== f.text) {
        this.stale();
        return;
      }
      replaceInField(this.el, f.start, f.end, s.text);
    } else {
      this.text();
      const range = this.rangeOf(f);
      if (!range || range.toString() !== f.text) {
        this.stale();
        return;
      }
      replaceInEditable(this.el, range, s.text);
    }
    this.check();
  }

  private stale(): void {
    this.shared.store.set({ notice: 'The text changed before the suggestion could be used. De-bias has checked it again.' });
    this.check();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.abort.abort();
    this.mirror?.remove();
    this.shared.highlighter.paint([], this.id);
    const { store } = this.shared;
    store.set({ boxes: store.get().boxes.filter((b) => !b.key.startsWith(`${this.id}:`)) });
  }
}

const inside = (e: MouseEvent, left: number, top: number, right: number, bottom: number) =>
  e.clientX >= left && e.clientX <= right && e.clientY >= top && e.clientY <= bottom;

/**
 * Checks text as it is written in a site's editors: form fields get a measured overlay, rich
 * editors the Highlight API. One throttled observer follows editors opening and closing.
 */
export async function mountEditorChecker(ctx: ContentScriptContext, site: EditorSite): Promise<void> {
  const store = createEditorOverlayStore();
  // The highlight rules' fallback home is our own UI host, so the page gains no other element.
  const highlighter = new Highlighter(document, () => ui.shadowHost);
  let loaded = await loadSettings();
  if (loaded.problem) store.set({ notice: loaded.problem });
  const controllers = new Map<HTMLElement, EditorController>();

  const ui = await createShadowRootUi<Root>(ctx, {
    name: UI_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    css,
    onMount(container) {
      const root = createRoot(container);
      root.render(<EditorOverlay store={store} />);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  // Mirrors for measuring form fields live beside React's container, which React owns.
  const layer = document.createElement('div');
  ui.uiContainer.after(layer);

  const countChanged = () => {
    let count = 0;
    for (const c of controllers.values()) count += c.findings.length;
    reportCount(count);
  };
  const shared: Shared = {
    store,
    highlighter,
    layer,
    settings: () => loaded.settings,
    context: site.context,
    ignored: new Set(),
    countChanged,
    ignoreEverywhere: (f) => {
      store.set({ card: null });
      // The user's own settings: the organisation's policy stays in managed storage.
      const { user } = loaded;
      if (!user.allowlist.includes(f.text)) void saveSettings({ ...user, allowlist: [...user.allowlist, f.text] });
    },
  };

  let frame = 0;
  const repaint = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (store.get().card) store.set({ card: null }); // no re-render per scroll frame when nothing is open
      for (const c of controllers.values()) c.paint();
    });
  };
  const resizeObserver = new ResizeObserver(repaint);

  const scan = () => {
    const found = new Set(loaded.settings.sites[site.site] ? site.findEditors(document) : []);
    for (const el of found) {
      if (controllers.has(el)) continue;
      controllers.set(el, new EditorController(el, shared));
      resizeObserver.observe(el);
    }
    for (const [el, c] of controllers) {
      if (!found.has(el) || !el.isConnected) {
        c.dispose();
        resizeObserver.unobserve(el);
        controllers.delete(el);
      }
    }
  };

  let scanTimer: number | undefined;
  const observer = new MutationObserver((mutations) => {
    if (scanTimer !== undefined || mutations.every((m) => ui.shadowHost.contains(m.target))) return;
    scanTimer = ctx.setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, SCAN_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true });

  ctx.addEventListener(window, 'scroll', repaint, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', repaint);
  const unwatch = watchSettings(async () => {
    loaded = await loadSettings();
    store.set({ notice: loaded.problem });
    for (const c of controllers.values()) c.recheckAll();
    scan();
  });

  // The popup's report: every editor's text as one document (for an advert form, the whole advert).
  const combined = () => {
    const parts: { controller: EditorController; base: number }[] = [];
    let text = '';
    for (const controller of controllers.values()) {
      parts.push({ controller, base: text.length });
      text += `${controller.analysed}\n\n`;
    }
    return { text, parts };
  };
  const stopListening = [
    onMessage('get-report', () => {
      const { text, parts } = combined();
      const report = analyse(text, { context: site.context, settings: loaded.settings });
      // The editors' own findings, so the popup lists exactly what is underlined.
      const findings = parts.flatMap(({ controller, base }) =>
        controller.findings.map((f) => ({ ...f, start: f.start + base, end: f.end + base })),
      );
      return { report: { ...report, findings }, url: location.href };
    }),
    onMessage('show-finding', ({ data }) => {
      const part = combined().parts.findLast((p) => p.base <= data.start);
      const f = part?.controller.findings.find((x) => x.ruleId === data.ruleId && x.start === data.start - part.base);
      if (part && f) part.controller.show(f);
    }),
  ];

  ctx.onInvalidated(() => {
    observer.disconnect();
    resizeObserver.disconnect();
    unwatch();
    for (const stop of stopListening) stop();
    for (const c of controllers.values()) c.dispose();
    controllers.clear();
    highlighter.dispose();
  });
  scan();
}
