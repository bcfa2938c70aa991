// The popup's first screen is the HTML in index.html, styled by this stylesheet (inlined into the
// page at build: scripts/build/first-screen.ts). React and the Check tab take it over once it has
// been painted.
//
// Chromium shows a toolbar popup only when its page has loaded (the load event), and keeps it
// hidden until then. So in a hidden page React's code is fetched only once the shown popup's first
// frame is painted (fetched earlier, its running held that frame back: 132 ms against 116 ms to the
// first paint, quiet machine); in a visible page (popup.html in a tab), which paints before its load
// event, at once. Either way React renders only after the first visible frame is painted.
// scripts/bench/popup.ts measures both, opening the real toolbar popup.
import '@/components/base.css';

const hidden = () => document.visibilityState === 'hidden';
/** How long a hidden popup waits to be shown before React renders anyway. */
const HIDDEN_FALLBACK_MS = 1000;


function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A frame's callbacks run before it is painted; a task queued from one runs after.
    const paint = () => requestAnimationFrame(() => setTimeout(resolve));
    if (!hidden()) return paint();
    const shown = () => {
      if (hidden()) return;
      document.removeEventListener('visibilitychange', shown);
      paint();
    };
    document.addEventListener('visibilitychange', shown);
    // A browser that never reports its popup as shown (Firefox's is not measured) still gets the app.
    setTimeout(resolve, HIDDEN_FALLBACK_MS);
  });
}

// A visible page (a tab) paints before its load event, so React's code is fetched at once, beside the
// paint. A hidden popup is shown after its load event: there React's code is fetched only once the
// first frame is painted, so that running it never holds that frame back.
const early = hidden() ? null : import('./main');
void afterFirstPaint()
  .then(() => early ?? import('./main'))
  .then((app) => app.render());
