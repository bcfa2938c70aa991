// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { useClearOnNextAction } from '../../../components/use-clear-on-next-action';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A refusal shown after "Import", and other things the user can do. */
function Page() {
  const [error, setError] = useState<string | null>(null);
  useClearOnNextAction(error !== null, () => setError(null));
  return (
    <div>
      <button type="button" onClick={() => setError('This file is not a De-bias interview backup.')}>
        Import
      </button>
      <button type="button">Something else</button>
      <input aria-label="Job title" />
      <p>Some text</p>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<Page />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const alertText = () => container.querySelector('[role="alert"]')?.textContent ?? null;
const press = (name: string) => act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!.click());

test('the message stays while the user reads it, and clicks on what is not a control leave it', () => {
  press('Import');
  expect(alertText()).toBe('This file is not a De-bias interview backup.');
  act(() => container.querySelector('p')!.click());
  act(() => container.querySelector<HTMLElement>('[role="alert"]')!.click());
  expect(alertText()).toBe('This file is not a De-bias interview backup.');
});

test('it goes when the user presses another button', () => {
  press('Import');
  press('Something else');
  expect(alertText()).toBeNull();
});

test('it goes when the user types in a field', () => {
  press('Import');
  act(() => container.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true })));
  expect(alertText()).toBeNull();
});

test('the same action again shows it again', () => {
  press('Import');
  press('Import');
  expect(alertText()).toBe('This file is not a De-bias interview backup.');
});
