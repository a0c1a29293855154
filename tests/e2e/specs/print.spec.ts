import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar } from '../pages/scenarios';

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

test('one scenario prints its summary on page one, then the years, then its assumptions, on at most eight A4 pages', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await bar.rename('Basis Rebild');
  await page.emulateMedia({ media: 'print' });
  const head = page.locator('.report-head');
  await expect(head).toContainText('Basis Rebild');
  await expect(head).toContainText(/Fælles socialt ansvar · satsår \d{4} · udskrevet \d{1,2}\. \p{L}+ \d{4}/u);
  // Name, model, rate year and date come first, then each party's answer.
  const top = async (l: typeof head) => (await l.boundingBox())!.y;
  expect(await top(head)).toBeLessThan(await top(calc.verdicts));
  expect(await top(calc.verdicts)).toBeLessThan(await top(calc.printOnly));
  // The years follow the one-year results; the assumptions with their sources come last.
  await expect(calc.yearsTable).toBeVisible();
  expect(await top(calc.verdicts)).toBeLessThan(await top(calc.years));
  expect(await top(calc.years)).toBeLessThan(await top(calc.printOnly));
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  // Two pages of results, two of years, and the inputs with their sources.
  expect(pages).toBeLessThanOrEqual(8);
});
