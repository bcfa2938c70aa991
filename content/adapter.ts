import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FindingActions } from '@/components/FindingCard';
import type { InPageState } from '@/components/InPageOverlay';
import type { Column } from '@/components/pill-placement';
import type { Finding, Report } from '@/lib/engine/finding';
import type { Highlighter } from '@/lib/page/highlights';
import type { AdvertCriteria } from '@/lib/page/person-spec-criteria';
import type { CardMode } from './cards';
import type { AnalyseRequest, LoadedSettings, ParagraphsRequest } from './extension';

/** A finding where it sits on the page, with what its card can do. */
export interface Target {
  /** In the report's offsets (for editors, the drafts read as one text). */
  finding: Finding;
  /** Where its text is now, in viewport coordinates; null when it has gone. */
  anchor(): DOMRect | null;
  /** Brings its text into view and marks it (chosen in the panel or the popup). */
  reveal(): void;
  actions: Omit<FindingActions, 'close'>;
  /** The editor it is in: its card closes when that editor's text changes. */
  editor?: HTMLElement;
}

/** What the host gives an adapter. */
export interface HostServices {
  ctx: ContentScriptContext;
  settings(): LoadedSettings;
  /**
   * Has the background analyse a text (the engine runs there, off the page). Null when it could not
   * answer: the host has told the user, and asks the adapter to check again (`check(true)`) later.
   */
  analyse(request: AnalyseRequest): Promise<Report | null>;
  /** The same for an editor's text, paragraph by paragraph (unchanged paragraphs are remembered there). */
  paragraphFindings(request: ParagraphsRequest): Promise<Finding[] | null>;
  highlighter: Highlighter;
  /** Our own layer beside the UI, for measuring form fields. */
  layer: HTMLElement;
  /** The findings or the report changed: the host redraws the summary and the count. */
  changed(): void;
  /** Replaces the underline boxes `owner` drew over form fields. */
  setBoxes(owner: string, boxes: InPageState['boxes']): void;
  openCard(target: Target, mode: CardMode): void;
  closeCard(): void;
  /** The card's text changed under it (the user typed): a card in that editor closes. */
  edited(editor: HTMLElement): void;
  /** Adds the finding's words to the user's allowlist ("Ignore everywhere"). */
  ignoreEverywhere(finding: Finding): void;
  /** A note for the user, by topic; null clears it. */
  notice(topic: string, text: string | null): void;
}

/**
 * One way of reading a page: the page adapter for text the user reads, the editors adapter for
 * text the user writes. The host owns everything else (UI, hover, cards, messages, observer).
 */
export interface Adapter {
  /** How the host should watch the page: for text changes too, and at most how often; null: not at all. */
  readonly watch: { text: boolean; everyMs: number } | null;
  /** Reads and asks for a check; the findings are drawn when the answer comes. `force` after the settings changed. */
  check(force: boolean): void;
  /** The page changed under the script (throttled by the host). */
  pageChanged(): void;
  /** The report the summary, the badge and the popup show; null with nothing to check. */
  report(): Report | null;
  /** The finding whose text is under the pointer. */
  hit(x: number, y: number): Target | null;
  /** A finding of the report, by its rule and offset. */
  target(ruleId: string, start: number): Target | null;
  /** Redraws what is measured (after a scroll or resize). */
  layout(): void;
  /** Where the checked text runs across the window, kept clear of the summary pill. */
  column(): Column | null;
  /** The advert's person-specification criteria, for the interview tool. */
  criteria(): AdvertCriteria | null;
  /**
   * Adds a model statement to the draft through the editor's own input path (one Ctrl+Z removes
   * it). Only adapters for text the user writes have it; elsewhere statements are copied.
   */
  insertStatement?(text: string): Promise<boolean>;
  dispose(): void;
}

export type AdapterFactory = (services: HostServices) => Adapter;

/** Two targets are the same finding when rule, place and editor agree (findings are rebuilt on every check). */
export const sameTarget = (a: Target, b: Target): boolean =>
  a.finding.ruleId === b.finding.ruleId && a.finding.start === b.finding.start && a.finding.end === b.finding.end && a.editor === b.editor;

/** The horizontal extent of some boxes, skipping empty ones (hidden copies). */
export function columnOf(rects: Iterable<{ left: number; right: number; width: number; height: number }>): Column | null {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const r of rects) {
    if (r.width === 0 && r.height === 0) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  return left < right ? { left, right } : null;
}
