import { type ComponentType, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders an extension page's root component into its `#root` element (styles are the page's own affair: see mount.tsx). */
export function renderRoot(App: ComponentType): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
