import './base.css';

/** Renders an extension page's root component into its `#root` element, with the pages' shared look. */
export { renderRoot as mount } from './render-root';
