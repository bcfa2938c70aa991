import type { Severity } from '../engine/finding';

/** Highlight names are prefixed so page CSS cannot collide with them. */
const NAMES = {
  error: 'de-bias-error',
  warning: 'de-bias-warning',
  info: 'de-bias-info',
} as const satisfies Record<Severity, string>;
const FLASH = 'de-bias-flash';

// Each severity has its own line shape (wavy, dashed, dotted), so colour is never the only difference.
const CSS_TEXT = `
::highlight(de-bias-error) { text-decoration: underline wavy #d5281b; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(de-bias-warning) { text-decoration: underline dashed #b37700; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(de-bias-info) { text-decoration: underline dotted #005eb8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(de-bias-flash) { background-color: #ffeb3b; color: #212b32; }
`;

export function highlightsSupported(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/**
 * Paints underlines with the CSS Custom Highlight API: nothing is written into the page's DOM, so
 * editors and the page's own scripts never see it. The `::highlight` rules go in an adopted style
 * sheet, since rules inside the extension's shadow root do not reach page text.
 */
export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;
  /** The ranges this highlighter added, by owner and severity, so it removes only its own. */
  private readonly owned = new Map<string, AbstractRange[]>();

  /** `styleParent`: where a <style> goes if the page refuses an adopted sheet (our own UI host). */
  constructor(
    private readonly doc: Document,
    private readonly styleParent?: () => Element | null,
  ) {}

  private ensureSheet(): void {
    if (this.sheet || this.styleElement) return;
    const win = this.doc.defaultView!;
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Firefox's content-script wrappers may refuse a sheet made in the script's own compartment.
      const parent = this.styleParent?.();
      if (!parent) return;
      this.styleElement = this.doc.createElement('style');
      this.styleElement.textContent = CSS_TEXT;
      parent.append(this.styleElement);
    }
  }

  /** The document's highlight of that name, shared with De-bias's other checkers on the page. */
  private highlight(name: string): Highlight {
    const win = this.doc.defaultView!;
    let h = win.CSS.highlights.get(name);
    if (!h) {
      h = new win.Highlight();
      win.CSS.highlights.set(name, h);
    }
    return h;
  }

  /** Replaces the underlines `owner` drew with `ranges`. */
  paint(ranges: { range: AbstractRange; severity: Severity }[], owner: string): void {
    this.ensureSheet();
    for (const severity of Object.keys(NAMES) as Severity[]) {
      const h = this.highlight(NAMES[severity]);
      for (const r of this.owned.get(`${owner}:${severity}`) ?? []) h.delete(r);
      const mine = ranges.filter((r) => r.severity === severity).map((r) => r.range);
      for (const r of mine) h.add(r);
      this.owned.set(`${owner}:${severity}`, mine);
    }
  }

  /** Briefly marks one range, for "show me" from the summary panel. */
  flash(range: AbstractRange, ms = 1600): void {
    this.ensureSheet();
    const h = this.highlight(FLASH);
    h.clear();
    h.add(range);
    this.doc.defaultView!.setTimeout(() => h.delete(range), ms);
  }

  /** Removes this highlighter's underlines and style sheet (the extension was reloaded or switched off). */
  dispose(): void {
    const win = this.doc.defaultView;
    for (const [key, ranges] of this.owned) {
      const h = win?.CSS.highlights.get(NAMES[key.slice(key.lastIndexOf(':') + 1) as Severity]);
      for (const r of ranges) h?.delete(r);
    }
    this.owned.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
    this.styleElement?.remove();
    this.styleElement = null;
  }
}
