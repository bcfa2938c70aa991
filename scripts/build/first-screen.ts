import type { Plugin } from 'vite';

/**
 * For a page whose HTML is its first screen and whose script loads the rest once that has been
 * painted (the popup: see entrypoints/popup/boot.ts): its stylesheets are inlined, so the first paint
 * waits for no other file. (Each file an extension page asks for costs its main thread time before
 * the first paint, measured in a Chromium trace: hence no modulepreload hints for the later code
 * either; boot.ts asks for it all at once after the paint.)
 */
export function firstScreenFromHtml(htmlPath: string): Plugin {
  return {
    name: 'de-bias:first-screen-from-html',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, bundle }) {
        if (!bundle || !path.endsWith(htmlPath)) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+)">/g, (link, file: string) => {
          const asset = bundle[file];
          return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : link;
        });
      },
    },
  };
}
