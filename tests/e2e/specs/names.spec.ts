// Names that tell tabs apart: variants are numbered, and a name two tabs share is said at the field.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar } from '../pages/scenarios';

test('variants of variants are numbered, and a name another tab has is warned about', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await bar.rename('Basis');
  await bar.addVariant.click();
  await bar.addVariant.click(); // a variant of the variant
  await bar.tab('Basis').click();
  await bar.addVariant.click();
  await expect(bar.tabs).toHaveText(['Basis', 'Basis (variant)', 'Basis (variant 2)', 'Basis (variant 3)']);
  // Named like another tab: allowed, and said at the field.
  await bar.name.fill('Basis');
  const warning = page.locator('#scenario-name-taken');
  await expect(warning).toHaveText('Bemærk: Et andet åbent scenarie hedder også »Basis«. Giv dem hver sit navn, så de kan kendes fra hinanden i fanerne og i sammenligningen.');
  await expect(bar.name).toHaveAttribute('aria-describedby', 'scenario-name-taken');
  await bar.name.fill('Basis, lavere overhead');
  await expect(warning).toHaveCount(0);
});
