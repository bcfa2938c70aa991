import { defineConfig } from 'wxt';
import { firstScreenFromHtml } from './scripts/build/first-screen';

// The manifest `key` pins the Chrome extension id (fphkgmdgbgmmjjijocbkghmdefcmlofk) so that
// enterprise policy files and end-to-end tests can name it. Generated for this project; the
// matching private key is not needed for unpacked or policy-installed builds.
const CHROME_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxBioSiZ+OSa07lQqN2I3vGII9Xw022SRO+F0TfGLFQrAAc1u5avkpiorp3gg/2fVTEoKLMiav3IRL/qOlK+Y//Mzf4LLUogAosO1olRyvpYu39RiLsoW0lYlRGNcuPjQZEDb7Dgg8cBZYzCm2nJasr4OeR3dQSv7eX/0/CzN+RY9ix9c97jsOyukTLVN+w+ufa50ayGCfHuJ8uECCF+Ob9wNdVLCtu5SPzFhNjiq9nsszvTV2jUoQ4VbVTvrXKFDFNxwNonx7vGommQmzCIZnHUVupmp7hb4AB4Hc4brjnaKtA65Qo5Q1PkU9r9dNtW4i4hANdc4gLlZHFJkEm+tXQIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // A separate output folder lets two builds (and their end-to-end runs) share a checkout.
  outDir: process.env.DEBIAS_OUT_DIR ?? '.output',
  // The sources zip (for add-on store review) holds the project, not test and demo output.
  zip: { excludeSources: ['test-results*/**', 'demo-output/**', '.output-*/**', 'playwright-report/**', 'tests/pages/nhs-jobs/employer-react.js', 'dist/**'] },
  vite: () => ({
    // The popup paints its first screen from its HTML alone (see entrypoints/popup/boot.ts).
    plugins: [firstScreenFromHtml('entrypoints/popup/index.html')],
    // Chrome and Firefox (142+) preload modules themselves; the polyfill would be one more file
    // each extension page loads before its first paint.
    build: { modulePreload: { polyfill: false } },
    // The anonymiser's worker is a module worker that loads mammoth and pdfjs only when a .docx or a
    // PDF arrives: that needs ES module output (the default, iife, cannot split).
    worker: { format: 'es' as const },
  }),
  manifest: ({ browser }) => ({
    name: 'De-bias: fair recruitment, NHS primary care',
    short_name: 'De-bias',
    description:
      'Checks job adverts and emails for biased wording, anonymises CVs for shortlisting and guides fair structured interviews. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    // End-to-end test build only (DEBIAS_E2E_SCRIPTING=1): a real user's click on the toolbar button
    // or context menu grants activeTab for the on-demand check, which Playwright cannot do. Never shipped.
    ...(process.env.DEBIAS_E2E_SCRIPTING === '1' ? { host_permissions: ['https://www.jobs.nhs.uk/employer/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'de-bias@nhs-primary-care.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROME_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
