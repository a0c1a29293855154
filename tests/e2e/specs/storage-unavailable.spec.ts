// Without usable storage (private mode, storage blocked, a full quota) the calculator computes
// as ever, the library says why it cannot save, and saving reports that nothing was saved.
import { test, expect, type Page } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { LibraryPage, ScenarioBar, quoting } from '../pages/scenarios';

const blocked: [string, (page: Page) => Promise<void>, RegExp][] = [
  [
    'reading localStorage throws',
    (page) => page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }),
    /Scenariet blev ikke gemt\. Browseren tillader ikke, at beregneren gemmer her/,
  ],
  [
    'writing throws a SecurityError',
    (page) => page.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };
    }),
    /Scenariet blev ikke gemt\. Browseren tillader ikke, at beregneren gemmer her/,
  ],
  [
    'the quota is used up',
    (page) => page.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    }),
    /Scenariet blev ikke gemt\. Browserens lager er fuldt/,
  ],
];

for (const [name, block, saveMessage] of blocked) {
  test(`when ${name}, the calculator works on and saving says why it failed`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await block(page);
    const calc = new CalculatorPage(page);
    const bar = new ScenarioBar(page);
    const library = new LibraryPage(page);
    await calc.goto();
    await calc.fill('pricing.markup_rate', '20');
    await expect(calc.coverage).toHaveText('109,5\u00a0%');

    await bar.save.click();
    await expect(bar.noticeError).toHaveText(saveMessage);
    await library.open();
    // Reading blocked: the library says it is not available. Only writing blocked: it still
    // lists what is saved, and says why nothing more can be saved.
    await expect(page.locator('#library-unavailable, #library-cannot-save')).toBeVisible();
    await expect(library.saveActive).toHaveCount(0);
    // Back in the calculator, nothing was lost.
    await bar.showLibrary.click();
    await expect(calc.field('pricing.markup_rate')).toHaveValue('20');
    await expect(calc.coverage).toHaveText('109,5\u00a0%');
    expect(errors).toEqual([]);
  });
}

// With a full quota the library still lists the saved scenarios, so old ones can be deleted.
test('with a full quota the saved scenarios are still listed, to delete old ones', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  const library = new LibraryPage(page);
  await calc.goto();
  await bar.rename('Gammelt');
  await bar.save.click();
  await expect(bar.notice).toContainText(quoting`${'Gammelt'} er gemt`);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await library.open();
  await expect(library.root).toContainText('Browserens lager er fuldt');
  await expect(library.button('Slet', 'Gammelt')).toBeVisible({ timeout: 1000 });
});
