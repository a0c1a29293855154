import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('printing gives the results with their assumptions, without the form', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.fill('pricing.markup_rate', '20');
  await page.emulateMedia({ media: 'print' });
  const assumptions = calc.printOnly;
  await expect(assumptions).toBeVisible();
  await expect(assumptions).toContainText('Forudsætninger: Fælles socialt ansvar');
  await expect(assumptions).toContainText('Overhead på lønomkostningen');
  await expect(assumptions).toContainText('20 %');
  await expect(assumptions).toContainText('Vikarer i fleksjob');
  await expect(calc.coverage).toBeVisible();
  await expect(calc.inputsColumn).toBeHidden();
  await expect(calc.headerActions).toBeHidden();
});
