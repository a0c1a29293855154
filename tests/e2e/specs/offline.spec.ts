// After one visit the calculator works with the network cut: the page, a share link and the
// scenarios saved in this browser open from the service worker's cache (assets/sw.js).
import { test, expect, type Page } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { LibraryPage, ScenarioBar, quoting } from '../pages/scenarios';

/** Waits until the service worker of this release is active and controls the page. */
async function cached(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit's page was loaded before the worker: a reload puts it in control.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('with the network cut, a reload, a share link and the saved scenarios still open', async ({ page, context }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  const library = new LibraryPage(page);
  await calc.goto();
  await cached(page);
  await bar.rename('Værksted Nord');
  await calc.fill('pricing.markup_rate', '22');
  const coverage = await calc.coverage.textContent();
  await bar.save.click();
  await expect(bar.notice).toContainText(quoting`${'Værksted Nord'} er gemt i denne browser.`);
  const link = await bar.copiedLink();

  await context.setOffline(true);
  // A new visit: the calculator with its default scenario.
  await page.goto('./');
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  // The saved scenario.
  await library.open();
  await expect(library.names).toHaveText(['Værksted Nord']);
  // A share link in a tab of its own.
  const other = await context.newPage();
  await other.goto(link);
  const again = new CalculatorPage(other);
  await expect(again.coverage).toHaveText(coverage!);
  await expect(again.field('pricing.markup_rate')).toHaveValue('22');
  // An address with a query (the page is the same file).
  await other.goto('./?lang=en');
  await expect(again.coverage).toHaveText('103.9%');
  await context.setOffline(false);
});

test('the worker caches this release\'s own files, once', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await cached(page);
  const files: string[] = await page.evaluate(async () => {
    const keys = await caches.keys();
    const mine = keys.filter((k) => k.startsWith('partnerskabsberegneren-'));
    if (mine.length !== 1) return [`${mine.length} caches`];
    const cache = await caches.open(mine[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname.replace(/^.*\//, ''));
  });
  expect(files).toContain('index.html');
  expect(files.some((f) => /_bg\.wasm$/.test(f))).toBe(true);
  expect(files.some((f) => /\.(br|gz)$/.test(f) || f === 'sw.js')).toBe(false);
  // One cache: this release's (an earlier release's is deleted when this one activates).
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(1);
});
