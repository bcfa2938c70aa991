// The popup's first screen is the HTML in index.html, styled by this stylesheet (inlined into the
// page at build, see wxt.config.ts). React and the Check tab load once that screen has been
// painted, so their code never holds back the first paint, and then take the screen over.
import '@/components/base.css';

const start = () => void import('./main');

// A hidden page gets no animation frames (a popup is never hidden, a background tab may be).
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start));
