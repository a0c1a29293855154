import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('typing a number updates the results at once', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.fill('pricing.markup_rate', '25');
  await expect(calc.coverage).toHaveText('115,0\u00a0%');
  await calc.fill('municipal.course_price_per_week', '1.500');
  // (83,737.50 + 3 × 1,500 × 44) / 302,302.63 = 93.2 %
  await expect(calc.coverage).toHaveText('93,2\u00a0%');
  await expect(calc.coverageVerdict).toContainText('Der mangler');
  expect(await calc.resultsAreCurrent()).toBe(true);
});
