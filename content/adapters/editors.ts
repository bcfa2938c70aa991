import type { TextKind } from '@/lib/engine';
import type { Report } from '@/lib/engine/finding';
import type { Site } from '@/lib/settings/schema';
import { type Adapter, columnOf, type HostServices } from '../adapter';
import { Latest, STALE } from '../latest';
import { EditorField } from './editor-field';

/** The whole drafts are read again (for whole-text checks) this long after the last change. */
const WHOLE_TEXT_MS = 400;

export interface EditorSite {
  /** The setting that switches live checking on this site on or off. */
  site: Site;
  context: TextKind;
  /** The editable elements on the page now. */
  findEditors(doc: Document): HTMLElement[];
}

/**
 * Text the user writes (Gmail and Outlook drafts, NHS Jobs employer forms): each editor is checked
 * as it changes, and the drafts together make the report the summary and the popup show.
 */
export const editorsAdapter =
  (site: EditorSite) =>
  (host: HostServices): Adapter => {
    const fields = new Map<HTMLElement, EditorField>();
    const ignored = new Set<string>();
    /** The drafts read as one text, for the checks of the text as a whole (missing statements, gender balance). */
    let whole: { text: string; report: Report } | null = null;
    /** The drafts' text last sent to the background, answered or still on its way. */
    let asked: string | null = null;
    let wholeTimer: number | undefined;

    /** Every editor's text as one document (for an advert form, the whole advert). */
    const combined = () => {
      const parts: { field: EditorField; base: number }[] = [];
      let text = '';
      for (const field of fields.values()) {
        parts.push({ field, base: text.length });
        text += `${field.analysed}\n\n`;
      }
      return { text, parts };
    };
    const latestWhole = new Latest();
    /** Has the background check the drafts as one text (unless it has this text already), and redraws the summary when it answers. */
    const analyseWhole = async (force = false) => {
      const { text } = combined();
      if (!force && asked === text) return;
      asked = text;
      const report = await latestWhole.run(() => host.analyse({ text, context: site.context, settings: host.settings().settings }));
      if (report === STALE) return;
      if (report === null) {
        // No answer: the next change or the host's retry asks again.
        asked = null;
        return;
      }
      whole = { text, report };
      host.changed();
    };
    const changed = () => {
      if (wholeTimer === undefined) {
        wholeTimer = host.ctx.setTimeout(() => {
          wholeTimer = undefined;
          void analyseWhole();
        }, WHOLE_TEXT_MS);
      }
      host.changed();
    };
    const shared = { host, context: site.context, ignored, changed };

    const resizeObserver = new ResizeObserver(() => {
      for (const f of fields.values()) f.paint();
    });

    /** Picks up editors that came or went; `force` has the drafts as a whole checked again even if unchanged. */
    const scan = (force = false) => {
      const found = new Set(host.settings().settings.sites[site.site] ? site.findEditors(document) : []);
      const firstChecks: Promise<void>[] = [];
      for (const el of found) {
        if (fields.has(el)) continue;
        const field = new EditorField(el, shared);
        fields.set(el, field);
        resizeObserver.observe(el);
        firstChecks.push(field.check());
      }
      for (const [el, f] of fields) {
        if (!found.has(el) || !el.isConnected) {
          f.dispose();
          resizeObserver.unobserve(el);
          fields.delete(el);
        }
      }
      // The drafts as a whole once the new editors' own checks are in, so the summary has their text.
      void Promise.all(firstChecks).then(() => analyseWhole(force));
      host.changed();
    };

    const partAt = (start: number) => combined().parts.findLast((p) => p.base <= start);

    return {
      watch: { text: false, everyMs: 400 },
      check(force) {
        if (force) for (const f of fields.values()) f.recheckAll();
        scan(force);
      },
      pageChanged: () => scan(),
      report() {
        // Until the background has answered for the drafts as a whole, there is no summary yet.
        if (fields.size === 0 || !whole) return null;
        const { parts } = combined();
        // The editors' own findings, so the summary lists exactly what is underlined.
        const findings = parts.flatMap(({ field, base }) => field.findings.map((f) => ({ ...f, start: f.start + base, end: f.end + base })));
        return { ...whole.report, findings };
      },
      hit(x, y) {
        for (const f of fields.values()) {
          const r = f.el.getBoundingClientRect();
          if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
          const hit = f.hit(x, y);
          if (hit) return hit;
        }
        return null;
      },
      target(ruleId, start) {
        const part = partAt(start);
        const f = part?.field.findings.find((x) => x.ruleId === ruleId && x.start === start - part.base);
        return part && f ? part.field.target(f) : null;
      },
      layout() {
        for (const f of fields.values()) f.paint();
      },
      column: () => columnOf([...fields.keys()].map((el) => el.getBoundingClientRect())),
      criteria: () => null,
      async insertStatement(text) {
        // The draft the writer was last in; else the one with the most text (the advert's body).
        const prose = [...fields.values()].filter((f) => f.multiline);
        const field = prose.reduce<EditorField | undefined>(
          (best, f) => (!best || f.lastUsed > best.lastUsed || (f.lastUsed === best.lastUsed && f.analysed.length > best.analysed.length) ? f : best),
          undefined,
        );
        if (!(await field?.insertStatement(text))) return false;
        // The whole draft is checked again now, so the missing-statement finding goes at once.
        await analyseWhole();
        return true;
      },
      dispose() {
        resizeObserver.disconnect();
        for (const f of fields.values()) f.dispose();
        fields.clear();
      },
    };
  };
