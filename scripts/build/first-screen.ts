import type { Plugin } from 'vite';

/**
 * For a page whose HTML is its first screen and whose script loads the rest once that screen is
 * painted (the popup: see entrypoints/popup/boot.ts), its stylesheets are inlined, so the first
 * paint waits for no other file.
 *
 * The code the script loads later is not hinted in the HTML (modulepreload): Chromium shows a
 * toolbar popup only after its load event, which waits for every file the HTML asks for, so hints
 * made the popup appear later (scripts/bench/popup.ts); boot.ts fetches that code itself.
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
