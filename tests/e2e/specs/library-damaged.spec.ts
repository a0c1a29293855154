// A damaged entry in the library is reported and kept as it is: the good entries still list, and
// saving does not overwrite or delete it.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { LIBRARY_PREFIX, LibraryPage, ScenarioBar, quoting } from '../pages/scenarios';

const GOOD = JSON.stringify({
  format: 'partnerskabsberegneren.scenario',
  version: 3,
  name: 'Gammelt scenarie',
  model: 'supplier',
  saved: '2026-01-02T10:00:00.000Z',
  scenario: {},
});
const DAMAGED = '{"format":';

test('a damaged entry is reported, kept, and the others still list', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  const library = new LibraryPage(page);
  await calc.goto();
  // The reload below restores the scenario from the address, once it holds the name.
  await bar.linkAfter(() => bar.rename('Nyt scenarie'));
  await library.seed({ '1000': GOOD, '2000': DAMAGED });
  await page.reload();
  await expect(calc.coverage).toBeVisible();
  await library.open();
  await expect(library.names).toHaveText(['Gammelt scenarie']);
  await expect(library.damaged).toContainText('Et gemt scenarie kan ikke læses');
  await expect(library.damaged).toContainText(`${LIBRARY_PREFIX}2000`);

  // Saving the active scenario makes a new entry; the damaged one stays as it was.
  await bar.save.click();
  await expect(bar.notice).toContainText(quoting`${'Nyt scenarie'} er gemt`);
  await expect(library.names).toHaveText(['Nyt scenarie', 'Gammelt scenarie']);
  const stored = await library.stored();
  expect(Object.keys(stored)).toHaveLength(3);
  expect(stored[`${LIBRARY_PREFIX}2000`]).toBe(DAMAGED);
  expect(stored[`${LIBRARY_PREFIX}1000`]).toBe(GOOD);
  await expect(library.damaged).toBeVisible();
});

test('text that is no scenario under a library key is reported too', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const library = new LibraryPage(page);
  await calc.goto();
  await library.seed({ a: 'hello', b: '[]', c: '{"format":"partnerskabsberegneren.scenario","version":99,"scenario":{}}' });
  await library.open();
  await expect(library.damaged).toContainText('3 gemte scenarier kan ikke læses');
  await expect(library.entries).toHaveCount(0);
  // Saving from the library page does not touch them either.
  await library.saveActive.click();
  await expect(library.entries).toHaveCount(1);
  const stored = await library.stored();
  expect(stored[`${LIBRARY_PREFIX}a`]).toBe('hello');
  expect(stored[`${LIBRARY_PREFIX}b`]).toBe('[]');
  expect(Object.keys(stored)).toHaveLength(4);
});
