// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BatchProgress, type Progress } from '../../../components/anonymise/BatchProgress';

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

function show(progress: Progress | null, failed = 0, onCancel = () => undefined) {
  act(() => root.render(<BatchProgress progress={progress} failed={failed} onCancel={onCancel} />));
  const bar = container.querySelector('progress');
  return {
    status: container.querySelector('[role="status"]')!.textContent,
    bar: bar && { value: bar.getAttribute('value'), max: bar.getAttribute('max'), label: bar.getAttribute('aria-label') },
    cancel: container.querySelector('button'),
  };
}

test('names the document being read, then the one being anonymised, with a bar for each stage and Cancel first', () => {
  const onCancel = vi.fn();
  const reading = show({ stage: 'reading', done: 2, total: 30, name: 'cv-smith.docx', anonymised: 0 }, 0, onCancel);
  expect(reading.status).toBe('Reading 3 of 30: cv-smith.docx');
  expect(reading.bar).toEqual({ value: '2', max: '30', label: 'Files read' });
  expect(container.querySelector('.row')!.firstElementChild).toBe(reading.cancel);
  act(() => reading.cancel!.click());
  expect(onCancel).toHaveBeenCalledOnce();

  const anonymising = show({ stage: 'anonymising', done: 11, total: 28, name: 'cv-smith.docx', anonymised: 0 });
  expect(anonymising.status).toBe('Anonymising 12 of 28: cv-smith.docx');
  expect(anonymising.bar).toEqual({ value: '11', max: '28', label: 'CVs anonymised' });
});

test('once the batch is being saved, it is too late to cancel', () => {
  const saving = show({ stage: 'saving', done: 28, total: 28, name: '', anonymised: 0 });
  expect(saving).toEqual({ status: 'Saving 28 anonymised CVs…', bar: { value: '28', max: '28', label: 'CVs anonymised' }, cancel: null });
});

test('says how the batch ended, with no Cancel', () => {
  const finished = show({ stage: 'finished', done: 28, total: 30, name: '', anonymised: 28 }, 2);
  expect(finished.status).toBe('Finished: read 28 of 30. 28 anonymised; 2 files could not be read (see below).');
  expect(finished.cancel).toBeNull();
  expect(finished.bar).toEqual({ value: '30', max: '30', label: 'Files read' });
  const cancelled = show({ stage: 'cancelled', done: 0, total: 30, name: '', anonymised: 0 });
  expect(cancelled).toEqual({ status: 'Cancelled: nothing was anonymised or saved.', bar: null, cancel: null });
  expect(show(null).status).toBe('');
});
