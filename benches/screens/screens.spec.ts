// Every view, both languages, 320 and 1366 px: a full-page screenshot, equal to the pixel to the
// one taken of the other build (`--update-snapshots` takes the reference).
import { test, expect } from '@playwright/test';
import { views } from '../../tests/e2e/pages/views';
import { CalculatorPage } from '../../tests/e2e/pages/calculator';

for (const view of views) {
  for (const width of [320, 1366]) {
    for (const lang of ['da', 'en'] as const) {
      const name = `${view.name}-${lang}-${width}`.replace(/[^a-zA-Z0-9-]+/g, '_');
      test(name, async ({ page }) => {
        // A fixed clock, so the printed date is the same in both builds.
        await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
        await page.setViewportSize({ width, height: 900 });
        await view.open(page, lang);
        const calc = new CalculatorPage(page);
        if (lang === 'en' && (await calc.root.getAttribute('lang')) !== 'en') await calc.switchLanguage();
        await expect(calc.root).toHaveAttribute('lang', lang);
        await page.evaluate(() => document.fonts.ready);
        await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: true, animations: 'disabled', caret: 'hide' });
      });
    }
  }
}
