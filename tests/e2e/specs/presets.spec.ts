import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

// Coverage of each partnership model's example (hand-computed in tests/model_presets.rs).
const expected: Record<string, string> = {
  joint: '103,9 %',
  supplier: '69,1 %',
  labour_shortage: '104,5 %',
  in_house: '50,1 %',
  spin_off: '25,1 %',
};

test('each partnership model shows its coverage', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  const keys = await calc.presetKeys();
  // Every model the page offers has an expected figure here, and no more.
  expect(keys.slice().sort()).toEqual(Object.keys(expected).sort());
  for (const key of keys) {
    await calc.choosePreset(key);
    await expect(calc.coverage).toHaveText(expected[key].replace(' ', '\u00a0'));
  }
});

test('the spin-off department is one economy with the company', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.choosePreset('spin_off');
  await expect(calc.verdicts).toContainText('Virksomheden og afdelingen er én økonomi');
  await expect(calc.parties).toContainText('Virksomheden med afdelingen');
  await expect(calc.parties).not.toContainText('Nettogevinst');
});
