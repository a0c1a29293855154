// Nothing lost on reload: every tab, the active one, the comparison and the reader come back, and
// a consultant can save or send the whole set of tabs as one file or one link.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ComparePage, ScenarioBar, quoting } from '../pages/scenarios';
import type { Page } from '@playwright/test';

/** A tab named "Basis" and its variant with 20 % overhead, the variant active. */
async function basisAndVariant(page: Page) {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await bar.rename('Basis');
  await bar.addVariant.click();
  await calc.fill('pricing.markup_rate', '20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  return { calc, bar };
}

test('a reload keeps every tab, the active one, the comparison and the reader', async ({ page }) => {
  const { calc, bar } = await basisAndVariant(page);
  await bar.addVariant.click();
  await calc.fill('pricing.markup_rate', '25');
  await bar.tab('Basis (variant)').click();
  await calc.reader('Kommunen').check();
  // The comparison of the first and the third, against the third.
  const compare = new ComparePage(page);
  await compare.open();
  await compare.pick(1).uncheck();
  await compare.base(2).check();
  expect(await compare.columnNames()).toEqual(['Basis', 'Basis (variant 2)']);
  await bar.tab('Basis (variant)').click();
  // The workspace is kept once changes pause; the address holds the active tab.
  await bar.settled();
  await page.reload();
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  await expect(bar.tabs).toHaveText(['Basis', 'Basis (variant)', 'Basis (variant 2)']);
  await expect(bar.currentTab).toHaveText('Basis (variant)');
  await expect(calc.reader('Kommunen')).toBeChecked();
  await compare.open();
  expect(await compare.columnNames()).toEqual(['Basis', 'Basis (variant 2)']);
  await expect(compare.baselineName).toHaveText('Basis (variant 2)');
});

test('a new visit in the same tab starts afresh', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await bar.addVariant.click();
  await bar.settled();
  await calc.goto();
  await expect(bar.tabs).toHaveCount(1);
});

test('every tab downloads as one file that opens them all again, and the download is confirmed', async ({ page }) => {
  const { calc, bar } = await basisAndVariant(page);
  const file = await bar.download(bar.exportWorkspace);
  expect(file.name).toMatch(/^Alle-scenarier-\d{4}-\d\d-\d\d\.json$/);
  await expect(bar.notice).toContainText(quoting`Filen ${file.name} er hentet.`);
  expect(JSON.parse(file.text)).toMatchObject({ format: 'partnerskabsberegneren.workspace', version: 1, active: 1 });

  await calc.goto();
  await expect(bar.tabs).toHaveCount(1);
  await bar.openFile(file.name, file.bytes);
  await expect(bar.notice).toContainText('2 scenarier er åbnet i hver sin fane.');
  await expect(bar.tabs).toHaveText(['Scenarie 1', 'Basis', 'Basis (variant)']);
  await expect(bar.currentTab).toHaveText('Basis (variant)');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
});

test('a link to every tab opens them all in another window', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await bar.addVariant.click();
  await calc.fill('pricing.markup_rate', '20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  await bar.openFileMenu();
  await bar.copySetLink.click();
  await expect(bar.notice).toContainText('Linket til alle 2 åbne scenarier er kopieret.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#w=1\.[A-Za-z0-9_.-]+$/);

  const other = await context.newPage();
  const there = new CalculatorPage(other);
  const otherBar = new ScenarioBar(other);
  await other.goto(link);
  await new CalculatorPage(other).alive();
  await expect(there.coverage).toHaveText('109,5\u00a0%');
  await expect(otherBar.tabs).toHaveCount(2);
});

test('a reload of a new page keeps its one tab, and a model chosen just before', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await bar.settled();
  await page.reload();
  await expect(bar.tabs).toHaveText(['Scenarie 1']);
  await calc.choosePreset('supplier');
  await expect(calc.coverage).toHaveText('69,1\u00a0%');
  await bar.settled();
  await page.reload();
  await expect(bar.tabs).toHaveText(['Scenarie 1']);
  await expect(calc.presetRadio('supplier')).toBeChecked();
});

test('a reload on the comparison shows the comparison again, and the reader chosen wins over the address', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto('?reader=company');
  await calc.reader('Kommunen').check();
  await bar.addVariant.click();
  await calc.fill('pricing.markup_rate', '20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  const compare = new ComparePage(page);
  await compare.open();
  await bar.settled();
  await page.waitForTimeout(400);
  await page.reload();
  await expect(compare.root).toBeVisible();
  expect(await compare.columnNames()).toEqual(['Scenarie 1', 'Scenarie 1 (variant)']);
  await bar.showCompare.click();
  await expect(calc.reader('Kommunen')).toBeChecked();
});
