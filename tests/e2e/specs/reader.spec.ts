// Each reader's own answer first: a company sees what it pays and saves before the social
// enterprise's coverage, a municipality its own budget; chosen on the page or by the host.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('a company reader sees its own answer first and the coverage as the social enterprise\'s', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(calc.reader('Alle parter')).toBeChecked();
  await calc.reader('Virksomheden').check();
  await expect(calc.verdicts.locator('li').first()).toHaveText('Virksomheden sparer 37.208\u00a0kr. om året i forhold til sit alternativ.');
  await expect(calc.verdicts.locator('li.verdicts__mine')).toHaveCount(1);
  const titles = await calc.cardTitles.allTextContents();
  expect(titles.indexOf('Virksomhedens pris pr. time')).toBeLessThan(
    titles.indexOf('Den socialøkonomiske virksomhed: dækning af socialpædagogen'));
  await expect(calc.results).toContainText('Dækningen viser, om den socialøkonomiske virksomhed kan betale socialpædagogen.');
});

test('a municipality reader asked for by the host gets the municipality and the state first', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto('?embed=1&reader=municipality');
  await expect(calc.reader('Kommunen')).toBeChecked();
  const verdicts = calc.verdicts.locator('li');
  await expect(verdicts.nth(0)).toContainText('I det første år betaler kommunen 199.549');
  await expect(verdicts.nth(1)).toContainText('I det første år får staten 53.496');
  await expect(calc.parties.locator('.sums__title').first()).toHaveText('Kommunen');
});

test('on a phone the summary bar shows the reader\'s own figure', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const calc = new CalculatorPage(page);
  await calc.goto('?reader=company');
  await expect(calc.summaryBar).toContainText('Virksomheden, netto');
  await expect(calc.summaryBar).toContainText('+37.208\u00a0kr.');
  await calc.reader('Alle parter').check();
  await expect(calc.summaryBar).toContainText('Dækning');
});

test('the hours the company buys show where it enters them', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(page.getByTestId('bought-hours').first()).toHaveText('Virksomheden køber 1.320 af gruppens timer om året.');
  await calc.fill('groups[1].persons', '4');
  await expect(page.getByTestId('bought-hours').first()).toHaveText('Virksomheden køber 1.760 af gruppens timer om året.');
});
