import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('each break-even button sets its input so coverage is exactly 100 %', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(page.getByTestId('breakeven-Price')).toHaveText('11,4\u00a0%');
  await expect(page.getByTestId('breakeven-CoursePrice')).toHaveText('1.909,55 kr./uge');
  await expect(page.getByTestId('breakeven-BilledHours')).toHaveText('1.006,3 timer/år');
  const buttons = page.locator('.breakeven button');
  for (let i = 0; i < 3; i++) {
    await calc.choosePreset('supplier');
    await calc.choosePreset('joint');
    await buttons.nth(i).click();
    await expect(calc.coverage).toHaveText('100,0\u00a0%');
  }
});
