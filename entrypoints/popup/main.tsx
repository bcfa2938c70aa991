import { renderRoot } from '@/components/render-root';
import App from './App';

// The pages' shared look is already on the page, inlined into popup.html (see boot.ts).
renderRoot(App);
