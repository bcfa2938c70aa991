import { renderRoot } from '@/components/render-root';
import App from './App';

/** React takes over the first screen (boot.ts says when). The pages' shared look is already on the page, inlined into popup.html. */
export const render = () => renderRoot(App);
