import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('a workforce group can be added, edited and removed', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(calc.groupCards).toHaveCount(2);

  await calc.addGroup('Fleksjob');
  await expect(calc.groupCards).toHaveCount(3);
  await calc.groupName(2).fill('Lager');
  await expect(calc.groupTitle(2)).toHaveText('Lager');
  // One more flex-job person at 15 h × 60 % × 44 weeks: 396 more billed hours, so the overhead
  // grows by 396 × 253,75 × 15 % = 15.072,75 kr. to 65.315,25 kr.; the caseload grows to
  // 3/7 + 4/15 = 0,6952 FTE = 334.364,59 kr. Coverage (65.315,25 + 264.000) / 334.364,59 = 98,5 %.
  await expect(calc.coverage).toHaveText('98,5\u00a0%');

  await calc.removeGroup(2);
  await expect(calc.groupCards).toHaveCount(2);
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
});
