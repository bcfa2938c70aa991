// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '@/components/create-store';
import type { InPageState } from '@/components/InPageOverlay';
import type { Target } from '@/content/adapter';
import { Cards, GRACE_MS } from '@/content/cards';
import type { Finding } from '@/lib/engine/finding';

const finding = (start: number, text: string): Finding => ({
  ruleId: `rule-${text}`,
  category: 'age',
  severity: 'warning',
  start,
  end: start + text.length,
  text,
  message: 'Why',
  suggestions: [],
  source: { name: 'Acas', url: 'https://www.acas.org.uk/' },
});

/** A finding whose text sits at `top` in the window (rebuilt on every call, as adapters do). */
const target = (f: Finding, top = 100): Target => ({
  finding: f,
  anchor: () => new DOMRect(10, top, 50, 18),
  reveal: () => undefined,
  actions: {},
});

const young = finding(10, 'young');
const energetic = finding(20, 'energetic');

describe('Cards', () => {
  let store: ReturnType<typeof createStore<InPageState>>;
  let cards: Cards;
  const open = () => store.get().card?.finding.text ?? null;

  beforeEach(() => {
    vi.useFakeTimers();
    store = createStore<InPageState>({
      title: '',
      report: null,
      boxes: [],
      card: null,
      notice: null,
      panel: { open: false, side: 'right' },
      panelJustOpened: false,
      column: null,
      viewportWidth: 1280,
      statements: null,
    });
    cards = new Cards(store);
  });
  afterEach(() => vi.useRealTimers());

  it('opens a card on hover and keeps it while the pointer crosses to the card', () => {
    cards.pointer(target(young), false);
    expect(open()).toBe('young');
    cards.pointer(null, false); // in the gap between text and card
    vi.advanceTimersByTime(GRACE_MS - 50);
    cards.pointer(null, true); // on the card
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(open()).toBe('young');
  });

  it('closes a hover card a moment after the pointer has left its text and the card', () => {
    cards.pointer(target(young), false);
    cards.pointer(null, false);
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(open()).toBe('young');
    vi.advanceTimersByTime(1);
    expect(open()).toBeNull();
  });

  it('closes on a press elsewhere, but not on the card or its own text (which pins it)', () => {
    cards.pointer(target(young), false);
    cards.pressed(true, null);
    expect(open()).toBe('young');
    cards.pressed(false, target(young));
    cards.pointer(null, false);
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(open()).toBe('young'); // pinned: the pointer leaving no longer closes it
    cards.pressed(false, null);
    expect(open()).toBeNull();
  });

  it('moves a hover card to the next finding the pointer rests on', () => {
    cards.pointer(target(young), false);
    cards.pointer(target(energetic), false);
    expect(open()).toBe('energetic');
  });

  it('keeps a card chosen from the keyboard until Escape, whatever the pointer and the page do', () => {
    let top = 100;
    cards.show({ ...target(young), anchor: () => new DOMRect(10, top, 50, 18) }, 'keyboard', true);
    expect(store.get().card?.focus).toBe(true);
    cards.pointer(target(energetic), false);
    cards.pointer(null, false);
    cards.pressed(false, null);
    top = -500;
    cards.scrolled(null, false);
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(open()).toBe('young');
    cards.close();
    expect(open()).toBeNull();
  });

  it('closes a hover card when its text scrolls away from the pointer, and any card whose text leaves the window', () => {
    cards.pointer(target(young), false);
    cards.scrolled(null, false);
    vi.advanceTimersByTime(GRACE_MS);
    expect(open()).toBeNull();
    let top = 100;
    cards.show({ ...target(young), anchor: () => new DOMRect(10, top, 50, 18) }, 'pointer');
    cards.scrolled(null, false);
    expect(store.get().card?.rect.top).toBe(100);
    top = -40;
    cards.scrolled(null, false);
    expect(open()).toBeNull();
  });

  it('closes the card of an editor whose text changed', () => {
    const editor = document.createElement('textarea');
    cards.show({ ...target(young), editor }, 'pointer');
    cards.edited(document.createElement('textarea'));
    expect(open()).toBe('young');
    cards.edited(editor);
    expect(open()).toBeNull();
  });
});
