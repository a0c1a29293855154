// Results at first paint: the page is rendered at build time (src/bin/prerender.rs) and shows
// the complete calculator before any script runs; the app then replaces it without a visible
// change, keeping what the user did meanwhile. An address that asks for other figures never
// shows the rendered ones, and a page that does not match is replaced, never left dead.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { FirstPaint, renderedPages } from '../pages/first-paint';
import { ScenarioBar } from '../pages/scenarios';

// The offline cache's worker would answer later loads itself, past the routes that hold the app
// back and serve the rendered pages.
test.use({ serviceWorkers: 'block' });

function collectErrors(page: import('@playwright/test').Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('without JavaScript the page shows the default example and says what it is', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const calc = new CalculatorPage(page);
  await page.goto('./');
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  await expect(page.locator('#preset-joint')).toBeChecked();
  await expect(page.locator('#years-table')).toBeVisible();
  await expect(page.locator('noscript')).toHaveCount(1);
  const note = await page.locator('noscript').innerHTML();
  expect(note).toContain('Siden viser et eksempel: modellen »Fælles socialt ansvar« med standardværdierne.');
  expect(note).toContain('Slå JavaScript til i browseren for at regne med jeres egne tal');
  // Neither the loading note nor the failure note shows.
  await expect(page.locator('.page-note--loading')).toBeHidden();
  await expect(page.locator('.page-note--failed')).toBeHidden();
  await context.close();
});

test('every model, rendered at build time in both languages, comes alive with no visible change and no console error', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = renderedPages();
  expect(pages.length).toBe(10);
  const errors = collectErrors(page);
  const first = new FirstPaint(page);
  for (const { lang, model, file } of pages) {
    await page.unrouteAll();
    await first.servePage(first.renderedFile(file));
    await first.holdApp();
    await page.goto(`./?lang=${lang}&model=${model}`);
    // The query asks for this start, so the rendered page waits hidden; shown, it is what the build made.
    await expect(first.loadingNote).toBeVisible();
    await first.unhide();
    const rendered = await first.look();
    first.letAppLoad();
    await first.waitUntilLive();
    // Settled: anything an effect would change after the first render has happened.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const live = await first.look();
    expect(live.text, `${lang}-${model}: text`).toBe(rendered.text);
    expect(live.values, `${lang}-${model}: fields`).toEqual(rendered.values);
    expect(live.pixels.equals(rendered.pixels), `${lang}-${model}: pixels`).toBe(true);
    await expect(page.locator('#app-root')).toHaveAttribute('lang', lang);
  }
  expect(errors).toEqual([]);
});

test('what is typed, the focus and the scroll position before the app is ready are kept', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const first = new FirstPaint(page);
  const errors = collectErrors(page);
  await first.holdApp();
  await page.goto('./');
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  expect(await first.isLive()).toBe(false);
  const markup = calc.field('pricing.markup_rate');
  await markup.fill('20');
  await new ScenarioBar(page).name.fill('Værksted Nord');
  await markup.focus();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  first.letAppLoad();
  await first.waitUntilLive();
  await expect(markup).toHaveValue('20');
  await expect(markup).toBeFocused();
  await expect(new ScenarioBar(page).name).toHaveValue('Værksted Nord');
  // The typed overhead counts: the results are its, not the example's.
  await expect(calc.coverage).not.toHaveText('103,9\u00a0%');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  expect(errors).toEqual([]);
});

test('an address that asks for other figures never shows the rendered default ones', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const first = new FirstPaint(page);
  for (const [query, coverage] of [
    ['?model=supplier', '69,1\u00a0%'],
    ['?lang=en', '103.9%'],
    ['?embed=1', '103,9\u00a0%'],
  ]) {
    await page.unrouteAll();
    await first.holdApp();
    await page.goto(`./${query}`);
    await expect(first.loadingNote).toBeVisible();
    await expect(calc.coverage).toBeHidden();
    first.letAppLoad();
    await first.waitUntilLive();
    await expect(first.loadingNote).toBeHidden();
    await expect(calc.coverage).toHaveText(coverage);
  }
});

test('a share link shows its own scenario, never the rendered example first', async ({ page, context }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await calc.fill('pricing.markup_rate', '22');
  const coverage = await calc.coverage.textContent();
  const link = await bar.copiedLink();
  const other = await context.newPage();
  const first = new FirstPaint(other);
  await first.holdApp();
  await other.goto(link);
  await expect(first.loadingNote).toBeVisible();
  await expect(new CalculatorPage(other).coverage).toBeHidden();
  first.letAppLoad();
  await first.waitUntilLive();
  await expect(new CalculatorPage(other).coverage).toHaveText(coverage!);
});

test('a rendered page that does not match the app is replaced, never left dead', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const first = new FirstPaint(page);
  const errors = collectErrors(page);
  const joint = renderedPages().find((p) => p.lang === 'da' && p.model === 'joint')!;
  const html = first.renderedFile(joint.file);
  const key = html.match(/data-prerendered="([^"]+)"/)![1];
  const cut = html.indexOf('id="years-table"');
  expect(cut).toBeGreaterThan(0);
  const pages = [
    // Stale figures under the right name (an old build's page with a new app).
    html.replace(/103,9\u00a0%/g, '999,9\u00a0%'),
    // Another year's page.
    html.replace(`data-prerendered="${key}"`, `data-prerendered="${key.replace(/\d{4}$/, '2025')}"`),
    // A page cut off in the middle.
    html.slice(0, cut) + '</div></body></html>',
  ];
  for (const damaged of pages) expect(damaged).not.toBe(html);
  for (const damaged of pages) {
    await page.unrouteAll();
    await first.servePage(damaged);
    await page.goto('./');
    await first.waitUntilLive();
    await expect(calc.coverage).toHaveText('103,9\u00a0%');
    await calc.fill('pricing.markup_rate', '20');
    await expect(calc.coverage).not.toHaveText('103,9\u00a0%');
  }
  expect(errors).toEqual([]);
});

test('a model chosen with the keyboard and the focus on the skip link before the app is ready are kept', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const first = new FirstPaint(page);
  await first.holdApp();
  await page.goto('./');
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  // Arrowing through the models ticks the next one; a click would be stopped until the app is ready.
  await page.locator('#preset-joint').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#preset-supplier')).toBeChecked();
  await page.locator('.skip-link').focus();
  first.letAppLoad();
  await first.waitUntilLive();
  await expect(page.locator('#preset-supplier')).toBeChecked();
  await expect(calc.coverage).toHaveText('69,1\u00a0%');
  await expect(page.locator('.skip-link')).toBeFocused();
});

test('a reload hides the rendered figures until this tab\'s own scenarios show', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const first = new FirstPaint(page);
  await calc.goto();
  await calc.fill('pricing.markup_rate', '22');
  const coverage = await calc.coverage.textContent();
  // This tab's workspace is kept once typing pauses; the address loses its share link, so only
  // the reload itself says the figures will be this tab's.
  await page.waitForTimeout(600);
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  await first.holdApp();
  await page.reload();
  await expect(first.loadingNote).toBeVisible();
  await expect(calc.coverage).toBeHidden();
  first.letAppLoad();
  await first.waitUntilLive();
  await expect(calc.coverage).toHaveText(coverage!);
});

test('if the app cannot start, the page says so instead of loading for ever', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const first = new FirstPaint(page);
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto('./?model=supplier');
  await expect(first.failedNote).toBeVisible();
  await expect(first.failedNote).toContainText('Beregneren kunne ikke starte i denne browser.');
  await expect(first.loadingNote).toBeHidden();
  // The example shows, said to be the example.
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  await expect(first.failedNote).toContainText('Siden viser eksemplet med standardværdierne');
});

test('typing in a field while the app gets ready is not cut off: the app waits until the field is left', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const first = new FirstPaint(page);
  await first.holdApp();
  await page.goto('./');
  const markup = calc.field('pricing.markup_rate');
  await markup.click();
  await markup.selectText();
  await page.keyboard.type('1');
  first.letAppLoad();
  // Keys a phone user types while the app loads: the field is not replaced under them.
  await page.waitForResponse(/_bg\.wasm$/);
  for (const key of ['8', ',', '5']) {
    await page.waitForTimeout(300);
    await page.keyboard.type(key);
  }
  expect(await first.isLive()).toBe(false);
  // Leaving the field lets the app take over, with the whole text.
  await page.keyboard.press('Tab');
  await first.waitUntilLive();
  await expect(markup).toHaveValue('18,5');
  await expect(calc.coverage).not.toHaveText('103,9\u00a0%');
});
