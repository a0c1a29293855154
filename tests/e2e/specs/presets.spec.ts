import { test, expect } from '@playwright/test';
import { CalculatorPage, type Preset } from '../pages/calculator';

// Coverage of each partnership model's example (hand-computed in tests/model_presets.rs).
const expected: [Preset, string][] = [
  ['joint', '103,9 %'],
  ['supplier', '69,1 %'],
  ['labour_shortage', '104,5 %'],
  ['in_house', '101,5 %'],
  ['spin_off', '107,4 %'],
];

test('each partnership model shows its coverage', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  for (const [preset, coverage] of expected) {
    await calc.choosePreset(preset);
    await expect(calc.coverage).toHaveText(coverage.replace(' ', '\u00a0'));
  }
});
