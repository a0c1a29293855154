// A share link holds the whole scenario: opened elsewhere it restores every input, the model, the
// name and the language. A link pasted into an open page opens as a new tab.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar, quoting } from '../pages/scenarios';

test('a copied link opens the same scenario in another window', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await calc.choosePreset('supplier');
  await bar.rename('Værksted Nord; «test»');
  await calc.fill('pricing.markup_rate', '17,5');
  await calc.fill('company.alternative_price_per_hour', '2.345,67');
  await calc.fill('groups[1].persons', '4');
  await calc.switchLanguage();
  await expect(calc.root).toHaveAttribute('lang', 'en');
  const coverage = await calc.coverage.textContent();

  const link = await bar.copiedLink();
  await expect(bar.notice).toContainText('The link has been copied');

  const other = await context.newPage();
  const restored = new CalculatorPage(other);
  await other.goto(link);
  await new CalculatorPage(other).alive();
  await expect(restored.coverage).toHaveText(coverage!);
  await expect(restored.root).toHaveAttribute('lang', 'en');
  await expect(restored.presetRadio('supplier')).toBeChecked();
  await expect(new ScenarioBar(other).name).toHaveValue('Værksted Nord; «test»');
  await expect(new ScenarioBar(other).currentTab).toHaveText('Værksted Nord; «test»');
  await expect(restored.field('pricing.markup_rate')).toHaveValue('17.5');
  await expect(restored.field('company.alternative_price_per_hour')).toHaveValue('2,345.67');
  await expect(restored.field('groups[1].persons')).toHaveValue('4');
  // No notice of a refused link, and only the one scenario.
  await expect(new ScenarioBar(other).noticeError).toHaveCount(0);
  await expect(new ScenarioBar(other).tabs).toHaveCount(1);
});

test('a link restores every input exactly, as the scenario file shows', async ({ page, context }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await calc.choosePreset('labour_shortage');
  await bar.rename('Alle felter');
  const link = await bar.linkAfter(
    () => page.locator('#pricing-mode-1').check(),
    () => calc.fill('pricing.fixed_hourly_price', '287,13'),
    () => calc.fill('frame.weeks_per_year', '41,5'),
    () => calc.fill('groups[1].paid_share', '33,3333'),
    () => calc.fill('company.other_savings', '12.345,67'),
  );
  const mine = JSON.parse((await bar.download(bar.exportJson)).text);
  expect(mine.scenario).toMatchObject({
    frame: { weeks_per_year: 41.5 },
    pricing: { fixed_hourly_price: 287.13 },
    company: { other_savings: 12345.67 },
  });
  expect(mine.scenario.groups[1].paid_share).toBeCloseTo(0.333333, 9);

  const other = await context.newPage();
  const otherBar = new ScenarioBar(other);
  await other.goto(link);
  await new CalculatorPage(other).alive();
  await expect(otherBar.currentTab).toHaveText('Alle felter');
  const theirs = JSON.parse((await otherBar.download(otherBar.exportJson)).text);
  expect(theirs.model).toBe('labour_shortage');
  expect(theirs.name).toBe('Alle felter');
  expect(theirs.scenario).toEqual(mine.scenario);
});

test('the address always holds the active scenario, without a history entry per edit', async ({ page, context }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  // Written once typing pauses (a quarter of a second).
  await expect.poll(() => page.url()).toMatch(/#s=[A-Za-z0-9_-]+$/);
  const length = await page.evaluate(() => history.length);
  await bar.linkAfter(() => calc.fill('pricing.markup_rate', '20'));
  const link = await bar.linkAfter(() => calc.fill('frame.weeks_per_year', '40'));
  const coverage = await calc.coverage.textContent();
  // Replaced, not pushed: the back button does not step through edits.
  expect(await page.evaluate(() => history.length)).toBe(length);

  const other = await context.newPage();
  const restored = new CalculatorPage(other);
  await other.goto(link);
  await new CalculatorPage(other).alive();
  await expect(restored.coverage).toHaveText(coverage!);
  await restored.openAllFolds();
  await expect(restored.field('pricing.markup_rate')).toHaveValue('20');
  await expect(restored.field('frame.weeks_per_year')).toHaveValue('40');
});

test('a link pasted into the open page opens as a new tab', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await bar.rename('Delt');
  const link = await bar.linkAfter(() => calc.fill('pricing.markup_rate', '20'));
  await bar.rename('Egen');
  // The address has moved on to this tab's own scenario by the time a link is pasted.
  await bar.linkAfter(() => calc.fill('pricing.markup_rate', '10'));
  // The user pastes the earlier link into the address bar of this tab.
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await expect(bar.tabs).toHaveText(['Egen', 'Delt']);
  await expect(bar.currentTab).toHaveText('Delt');
  await expect(calc.field('pricing.markup_rate')).toHaveValue('20');
  await expect(bar.notice).toContainText(quoting`Åbnet som nyt scenarie: ${'Delt'}.`);
  await bar.tab('Egen').click();
  await expect(calc.field('pricing.markup_rate')).toHaveValue('10');
});
