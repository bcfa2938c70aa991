// The popup's first screen is the HTML in index.html, styled by this stylesheet (inlined into the
// page at build, see wxt.config.ts). React and the Check tab are asked for in the first frame's
// callback: the requests go out as that frame is painted, and the code runs after it, so it never
// holds back the first paint. React then takes the screen over.
import '@/components/base.css';

const start = () => void import('./main');

// A hidden page gets no animation frames (a popup is never hidden, a background tab may be).
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(start);
