// Every figure explains itself: a line's name opens its working with the scenario's numbers, the
// inputs it uses are links that move focus to their fields, and the working follows each edit.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('a figure opens its working, written out with the actual numbers', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const working = await calc.openWorking('Kommunens betaling for deltagerpladser');
  await expect(working.locator('.working__sum')).toHaveText(
    '3\u00a0personer × 100\u00a0% × 2.000\u00a0kr./uge × 44\u00a0uger = 264.000\u00a0kr.');
  // The sum follows an edit at once.
  await calc.fill('municipal.occupancy', '90');
  await expect(working.locator('.working__sum')).toHaveText(
    '3\u00a0personer × 90\u00a0% × 2.000\u00a0kr./uge × 44\u00a0uger = 237.600\u00a0kr.');
});

test('an input named in a working is a link to its field', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const working = await calc.openWorking('Udgift til socialpædagog (0,63 årsværk)');
  await working.getByRole('link', { name: 'Arbejdsgiverpension' }).click();
  await expect(calc.field('support.pension_rate')).toBeFocused();
});

test('a cost is written as one, and a working says when its rounded terms do not add up', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const payment = await calc.openWorking('Virksomhedens betaling for timerne');
  await expect(payment.locator('.working__sum')).toHaveText(/^−\(3\u00a0personer × .* = -385\.193\u00a0kr\.$/);
  await expect(payment.locator('.working__note')).toHaveText('Tallene er afrundet hver for sig, så resultatet kan afvige en smule.');
  const course = await calc.openWorking('Kommunens betaling for deltagerpladser');
  await expect(course.locator('.working__note')).toHaveCount(0);
});

test('the workings are in English too', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.switchLanguage();
  const working = await calc.openWorking('Billed hours a year');
  await expect(working.locator('.working__sum')).toHaveText(
    '3\u00a0people × 15\u00a0hours/week × 44\u00a0weeks × 66.67% = 1,320');
  const links = working.getByRole('link');
  await expect(links).toHaveCount(4);
  await expect(links.nth(0)).toContainText('Number of people (');
  await expect(links.nth(2)).toHaveText('Productive weeks per year');
});

test('the headline\'s working opens and closes from the keyboard', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const block = await calc.openWorking('Sådan er dækningen beregnet');
  await expect(block.locator('.working__sum')).toHaveText('314.243\u00a0kr. / 302.303\u00a0kr. = 103,9\u00a0%');
  await page.keyboard.press('Enter');
  await expect(block.locator('.working__body')).toHaveCount(0);
});

test('an open working prints', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const working = await calc.openWorking('Til rådighed for socialpædagogen');
  await page.emulateMedia({ media: 'print' });
  await expect(working.locator('.working__sum')).toBeVisible();
});
