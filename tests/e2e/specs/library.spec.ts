// The library of scenarios saved in this browser: save, find again after a new visit, open,
// rename, duplicate, delete and undo the deletion.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { LibraryPage, ScenarioBar, quoting } from '../pages/scenarios';

test('a saved scenario is there on the next visit and opens with its values', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  const library = new LibraryPage(page);
  await calc.goto();
  await calc.choosePreset('supplier');
  await bar.rename('Værksted Nord');
  await bar.linkAfter(
    () => calc.fill('pricing.markup_rate', '22'),
    () => calc.fill('groups[1].persons', '5'),
  );
  const coverage = await calc.coverage.textContent();
  await bar.save.click();
  await expect(bar.notice).toContainText(quoting`${'Værksted Nord'} er gemt i denne browser.`);

  // A new visit without a link starts with the default scenario.
  await calc.goto();
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  await library.open();
  await expect(bar.showLibrary).toHaveAttribute('aria-pressed', 'true');
  await expect(library.names).toHaveText(['Værksted Nord']);
  await expect(library.entries).toContainText('Leverandør');
  await library.button('Åbn', 'Værksted Nord').click();
  await expect(bar.notice).toContainText(quoting`Åbnet som nyt scenarie: ${'Værksted Nord'}.`);
  await expect(bar.tabs).toHaveText(['Scenarie 1', 'Værksted Nord']);
  // Its tab shows it (the library stays open after "Åbn": see the next test).
  await bar.tab('Værksted Nord').click();
  await expect(calc.coverage).toHaveText(coverage!);
  await expect(bar.currentTab).toHaveText('Værksted Nord');
  await expect(calc.presetRadio('supplier')).toBeChecked();
  await expect(calc.field('pricing.markup_rate')).toHaveValue('22');
  await expect(calc.field('groups[1].persons')).toHaveValue('5');
});

// "Åbn" shows the scenario in the calculator, also when it is open already (just saved).
test('opening a saved scenario shows it in the calculator', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  const library = new LibraryPage(page);
  await calc.goto();
  await bar.rename('Plan A');
  await library.open();
  await library.saveActive.click();
  await library.button('Åbn', 'Plan A').click();
  await expect(library.root).toBeHidden({ timeout: 1000 });
  await expect(bar.currentTab).toHaveText('Plan A', { timeout: 1000 });
});

test('rename, duplicate, delete and undo the deletion', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  const library = new LibraryPage(page);
  await calc.goto();
  await bar.rename('Plan A');
  await calc.fill('pricing.markup_rate', '22');
  await library.open();
  await library.saveActive.click();
  await expect(library.names).toHaveText(['Plan A']);

  await library.rename('Plan A', 'Plan B');
  await expect(library.names).toHaveText(['Plan B']);
  await library.button('Duplikér', 'Plan B').click();
  // Newest first.
  await expect(library.names).toHaveText(['Plan B (kopi)', 'Plan B']);
  // The copy is a whole scenario of its own.
  const stored = Object.values(await library.stored()).map((t) => JSON.parse(t));
  expect(stored.map((f) => f.name).sort()).toEqual(['Plan B', 'Plan B (kopi)']);
  expect(stored.every((f) => f.scenario.pricing.markup_rate === 0.22)).toBe(true);

  await library.button('Slet', 'Plan B').click();
  await expect(library.names).toHaveText(['Plan B (kopi)']);
  await expect(library.root.getByRole('status')).toContainText(quoting`${'Plan B'} er slettet.`);
  await library.undoDelete.click();
  await expect(library.names).toHaveText(['Plan B (kopi)', 'Plan B']);
  expect(Object.keys(await library.stored())).toHaveLength(2);
});
