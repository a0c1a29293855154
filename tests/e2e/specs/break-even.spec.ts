import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('each break-even button sets its input so coverage is exactly 100 %', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(calc.breakEven('Price')).toHaveText('11,4\u00a0%');
  await expect(calc.breakEven('CoursePrice')).toHaveText('1.909,55 kr./uge');
  await expect(calc.breakEven('BilledHours')).toHaveText('1.006,3 timer/år');
  for (let i = 0; i < 3; i++) {
    await calc.choosePreset('supplier');
    await calc.choosePreset('joint');
    await calc.applyBreakEven(i).click();
    await expect(calc.coverage).toHaveText('100,0\u00a0%');
    // Never "100,0 %" with a gap of 0 kr.: covered, with a surplus of 0 kr.
    await expect(calc.coverageVerdict).toContainText('dækket');
  }
});
