// After one visit the calculator works with the network cut: the page, a share link and the
// scenarios saved in this browser open from the service worker's cache (assets/sw.js), embedded
// on another origin too; a new release is seen at the next visit, and the old cache goes.
import { test, expect, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CalculatorPage } from '../pages/calculator';
import { useHostPage } from '../pages/host';
import { LibraryPage, ScenarioBar, quoting } from '../pages/scenarios';

const host = useHostPage();

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
  await calc.goto();
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  // The saved scenario.
  await library.open();
  await expect(library.names).toHaveText(['Værksted Nord']);
  // A share link in a tab of its own.
  const other = await context.newPage();
  await other.goto(link);
  const again = new CalculatorPage(other);
  await again.alive();
  await expect(again.coverage).toHaveText(coverage!);
  await expect(again.field('pricing.markup_rate')).toHaveValue('22');
  // An address with a query (the page is the same file).
  await other.goto('./?lang=en');
  await again.alive();
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

/** A free port on the loopback interface. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test('a new release is picked up at the next visit, and the old one\'s cache goes', async ({ page }) => {
  // A site of its own (a copy of the release under the production configuration), so this test
  // can deploy a new release without touching the other specs' server.
  const site = mkdtempSync(join(tmpdir(), 'pb-release-'));
  cpSync(`${__dirname}/../../../dist-test`, site, { recursive: true });
  // The two files a release changes are served as written (not from their precompressed copies).
  for (const f of ['index.html.br', 'index.html.gz', 'sw.js.br', 'sw.js.gz']) rmSync(join(site, f), { force: true });
  const port = await freePort();
  const server = spawn(`${__dirname}/../../../scripts/nginx-local.sh`, [site, String(port)], { stdio: 'ignore', detached: true });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await expect.poll(async () => (await fetch(url).catch(() => null))?.status ?? 0, { timeout: 10_000 }).toBe(200);
    const calc = new CalculatorPage(page);
    await page.goto(url);
    await calc.alive();
    await cached(page);
    const firstCache = await page.evaluate(async () => (await caches.keys()).join());

    // Deploy release B: a new page and a worker of a new version.
    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="release" content="B" /><title>'));
    const sw = join(site, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "[^"]*"/, 'const VERSION = "release-b"'));

    // The next visit shows release B (the page comes from the network while there is one) ...
    await page.goto(url);
    await calc.alive();
    await expect(page.locator('meta[name=release]')).toHaveAttribute('content', 'B');
    // ... the new worker takes over, and release A's cache is deleted.
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).join()), { timeout: 10_000 })
      .toBe('partnerskabsberegneren-release-b');
    expect(firstCache).not.toBe('partnerskabsberegneren-release-b');
    // Offline, release B opens from its cache.
    await page.context().setOffline(true);
    await page.reload();
    await calc.alive();
    await expect(page.locator('meta[name=release]')).toHaveAttribute('content', 'B');
    await page.context().setOffline(false);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(site, { recursive: true, force: true });
  }
});

test('embedded in a page on another origin, the calculator also opens with the network cut', async ({ page, context, baseURL }) => {
  const hostUrl = host.serve(`<!doctype html><html lang="da"><head><title>Kommunens side</title></head>
    <body><h1>Socialøkonomiske virksomheder</h1>
    <iframe id="beregner" title="Partnerskabsberegneren" src="${baseURL}?embed=1" width="800" height="900"></iframe></body></html>`);
  await page.goto(hostUrl);
  const frame = page.frameLocator('#beregner');
  await expect(frame.locator('html.pb-live')).toHaveCount(1);
  // The frame's own worker (partitioned under the host's site), in control after a reload.
  const inner = page.frames().find((f) => f.url().startsWith(baseURL!))!;
  await inner.evaluate(async () => { await navigator.serviceWorker.ready; });
  await inner.goto(`${baseURL}?embed=1`);
  await expect.poll(() => inner.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await inner.goto(`${baseURL}?embed=1&model=supplier`);
  await expect(frame.locator('html.pb-live')).toHaveCount(1);
  await expect(frame.getByTestId('coverage')).toHaveText('69,1\u00a0%');
  await context.setOffline(false);
});
