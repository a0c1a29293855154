// On a phone inside a host's frame the answer is near: a way to the results at the top, and the
// files in and out folded into one menu.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar } from '../pages/scenarios';

test('embedded at 320 px, the results are one tap away and the file actions are one menu', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto('?embed=1');
  const toResults = page.locator('.to-results a');
  await expect(toResults).toBeVisible();
  await expect(toResults).toHaveText('Spring til resultaterne\u00a0↓');
  // Within the first screen.
  expect((await toResults.boundingBox())!.y).toBeLessThan(640);
  await toResults.click();
  await expect(page.locator('#results-title')).toBeFocused();
  // The first of the results, "Kort fortalt", is on the screen.
  await expect(page.locator('#verdicts-title')).toBeInViewport();
  // The three file actions wait in one menu.
  await expect(bar.exportJson).toBeHidden();
  await bar.openFileMenu();
  await expect(bar.exportJson).toBeVisible();
  await expect(bar.exportCsv).toBeVisible();
  await expect(page.locator('label[for="import-file"]')).toBeVisible();
});

test('not embedded, the summary bar leads to the results and the extra link stays away', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(page.locator('.to-results a')).toBeHidden();
  await expect(page.locator('.mini-summary')).toBeVisible();
});
