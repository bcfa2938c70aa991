// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { AnonymisedText, MAX_HIGHLIGHTS } from '../../../components/anonymise/AnonymisedText';
import { selectionOffsets } from '../../../components/anonymise/selection-offsets';
import { anonymise } from '../../../lib/anonymise';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const cv = 'Jane Doe\njane.doe@example.com\n<img src=x onerror=alert(1)> Practice nurse at Riverside Surgery.';

test('renders exactly the anonymised text, a <mark> per redaction, and markup in the CV as text', () => {
  const doc = anonymise(cv);
  act(() => root.render(<AnonymisedText doc={doc} label="Anonymised text" />));
  const region = container.querySelector('section')!;
  expect(region.textContent).toBe(doc.text);
  expect([...region.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(doc.redactions.map((r) => doc.text.slice(r.start, r.end)));
  expect(region.querySelector('img')).toBeNull();
  expect(region.textContent).toContain('<img src=x onerror=alert(1)>');
});

test('with onPick, each placeholder is a button that picks its redaction', () => {
  const doc = anonymise(cv);
  const picked: number[] = [];
  act(() => root.render(<AnonymisedText doc={doc} label="Anonymised text" onPick={(i) => picked.push(i)} />));
  const buttons = [...container.querySelectorAll('mark button')] as HTMLButtonElement[];
  expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['[CANDIDATE]: removed name', '[EMAIL]: removed email address']);
  act(() => buttons[1]!.click());
  expect(picked).toEqual([1]);
  expect(container.querySelector('section')!.textContent).toBe(doc.text);
});

test('selectionOffsets maps a selection in the rendered text back to offsets in the document text', () => {
  const doc = anonymise(cv);
  act(() => root.render(<AnonymisedText doc={doc} label="Anonymised text" onPick={() => undefined} />));
  const region = container.querySelector('section')!;
  const last = [...region.childNodes].at(-1)!;
  const wanted = 'Riverside Surgery';
  const at = last.textContent!.indexOf(wanted);
  const range = document.createRange();
  range.setStart(last, at);
  range.setEnd(last, at + wanted.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const offsets = selectionOffsets(region, selection);
  expect(offsets).not.toBeNull();
  expect(doc.text.slice(offsets!.start, offsets!.end)).toBe(wanted);
  selection.removeAllRanges();
  expect(selectionOffsets(region, selection)).toBeNull();
});

test('a document with more removals than can be highlighted keeps its whole text, highlights the first ones and says so', () => {
  const doc = anonymise(Array.from({ length: MAX_HIGHLIGHTS + 500 }, (_, i) => `Contact me on ann${i}@example.com today.`).join('\n'));
  expect(doc.redactions.length).toBeGreaterThan(MAX_HIGHLIGHTS);
  act(() => root.render(<AnonymisedText doc={doc} label="Anonymised text" onPick={() => undefined} />));
  const region = container.querySelector('section')!;
  expect(region.textContent).toBe(doc.text);
  expect(region.querySelectorAll('mark')).toHaveLength(MAX_HIGHLIGHTS);
  expect(container.querySelector('[role="note"]')!.textContent).toBe(
    `This document has ${doc.redactions.length.toLocaleString('en-GB')} removals. The first 2,000 are highlighted; the rest of the text is anonymised in the same way but not highlighted, so that the page stays quick to use.`,
  );
});

test('a document within the limit has no note', () => {
  act(() => root.render(<AnonymisedText doc={anonymise(cv)} label="Anonymised text" />));
  expect(container.querySelector('[role="note"]')).toBeNull();
});
