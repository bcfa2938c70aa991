import { createRoot, type Root } from 'react-dom/client';
// Inlined so the UI needs no web-accessible file that pages could use to detect the extension.
import css from './in-page.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { analyse } from '@/lib/engine';
import type { Finding, Report } from '@/lib/engine/finding';
import type { Section } from '@/lib/engine/sections';
import type { Site } from '@/lib/settings/schema';
import { Highlighter, highlightsSupported } from '@/lib/page/highlights';
import { personSpecCriteria } from '@/lib/page/person-spec-criteria';
import { rangeFor, type TextMap } from '@/lib/page/text-map';
import { onMessage, reportCount } from '@/browser/messages';
import { loadSettings, watchSettings } from '@/browser/storage/settings';
import { createOverlayStore } from './overlay-store';
import { PageOverlay } from './PageOverlay';
import { UI_TAG } from './ui-tag';

/** Longer pages are checked up to here and the user is told (about 50,000 words). */
export const MAX_CHARS = 300_000;
/** At most one re-check a second while a page keeps changing. */
const RECHECK_MS = 1000;

/** What a page checker analyses, and the way back from offsets in it to the page. */
export interface PageText {
  text: string;
  sections?: Section[];
  range: (start: number, end: number) => Range | null;
}

/** A page text read straight from DOM nodes. */
export const fromTextMap = (map: TextMap, sections?: Section[]): PageText => ({
  text: map.text,
  sections,
  range: (start, end) => rangeFor(map, start, end, document),
});

export interface PageCheckerOptions {
  /** Panel heading, e.g. "De-bias: this advert". */
  title: string;
  /** Reads the page; null when there is nothing to check (yet). */
  read: () => PageText | null;
  /** Re-check when the page changes (off for a one-off check of a selection). */
  follow?: boolean;
  /** Skip missing-statement checks below this many words (a selection is never a whole advert). */
  minWordsForStatements?: number;
  /** The site setting that can switch this checker off; on-demand checks have none. */
  site?: Site;
  /** The UI element's tag; on-demand checks use their own so they never replace a site's checker. */
  tag?: string;
}

/**
 * Checks a page the user reads (not edits): underlines findings with the CSS Custom Highlight API,
 * shows a card on hover, and a summary panel. The page's DOM gains one element, the UI's shadow host.
 */
export async function mountPageChecker(ctx: ContentScriptContext, options: PageCheckerOptions): Promise<void> {
  const store = createOverlayStore();
  // The highlight rules' fallback home is our own UI host, so the page gains no other element.
  const highlighter = new Highlighter(document, () => ui.shadowHost);
  let ranges: { finding: Finding; range: Range }[] = [];
  let lastText = '';
  let { settings, problem } = await loadSettings();

  const openCard = (finding: Finding, range: Range, focus = false) => {
    const r = range.getBoundingClientRect();
    store.set({ card: { finding, rect: { left: r.left, top: r.top, bottom: r.bottom }, focus } });
  };
  const rangeOf = (finding: Finding) => ranges.find((r) => r.finding === finding)?.range;
  /** Scrolls to a finding, flashes it and opens its card (from the panel or the popup). */
  const select = (finding: Finding) => {
    const range = rangeOf(finding);
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    highlighter.flash(range);
    openCard(finding, range, true);
  };

  const ui = await createShadowRootUi<Root>(ctx, {
    name: options.tag ?? UI_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    css,
    onMount(container) {
      const root = createRoot(container);
      root.render(
        <PageOverlay
          store={store}
          title={options.title}
          actions={{
            select,
            card: () => ({ copy: (text) => navigator.clipboard.writeText(text) }),
            closeCard: () => store.set({ card: null }),
          }}
        />,
      );
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();

  const check = (force: boolean) => {
    // Visible in DevTools' Performance panel, and read by `npm run bench`.
    const started = performance.now();
    try {
      runCheck(force);
    } finally {
      performance.measure('de-bias:page-check', { start: started });
    }
  };
  const runCheck = (force: boolean) => {
    if (options.site && !settings.sites[options.site]) {
      ranges = [];
      lastText = '';
      highlighter.paint([], 'page');
      store.set({ report: null, card: null, notice: null });
      reportCount(0);
      return;
    }
    const page = options.read();
    if (!page) return;
    const text = page.text.length > MAX_CHARS ? page.text.slice(0, MAX_CHARS) : page.text;
    let report: Report | null = store.get().report;
    if (force || text !== lastText || !report) {
      report = analyse(text, {
        context: 'advert',
        settings,
        sections: page.sections,
        minWordsForStatements: options.minWordsForStatements,
      });
      lastText = text;
      reportCount(report.findings.length);
    }
    ranges = report.findings.flatMap((finding) => {
      const range = page.range(finding.start, finding.end);
      return range ? [{ finding, range }] : [];
    });
    if (highlightsSupported(window)) {
      highlighter.paint(ranges.map((r) => ({ range: r.range, severity: r.finding.severity })), 'page');
    }
    const notices = [
      problem,
      page.text.length > MAX_CHARS ? 'This page is very long: De-bias checked the first 50,000 words or so.' : null,
    ].filter(Boolean);
    store.set({ report, card: null, notice: notices.length > 0 ? notices.join(' ') : null });
  };

  // Hover: highlights take no pointer events, so find the finding under the pointer by its rectangles.
  let pending = false;
  ctx.addEventListener(document, 'mousemove', (event) => {
    if (pending) return;
    pending = true;
    const { clientX: x, clientY: y } = event as MouseEvent;
    requestAnimationFrame(() => {
      pending = false;
      const hit = ranges.find(({ range }) =>
        [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
      );
      if (hit && store.get().card?.finding !== hit.finding) openCard(hit.finding, hit.range);
    });
  });
  // The card follows its text as the page scrolls.
  ctx.addEventListener(
    window,
    'scroll',
    () => {
      const card = store.get().card;
      const range = card && rangeOf(card.finding);
      if (!card || !range) return;
      const r = range.getBoundingClientRect();
      store.set({ card: { ...card, rect: { left: r.left, top: r.top, bottom: r.bottom } } });
    },
    { passive: true },
  );

  // Pages that change under the script: re-check at most once a second, ignoring our own UI.
  let timer: number | undefined;
  const observer = new MutationObserver((mutations) => {
    if (mutations.every((m) => ui.shadowHost.contains(m.target))) return;
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      check(false);
    }, RECHECK_MS);
  });
  if (options.follow !== false) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const unwatch = watchSettings(async () => {
    ({ settings, problem } = await loadSettings());
    check(true);
  });

  const stopListening = [
    onMessage('get-report', () => ({ report: store.get().report, url: location.href })),
    onMessage('get-criteria', () => {
      const page = options.read();
      return (page && personSpecCriteria(page.text, page.sections ?? [])) ?? null;
    }),
    onMessage('show-finding', ({ data }) => {
      const hit = ranges.find((r) => r.finding.ruleId === data.ruleId && r.finding.start === data.start);
      if (hit) select(hit.finding);
    }),
  ];

  ctx.onInvalidated(() => {
    observer.disconnect();
    unwatch();
    for (const stop of stopListening) stop();
    highlighter.dispose();
  });
  check(true);
}
