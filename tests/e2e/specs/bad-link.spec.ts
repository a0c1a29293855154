// A share link that does not read (cut off, tampered with, oversized, from a newer build) is
// reported in the status line; the page starts with the default scenario and throws nothing.
// Pasted into an open page, it leaves what the page shows alone. (More spoilt links, with their
// reasons, are in bad-input-catalogue.spec.ts.)
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar, defaultPayload, linkPayload } from '../pages/scenarios';

let good = '';
test.beforeAll(async ({ browser }, info) => {
  good = await defaultPayload(browser, info.project.use.baseURL!);
});

const cases: [string, () => string, string][] = [
  ['cut off', () => good.slice(0, Math.floor(good.length / 2)), 'Linket er afkortet'],
  ['tampered with', () => `${good.slice(0, 40)}*${good.slice(41)}`, 'Linket er ændret eller beskadiget'],
  ['oversized', () => 'A'.repeat(5000), 'Linket er for langt'],
  ['from a newer build', () => linkPayload([4, 0, 0, 0, 0, 0]), 'Linket er lavet med en nyere udgave af beregneren.'],
];

for (const [name, payload, reason] of cases) {
  test(`a link ${name} is reported and the page starts with the default scenario`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const calc = new CalculatorPage(page);
    const bar = new ScenarioBar(page);
    await calc.goto(`#s=${payload()}`);
    await expect(bar.noticeError).toContainText('Linket kunne ikke åbnes.');
    await expect(bar.noticeError).toContainText(reason);
    await expect(page.getByRole('status').filter({ hasText: reason })).toBeVisible();
    await expect(calc.coverage).toHaveText('103,9\u00a0%');
    await expect(calc.presetRadio('joint')).toBeChecked();
    await expect(calc.field('pricing.markup_rate')).toHaveValue('15');
    await expect(bar.tabs).toHaveText(['Scenarie 1']);
    await expect(bar.name).toHaveValue('');
    await expect(calc.root).toHaveAttribute('lang', 'da');
    // The address now holds the scenario shown, not the spoilt link.
    await expect.poll(() => bar.payload()).toBe(good);
    expect(errors).toEqual([]);
  });
}

test('a spoilt link pasted into an open page changes nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await calc.fill('pricing.markup_rate', '20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  await page.evaluate((hash) => { location.hash = hash; }, `#s=${good.slice(0, 30)}`);
  await expect(bar.noticeError).toContainText('Linket er afkortet');
  await expect(bar.tabs).toHaveText(['Scenarie 1']);
  await expect(calc.field('pricing.markup_rate')).toHaveValue('20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  expect(errors).toEqual([]);
});

// A spoilt link pasted into the address must not stay there: a reload would lose the scenario shown.
test('after a spoilt link is pasted, the address holds the scenario shown again', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  const link = await bar.linkAfter(() => calc.fill('pricing.markup_rate', '20'));
  await page.evaluate((hash) => { location.hash = hash; }, `#s=${good.slice(0, 30)}`);
  await expect(bar.noticeError).toContainText('Linket er afkortet');
  await expect.poll(() => page.url(), { timeout: 1000 }).toBe(link);
});
