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
  // One more flex-job person at 15 h × 60 % raises billed hours and support alike.
  await expect(calc.coverage).not.toHaveText('103,9\u00a0%');

  await calc.removeGroup(2);
  await expect(calc.groupCards).toHaveCount(2);
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
});
