import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('bad input shows its message at the field and keeps the last results', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.fill('pricing.markup_rate', '20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');

  await calc.fill('pricing.markup_rate', 'tyve');
  await expect(calc.field('pricing.markup_rate')).toHaveAttribute('aria-invalid', 'true');
  await expect(calc.messageFor('pricing.markup_rate')).toContainText('Skriv kun et tal');
  await expect(calc.errorSummary).toContainText('Overhead på lønomkostningen');
  // The last valid results stay, marked as not current.
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  await expect(calc.staleNote).toBeVisible();
  expect(await calc.resultsAreCurrent()).toBe(false);

  // The summary link takes the user to the field.
  await calc.errorSummary.getByRole('link').click();
  await expect(calc.field('pricing.markup_rate')).toBeFocused();

  await calc.fill('pricing.markup_rate', '15');
  await expect(calc.errorSummary).toHaveCount(0);
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  expect(await calc.resultsAreCurrent()).toBe(true);
});

test('a value out of range names the limit', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.fill('groups[1].hours_per_week', '40');
  await expect(calc.messageFor('groups[1].hours_per_week')).toContainText('Må højst være 37 timer/uge');
  await expect(calc.errorSummary).toContainText('Fremmødetimer pr. uge (Vikarer i fleksjob)');
});
