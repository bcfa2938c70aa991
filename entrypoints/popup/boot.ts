// The popup's first screen is the HTML in index.html, styled by this stylesheet (inlined into the
// page at build, with the code below fetched while the page is parsed: scripts/build/first-screen.ts).
// React and the Check tab are imported from the first frame's callback, so they run after that
// frame is painted and never hold it back. React then takes the screen over.
import '@/components/base.css';

const start = () => void import('./main');

// A hidden page gets no animation frames (a popup is never hidden, a background tab may be).
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(start);
