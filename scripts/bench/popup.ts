// In Chromium, with the built extension: how soon the popup shows something, as the browser measures
// it (first contentful paint), over 10 opens. Target: 100 ms.
import { chromiumPath, extensionId, launchWithExtension, NO_CHROMIUM } from '../../tests/e2e/launch';
import { startPageServer } from '../../tests/e2e/server';

const OPENS = 10;

async function main(): Promise<void> {
  if (!chromiumPath()) {
    console.log(`Popup benchmark skipped: ${NO_CHROMIUM}`);
    return;
  }
  const { origin, server } = await startPageServer();
  const context = await launchWithExtension({ headless: true, pagesOrigin: origin, blocked: [] });
  try {
    const id = await extensionId(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 420, height: 600 });
    const paints: number[] = [];
    for (let run = 0; run < OPENS; run++) {
      await page.goto(`chrome-extension://${id}/popup.html`);
      await page.getByTestId('popup-title').waitFor();
      paints.push(
        // No named functions inside: tsx would add a helper the page does not have.
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') resolve(e.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        ),
      );
    }
    const sorted = [...paints].sort((a, b) => a - b);
    console.log('\nPopup, first contentful paint (target 100 ms or less):');
    console.log(`  median ${sorted[Math.floor(OPENS / 2)]!.toFixed(0)} ms, worst ${sorted.at(-1)!.toFixed(0)} ms (${OPENS} opens)`);
  } finally {
    await context.close();
    server.close();
  }
}

await main();
