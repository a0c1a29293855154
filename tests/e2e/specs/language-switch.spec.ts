import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

// Lines that read the same in both languages: names and numbers.
const neutral = [
  /^Partnerskabs\u00ad?beregneren$/,
  /^In-house$/,
  /^100 %$/,
  /^[\d.,\s\u00a0%–-]+$/,
  // Years: the rate-year choice.
  /^\d{4}$/,
  // "Type" is the same word in both languages.
  /^Type$/,
];

test('the language switch changes every visible text', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  // Open every fold so that hidden texts are checked too.
  await calc.openAllFolds();
  const danish = await calc.visibleLines();

  await calc.switchLanguage();
  await expect(calc.html).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/social-economy partnerships/);
  await expect(calc.coverage).toHaveText('103.9%');
  const english = await calc.visibleLines();

  const unchanged = english.filter((line) => danish.includes(line) && !neutral.some((re) => re.test(line)));
  expect(unchanged).toEqual([]);
  expect(english.length).toBeGreaterThan(100);

  await calc.switchLanguage();
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
});
