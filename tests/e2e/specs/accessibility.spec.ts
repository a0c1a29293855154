// axe-core on every view, in both languages, at 320 and 1280 px: no WCAG 2.1 A or AA violation.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { views } from '../pages/views';
import { CalculatorPage } from '../pages/calculator';

const widths = [320, 1280];
const languages = ['da', 'en'] as const;

for (const view of views) {
  for (const width of widths) {
    for (const lang of languages) {
      test(`axe: ${view.name}, ${lang}, ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await view.open(page, lang);
        const calc = new CalculatorPage(page);
        if (lang === 'en' && (await calc.root.getAttribute('lang')) !== 'en') await calc.switchLanguage();
        await expect(calc.root).toHaveAttribute('lang', lang);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  }
}
