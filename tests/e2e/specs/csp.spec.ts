// The page runs under the strict Content-Security-Policy with no violation, however it is used.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

test('the strict CSP holds with zero violations across the calculator, embed mode and the embed page', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto('./');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header.startsWith(STRICT)).toBe(true);
  expect(header).toContain('frame-ancestors');
  const calc = new CalculatorPage(page);
  await expect(calc.coverage).toBeVisible();
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  await calc.openAllFolds();
  await calc.fill('pricing.markup_rate', '20');
  await calc.switchLanguage();
  await calc.openEmbedPage();
  await expect(page.frameLocator('#embed-preview').getByTestId('coverage')).toBeVisible();
  expect(await violations()).toEqual([]);
  await calc.goto('?embed=1&accent=005a7e&font=georgia');
  expect(await violations()).toEqual([]);
});
