import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('loads without console errors and without any request to another origin', async ({ page, baseURL }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseURL!).origin;
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => { if (new URL(r.url()).origin !== origin) foreign.push(r.url()); });

  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(page).toHaveTitle(/Partnerskabsberegneren/);
  await expect(calc.html).toHaveAttribute('lang', 'da');
  // Use the page a little: requests may be lazy.
  await calc.fill('pricing.markup_rate', '20');
  await calc.switchLanguage();
  await page.waitForLoadState('networkidle');

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
