import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('"12,5" is accepted as twelve and a half', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.fill('pricing.markup_rate', '12,5');
  await expect(calc.field('pricing.markup_rate')).toHaveAttribute('aria-invalid', 'false');
  await expect(calc.field('pricing.markup_rate')).toHaveAttribute('inputmode', 'decimal');
  // (334,950 × 0.125 + 264,000) / 302,302.63 = 101.2 %
  await expect(calc.coverage).toHaveText('101,2\u00a0%');
  // Thousands separators, spaces and a trailing "kr." are fine too.
  await calc.fill('municipal.course_price_per_week', '2.000 kr.');
  await expect(calc.coverage).toHaveText('101,2\u00a0%');
});
