import { type ComponentType, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './base.css';

/** Renders an extension page's root component into its `#root` element. */
export function mount(App: ComponentType): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
