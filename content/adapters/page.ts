import type { Finding, Report } from '@/lib/engine/finding';
import type { Section } from '@/lib/engine/sections';
import { highlightsSupported } from '@/lib/page/highlights';
import { personSpecCriteria } from '@/lib/page/person-spec-criteria';
import { rangeFor, type TextMap } from '@/lib/page/text-map';
import type { Site } from '@/lib/settings/schema';
import { type Adapter, columnOf, type HostServices, type Target } from '../adapter';
import { Latest, STALE } from '../latest';

/** Longer pages are checked up to here and the user is told (about 50,000 words). */
export const MAX_CHARS = 300_000;

/** What the page adapter analyses, and the way back from offsets in it to the page. */
export interface PageText {
  text: string;
  sections?: Section[];
  range: (start: number, end: number) => Range | null;
  /** The boxes of the whole text, when the reader knows where it is. */
  boxes?: () => Iterable<DOMRect>;
}

/** A page text read straight from DOM nodes. */
export const fromTextMap = (map: TextMap, sections?: Section[]): PageText => ({
  text: map.text,
  sections,
  range: (start, end) => rangeFor(map, start, end, document),
  boxes: () => {
    const first = map.segments[0];
    const last = map.segments.at(-1);
    if (!first || !last || !first.node.isConnected || !last.node.isConnected) return [];
    const range = document.createRange();
    range.setStart(first.node, 0);
    range.setEnd(last.node, last.node.data.length);
    return range.getClientRects();
  },
});

export interface PageOptions {
  /** Reads the page; null when there is nothing to check (yet). */
  read: () => PageText | null;
  /** Re-check when the page changes (off for a one-off check of a selection). */
  follow?: boolean;
  /** Skip missing-statement checks below this many words (a selection is never a whole advert). */
  minWordsForStatements?: number;
  /** The site setting that can switch this checker off; on-demand checks have none. */
  site?: Site;
}

/**
 * Text the user reads, not edits (an advert, any page checked on demand): underlined with the CSS
 * Custom Highlight API, so the page's DOM is never touched. Suggestions can be copied.
 */
export const pageAdapter =
  (options: PageOptions) =>
  (host: HostServices): Adapter => {
    let page: PageText | null = null;
    let report: Report | null = null;
    let placed: { finding: Finding; range: Range }[] = [];
    let lastText = '';

    const target = ({ finding, range }: { finding: Finding; range: Range }): Target => ({
      finding,
      anchor: () => (range.startContainer.isConnected ? range.getBoundingClientRect() : null),
      reveal: () => {
        range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        host.highlighter.flash(range);
      },
      actions: { copy: (text) => navigator.clipboard.writeText(text) },
    });

    const clear = () => {
      placed = [];
      lastText = '';
      report = null;
      host.highlighter.paint([], 'page');
      host.closeCard();
    };

    const latest = new Latest();
    /** Underlines the report's findings on the page text they were found in. */
    const place = (shown: Report, read: PageText) => {
      placed = shown.findings.flatMap((finding) => {
        const range = read.range(finding.start, finding.end);
        return range ? [{ finding, range }] : [];
      });
      if (highlightsSupported(window)) {
        host.highlighter.paint(
          placed.map((p) => ({ range: p.range, severity: p.finding.severity })),
          'page',
        );
      }
    };

    /** Reads the page; the background analyses it; the answer is drawn if the page still reads the same. */
    const run = async (force: boolean, started: number) => {
      if (options.site && !host.settings().settings.sites[options.site]) {
        latest.cancel();
        clear();
        host.changed();
        return;
      }
      const read = options.read();
      page = read;
      if (!read) {
        host.changed();
        return;
      }
      host.notice(
        'length',
        read.text.length > MAX_CHARS ? 'This page is very long: De-bias checked the first 50,000 words or so.' : null,
      );
      const text = read.text.length > MAX_CHARS ? read.text.slice(0, MAX_CHARS) : read.text;
      if (!force && text === lastText && report) {
        // Same text, new nodes (the page redrew it): the findings move to the new nodes.
        place(report, read);
        host.changed();
        return;
      }
      const answer = latest.run(() =>
        host.analyse({
          text,
          context: 'advert',
          settings: host.settings().settings,
          sections: read.sections,
          // JSON has no Infinity: null is "never" (a selection is never a whole advert).
          minWordsForStatements: options.minWordsForStatements === Number.POSITIVE_INFINITY ? null : options.minWordsForStatements,
        }),
      );
      // Visible in DevTools' Performance panel, and read by `npm run bench`: the page's own share of a
      // check (read and send, then take the reply and paint), and the wall time to the highlights.
      performance.measure('de-bias:page-read', { start: started });
      const fresh = await answer;
      // A newer check is on its way; or the background could not answer, and the page stays as it is.
      if (fresh === STALE || fresh === null) return;
      const painting = performance.now();
      host.closeCard();
      report = fresh;
      lastText = text;
      place(fresh, read);
      host.changed();
      performance.measure('de-bias:page-paint', { start: painting });
      performance.measure('de-bias:page-check', { start: started });
    };

    return {
      watch: options.follow === false ? null : { text: true, everyMs: 1000 },
      check(force) {
        void run(force, performance.now());
      },
      pageChanged() {
        this.check(false);
      },
      report: () => report,
      hit(x, y) {
        const hit = placed.find(({ range }) =>
          [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
        );
        return hit ? target(hit) : null;
      },
      target(ruleId, start) {
        const hit = placed.find((p) => p.finding.ruleId === ruleId && p.finding.start === start);
        return hit ? target(hit) : null;
      },
      layout() {},
      column() {
        if (!page) return null;
        // Without the text's own boxes, the underlined words show where it runs.
        return columnOf(page.boxes?.() ?? placed.flatMap((p) => [...p.range.getClientRects()]));
      },
      criteria: () => (page ? personSpecCriteria(page.text, page.sections ?? []) : null),
      dispose() {
        host.highlighter.paint([], 'page');
      },
    };
  };
