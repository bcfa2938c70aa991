import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createStore } from '@/components/create-store';
// Inlined so the UI needs no web-accessible file that pages could use to detect the extension.
import css from '@/components/in-page.css?inline';
import { InPageOverlay, type InPageState } from '@/components/InPageOverlay';
import type { StatementOffers } from '@/components/StatementOffer';
import type { Finding } from '@/lib/engine/finding';
import { Highlighter } from '@/lib/page/highlights';
import { tally } from '@/lib/page/tally';
import type { Personalisation } from '@/lib/statements/personalisation';
import { STATEMENT_IDS, type StatementId } from '@/lib/statements/ids';
import { renderStatement } from '@/lib/statements/render';
import type { AdapterFactory, HostServices, Target } from './adapter';
import { Cards } from './cards';
import { PillRoom } from './pill-room';
import {
  addToAllowlist,
  answerTabMessages,
  DEFAULT_PANEL_STATE,
  loadPanelState,
  loadPersonalisation,
  loadSettings,
  requestAnalysis,
  requestParagraphFindings,
  savePanelState,
  showCount,
  watchPanelState,
  watchPersonalisation,
  watchSettings,
} from './extension';
import { UI_TAG } from './ui-tag';

/** After the background failed to answer, the next try. */
const RETRY_MS = 5000;
const NOTICES = {
  failed: 'De-bias could not check this text just now. It will try again in a moment.',
  // The extension was reloaded or updated: this page's script can no longer reach it.
  gone: 'De-bias was updated or restarted. Reload the page to check it again.',
};

export interface HostOptions {
  /** The summary's heading, e.g. "This advert". */
  title: string;
  /** The UI element's tag; on-demand checks use their own so they never replace a site's checker. */
  tag?: string;
}

/**
 * The one content host: it owns De-bias's shadow-root UI, the highlighter, the page observer,
 * the tab's messages, hover and cards, the summary and the badge count, and cleans all of it up
 * when the extension goes away. An adapter reads the page (or its editors) and says where each
 * finding is; the host does the rest. Returns the adapter, for callers that act on the page
 * through it (inserting a statement into a draft, say).
 */
export async function mountHost<A extends ReturnType<AdapterFactory>>(
  ctx: ContentScriptContext,
  create: (services: HostServices) => A,
  options: HostOptions,
): Promise<A> {
  const store = createStore<InPageState>({
    title: options.title,
    report: null,
    boxes: [],
    card: null,
    notice: null,
    panel: DEFAULT_PANEL_STATE,
    panelJustOpened: false,
    column: null,
    viewportWidth: window.innerWidth,
    statements: null,
  });
  const cards = new Cards(store);
  // The highlight rules' fallback home is our own UI host, so the page gains no other element.
  const highlighter = new Highlighter(document, () => ui.shadowHost);
  let loaded = await loadSettings();
  const notices = new Map<string, string>();
  const setNotice = (topic: string, text: string | null) => {
    if (text) notices.set(topic, text);
    else notices.delete(topic);
    store.set({ notice: notices.size > 0 ? [...notices.values()].join(' ') : null });
  };
  setNotice('settings', loaded.problem);

  // Model statements: written once per change of the practice's details, added to a draft through
  // the adapter (one Ctrl+Z removes it) or, on text the user cannot edit, copied.
  const offerStatements = (p: Personalisation) => {
    const texts: StatementOffers['texts'] = {};
    for (const id of STATEMENT_IDS) {
      const rendered = renderStatement(id, p);
      if (rendered.text) texts[id] = { title: rendered.title, text: rendered.text };
    }
    store.set({ statements: { verb: adapter.insertStatement ? 'add' : 'copy', texts } });
  };
  const putStatement = async (id: StatementId): Promise<boolean> => {
    const text = store.get().statements?.texts[id]?.text;
    if (!text) return false;
    if (adapter.insertStatement) return adapter.insertStatement(text);
    await navigator.clipboard.writeText(text);
    return true;
  };

  const select = (finding: Finding, mode: 'keyboard' | 'pointer') => {
    const target = adapter.target(finding.ruleId, finding.start);
    if (!target) return;
    target.reveal();
    cards.show(target, mode, true);
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
        <InPageOverlay
          store={store}
          actions={{
            select,
            statement: putStatement,
            closeCard: () => cards.close(),
            setPanel: (panel) => {
              store.set({ panel, panelJustOpened: panel.open });
              savePanelState(panel);
            },
          }}
        />,
      );
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  // Mirrors for measuring form fields live beside React's container, which React owns.
  const layer = document.createElement('div');
  ui.uiContainer.after(layer);

  const isOwn = (node: Node) => ui.shadowHost.contains(node);
  const cardElement = () => ui.shadow.querySelector<HTMLElement>('[data-testid="finding-card"]');
  const onCard = (x: number, y: number) => {
    const r = cardElement()?.getBoundingClientRect();
    return r !== undefined && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  };

  // Where the text runs is measured in the next frame, off the path to the highlights.
  const pillRoom = new PillRoom(document.documentElement);
  let columnFrame = 0;
  const measureColumn = () => {
    if (columnFrame) return;
    columnFrame = requestAnimationFrame(() => {
      columnFrame = 0;
      let column = adapter.column();
      if (pillRoom.update(column, window.innerWidth)) column = adapter.column();
      store.set({ column, viewportWidth: window.innerWidth });
    });
  };
  let counted = '';
  // The engine runs in the background; when it cannot answer, the page and the draft stay as they
  // are, the user is told, and the adapter checks again a little later.
  let retrying = false;
  const fromBackground = async <T,>(ask: () => Promise<T>): Promise<T | null> => {
    try {
      const answer = await ask();
      setNotice('background', null);
      return answer;
    } catch {
      if (!ctx.isValid) {
        setNotice('background', NOTICES.gone);
        return null;
      }
      setNotice('background', NOTICES.failed);
      if (!retrying) {
        retrying = true;
        ctx.setTimeout(() => {
          retrying = false;
          adapter.check(true);
        }, RETRY_MS);
      }
      return null;
    }
  };
  const services: HostServices = {
    ctx,
    settings: () => loaded,
    analyse: (request) => fromBackground(() => requestAnalysis(request)),
    paragraphFindings: (request) => fromBackground(() => requestParagraphFindings(request)),
    highlighter,
    layer,
    changed: () => {
      const report = adapter.report();
      const count = report ? tally(report) : null;
      store.set({ report });
      measureColumn();
      // The badge hears only when the number changes.
      const key = JSON.stringify(count);
      if (key !== counted) {
        counted = key;
        showCount(count);
      }
    },
    setBoxes: (owner, boxes) => {
      const others = store.get().boxes.filter((b) => !b.key.startsWith(`${owner}:`));
      store.set({ boxes: [...others, ...boxes] });
    },
    openCard: (target, mode) => cards.show(target, mode),
    closeCard: () => cards.close(),
    edited: (editor) => cards.edited(editor),
    ignoreEverywhere: (finding) => {
      cards.close();
      void addToAllowlist(finding.text);
    },
    notice: setNotice,
  };
  const adapter = create(services);

  // Hover: highlights take no pointer events, so the adapter finds the finding under the pointer.
  let pointer: { x: number; y: number } | null = null;
  let pointerFrame = 0;
  ctx.addEventListener(document, 'mousemove', (event) => {
    const { clientX: x, clientY: y } = event as MouseEvent;
    pointer = { x, y };
    if (pointerFrame) return;
    pointerFrame = requestAnimationFrame(() => {
      pointerFrame = 0;
      if (pointer) cards.pointer(adapter.hit(pointer.x, pointer.y), onCard(pointer.x, pointer.y));
    });
  });
  ctx.addEventListener(document.documentElement, 'mouseleave', () => {
    pointer = null;
    cards.pointer(null, false);
  });
  ctx.addEventListener(
    document,
    'pointerdown',
    (event) => {
      const e = event as PointerEvent;
      const card = cardElement();
      cards.pressed(card !== null && e.composedPath().includes(card), adapter.hit(e.clientX, e.clientY));
    },
    { capture: true },
  );
  // Escape in the page closes the card (inside the card, the card handles it).
  ctx.addEventListener(document, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') cards.close();
  });

  // Scroll and resize: redraw what is measured, move the card with its text, keep the pill clear.
  let layoutFrame = 0;
  const relayout = (resized: boolean) => {
    if (layoutFrame) return;
    layoutFrame = requestAnimationFrame(() => {
      layoutFrame = 0;
      adapter.layout();
      const hit = pointer ? adapter.hit(pointer.x, pointer.y) : null;
      cards.scrolled(hit, pointer !== null && onCard(pointer.x, pointer.y));
      if (resized) measureColumn();
    });
  };
  ctx.addEventListener(window, 'scroll', () => relayout(false), { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => relayout(true));

  // Pages that change under the script, ignoring our own UI.
  let observer: MutationObserver | null = null;
  const watch = adapter.watch;
  if (watch) {
    let timer: number | undefined;
    observer = new MutationObserver((mutations) => {
      if (timer !== undefined || mutations.every((m) => isOwn(m.target))) return;
      timer = ctx.setTimeout(() => {
        timer = undefined;
        adapter.pageChanged();
      }, watch.everyMs);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: watch.text });
  }

  const unwatchSettings = watchSettings(async () => {
    loaded = await loadSettings();
    setNotice('settings', loaded.problem);
    adapter.check(true);
  });
  const unwatchPanel = watchPanelState((panel) => store.set({ panel, panelJustOpened: false }));
  void loadPanelState().then((panel) => store.set({ panel }));
  const unwatchPersonalisation = watchPersonalisation(offerStatements);
  void loadPersonalisation().then(offerStatements);

  const stopAnswering = answerTabMessages({
    report: () => adapter.report(),
    showFinding: (ruleId, start) => {
      const target: Target | null = adapter.target(ruleId, start);
      if (!target) return;
      target.reveal();
      cards.show(target, 'keyboard', true);
    },
    criteria: () => adapter.criteria(),
  });

  ctx.onInvalidated(() => {
    observer?.disconnect();
    unwatchSettings();
    unwatchPanel();
    unwatchPersonalisation();
    stopAnswering();
    cards.close();
    adapter.dispose();
    highlighter.dispose();
    pillRoom.release();
  });
  adapter.check(true);
  return adapter;
}
