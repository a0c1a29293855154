// Undo and redo: typing in a field is one step, undone and redone by the buttons and by Ctrl+Z /
// Ctrl+Shift+Z outside text fields; loading a model is one step too, announced with a way back.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar, quoting } from '../pages/scenarios';

const MARKUP = 'pricing.markup_rate';

test('typing in a field is one step, undone and redone by button and keyboard', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await expect(bar.undo).toBeDisabled();
  await expect(bar.redo).toBeDisabled();
  const field = calc.field(MARKUP);
  await field.selectText();
  await field.pressSequentially('20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');

  // Two keystrokes, one step: a single undo brings back the model's value.
  await bar.undo.click();
  await expect(field).toHaveValue('15');
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  await expect(bar.undo).toBeDisabled();
  await bar.redo.click();
  await expect(field).toHaveValue('20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');

  // The keyboard, with the focus outside any text field.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('15');
  await page.keyboard.press('Control+Shift+Z');
  await expect(field).toHaveValue('20');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('15');
  await page.keyboard.press('Control+y');
  await expect(field).toHaveValue('20');
  await expect(bar.redo).toBeDisabled();
});

test('inside a number field Ctrl+Z is the browser’s own text undo', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  const field = calc.field(MARKUP);
  await field.selectText();
  await field.pressSequentially('20');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('15');
  // The browser undid the text, and the app took that as an edit: it did not step back itself
  // (that would leave a step to redo).
  await expect(bar.redo).toBeDisabled();
  await expect(bar.undo).toBeEnabled();
  await expect(field).toBeFocused();
});

test('loading a model with the arrow keys is one step, announced with a way back', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  // Read once the page shows the edits (the address follows the render).
  await bar.linkAfter(() => calc.fill(MARKUP, '20'), () => calc.fill('groups[1].persons', '4'));
  const before = await calc.coverage.textContent();

  await calc.presetRadio('joint').focus();
  await page.keyboard.press('ArrowDown');
  await expect(calc.presetRadio('supplier')).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: quoting`modellen ${'Leverandør'}.` })).toBeVisible();
  await expect(bar.notice).toContainText(quoting`Alle felter har nu eksemplets værdier fra modellen ${'Leverandør'}.`);
  await page.keyboard.press('ArrowDown');
  await expect(calc.presetRadio('labour_shortage')).toBeChecked();
  await expect(calc.field(MARKUP)).not.toHaveValue('20');

  // Both arrow presses are one step: one undo brings back every earlier figure and the model.
  await page.keyboard.press('Control+z');
  await expect(calc.presetRadio('joint')).toBeChecked();
  await expect(calc.field(MARKUP)).toHaveValue('20');
  await expect(calc.field('groups[1].persons')).toHaveValue('4');
  await expect(calc.coverage).toHaveText(before!);
  await expect(bar.notice).toContainText('Ændringen er fortrudt.');

  // The notice's own button does the same.
  await calc.choosePreset('in_house');
  await expect(calc.field(MARKUP)).not.toHaveValue('20');
  await bar.noticeUndo.click();
  await expect(calc.presetRadio('joint')).toBeChecked();
  await expect(calc.field(MARKUP)).toHaveValue('20');
  await expect(calc.coverage).toHaveText(before!);
});
