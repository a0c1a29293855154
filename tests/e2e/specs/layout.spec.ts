// Layout defects a new user met: each stays fixed.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('opening a field\'s source does not move the field beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const calc = new CalculatorPage(page);
  await calc.goto();
  // In a group card, persons and hours per week sit side by side.
  const neighbour = calc.field('groups[1].hours_per_week');
  const top = () => neighbour.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await top();
  await calc.sourceToggleFor('groups[1].persons').click();
  await expect(calc.fieldBox('groups[1].persons').locator('.field__source')).toBeVisible();
  expect(await top()).toBe(before);
});

test('choosing another model shows its results from the top', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.resultsColumn.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  expect(await calc.resultsColumn.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await calc.choosePreset('supplier');
  await expect(calc.coverage).toHaveText('69,1\u00a0%');
  await expect.poll(() => calc.resultsColumn.evaluate((el) => el.scrollTop)).toBe(0);
  // The answers come first: the verdicts, then the coverage.
  await expect(calc.verdicts).toBeInViewport();
});

test('the flow diagram names the social educator plainly in English', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.switchLanguage();
  await expect(calc.parties.getByRole('img')).toContainText('Social educator');
  await expect(calc.parties).not.toContainText('--');
});

test('at 320 px the summary bar never hides the focused control, and steps aside for the results', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const calc = new CalculatorPage(page);
  await calc.goto();
  const bar = page.locator('.mini-summary');
  await expect(bar).toBeVisible();
  const obscured: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const bar = document.querySelector('.mini-summary') as HTMLElement | null;
      if (!el || !bar || el.closest('.mini-summary') || getComputedStyle(bar).display === 'none') return null;
      const r = el.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      return r.bottom > b.top + 1 ? `${el.tagName}#${el.id} bottom ${Math.round(r.bottom)} > bar ${Math.round(b.top)}` : null;
    });
    if (hidden) obscured.push(hidden);
  }
  expect(obscured).toEqual([]);
  await calc.results.scrollIntoViewIfNeeded();
  await expect(bar).toBeHidden();
});
