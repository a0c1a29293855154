// Comparing scenarios: a variant's key figures against the baseline with their difference, the
// inputs that differ marked, a reset to the baseline (undoable); a list on narrow screens and the
// table in print.
import { test, expect, type Page } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ComparePage, ScenarioBar } from '../pages/scenarios';

const COVERAGE = 'Dækning af socialpædagogen';
const PAYMENT = 'Virksomhedens betaling for timerne';
const MARKUP = 'Overhead på lønomkostningen';

/** The default scenario and a variant of it with 20 % overhead, on the comparison page. */
async function variantCompared(page: Page): Promise<ComparePage> {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  const compare = new ComparePage(page);
  await calc.goto();
  await compare.open();
  await compare.add.click();
  await expect(bar.tabs).toHaveText(['Scenarie 1', 'Scenarie 1 (variant)']);
  // Two like scenarios compared: no input differs yet.
  await expect(compare.inputs).toContainText('Ingen');
  await bar.tab('Scenarie 1 (variant)').click();
  await expect(bar.currentTab).toHaveText('Scenarie 1 (variant)');
  await calc.fill('pricing.markup_rate', '20');
  await expect(calc.coverage).toHaveText('109,5\u00a0%');
  await compare.open();
  return compare;
}

test('a variant shows its differences from the baseline, and a reset removes them', async ({ page }) => {
  const compare = await variantCompared(page);
  const bar = new ScenarioBar(page);
  await expect(compare.pick(0)).toBeChecked();
  await expect(compare.pick(1)).toBeChecked();
  await expect(compare.base(0)).toBeChecked();
  await expect(compare.row('figures', COVERAGE)).toContainText('103,9\u00a0%');
  await expect(compare.row('figures', COVERAGE)).toContainText('109,5\u00a0%');
  await expect(compare.delta(COVERAGE)).toHaveText(/^Forskel fra basis: \+5,5\u00a0procentpoint bedre$/);
  await expect(compare.delta(PAYMENT)).toHaveText(/\+16\.748\u00a0kr\.$/); // the company's payment: neither better nor worse
  // Only the input that differs is listed, marked in the variant's column.
  await expect(compare.inputs.locator('tbody tr')).toHaveCount(1);
  await expect(compare.differs).toHaveCount(1);
  await expect(compare.differs).toContainText('20\u00a0%');
  await expect(compare.row('inputs', MARKUP).locator('td').first()).toHaveText('15\u00a0%');

  // The baseline can be the variant instead: the difference turns round.
  await compare.base(1).check();
  await expect(compare.delta(COVERAGE)).toHaveText(/-5,5\u00a0procentpoint dårligere$/);
  await compare.base(0).check();

  await compare.reset('Scenarie 1 (variant)').click();
  await expect(bar.notice).toContainText('»Scenarie 1 (variant)« har nu samme forudsætninger som basisscenariet.');
  await expect(compare.differs).toHaveCount(0);
  await expect(compare.inputs).toContainText('Ingen – scenarierne har de samme forudsætninger.');
  await expect(compare.delta(COVERAGE)).toHaveText(/uændret$/);
  // The reset is one step back.
  await bar.noticeUndo.click();
  await expect(compare.differs).toHaveCount(1);
  await expect(compare.delta(COVERAGE)).toHaveText(/\+5,5\u00a0procentpoint bedre$/);
});

test('at 320 px the comparison is one card per scenario', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const compare = await variantCompared(page);
  await expect(compare.figures).toBeHidden();
  await expect(compare.inputs).toBeHidden();
  await expect(compare.cards).toHaveCount(2);
  await expect(compare.cards.nth(0).getByRole('heading')).toHaveText('Scenarie 1 (basis)');
  await expect(compare.cards.nth(1)).toContainText('(+5,5\u00a0procentpoint)');
  await expect(compare.cards.nth(1)).toContainText(`${MARKUP}: 20\u00a0%`);
});

// In Danish a card's "103,9 % (uændret)" must wrap, or the page scrolls sideways at 320 px.
test('at 320 px the comparison does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await variantCompared(page);
  await new ComparePage(page).base(1).check();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('printed, the comparison is the table with its date, without the controls', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const compare = await variantCompared(page);
  await page.emulateMedia({ media: 'print' });
  await expect(compare.figures).toBeVisible();
  await expect(compare.inputs).toBeVisible();
  await expect(compare.narrow).toBeHidden();
  await expect(page.locator('.compare__date')).toHaveText(/^Udskrevet \d+\. \p{L}+ \d{4}$/u);
  await expect(page.locator('.scenario-bar')).toBeHidden();
  await expect(page.locator('.compare__controls')).toBeHidden();
  await expect(page.locator('.compare__actions')).toBeHidden();
});
