// Open scenarios as tabs: a variant copies the active one, each tab keeps its own figures, and a
// closed tab can be brought back from the status line.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar, quoting } from '../pages/scenarios';

test('variants are tabs of their own; a closed one comes back with Fortryd', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await expect(bar.tabs).toHaveText(['Scenarie 1']);
  await expect(bar.closeButton('Scenarie 1')).toHaveCount(0);
  await bar.rename('Basis');
  await bar.addVariant.click();
  await expect(bar.tabs).toHaveText(['Basis', 'Basis (variant)']);
  await expect(bar.currentTab).toHaveText('Basis (variant)');
  await calc.fill('pricing.markup_rate', '20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  await bar.tab('Basis').click();
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  // Each tab has its own undo history.
  await expect(bar.undo).toBeEnabled();
  await bar.undo.click();
  await expect(bar.name).toHaveValue('');
  await bar.redo.click();

  await bar.closeButton('Basis (variant)').click();
  await expect(bar.tabs).toHaveText(['Basis']);
  await expect(bar.notice).toContainText(quoting`${'Basis (variant)'} er lukket.`);
  await bar.noticeUndo.click();
  await expect(bar.tabs).toHaveText(['Basis', 'Basis (variant)']);
  await bar.tab('Basis (variant)').click();
  await expect(calc.field('pricing.markup_rate')).toHaveValue('20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
});
