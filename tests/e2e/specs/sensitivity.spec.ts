// "Hvilke forudsætninger betyder mest?": the tornado of one output, with its table.
import { test, expect, type Page } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

async function openTornado(page: Page) {
  const fold = page.locator('#sensitivity');
  await fold.locator('summary').click();
  await expect(page.getByTestId('tornado')).toBeVisible();
  return fold;
}

test('the widest assumption is on top, each bar says both values, and all can be shown', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const fold = await openTornado(page);
  // The municipality's present value over the years is the default result.
  await expect(fold.getByRole('radio', { name: 'Kommunens resultat' })).toBeChecked();
  await expect(fold.getByRole('radio', { name: 'Over årene (nutidsværdi)' })).toBeChecked();
  const rows = page.getByTestId('tornado-table').locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.first().locator('th')).toHaveText('Kommunens pris pr. deltagerplads pr. uge');
  // Each bar is reached by the keyboard and names both ends and both results.
  const bar = page.locator('.tornado__row').first();
  await bar.focus();
  await expect(bar).toBeFocused();
  await expect(bar).toHaveAttribute('aria-label', /^Kommunens pris pr\. deltagerplads pr\. uge: Ved 1\.500\skr\.\/uge bliver resultatet -[\d.]+\skr\., ved 5\.000\skr\.\/uge -[\d.]+\skr\.$/);
  // A default at the end of its range has one side only, and the page says so.
  const occupancy = page.locator('.tornado__row').filter({ hasText: 'Belægningsgrad' });
  await expect(occupancy).toContainText('(står allerede i den høje ende)');
  await expect(page.getByTestId('tornado')).toContainText('En bjælke, der kun går til den ene side, betyder');
  // More than ten: "show all", and back.
  const all = fold.getByRole('button', { name: /^Vis alle \d+$/ });
  const count = Number((await all.textContent())!.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(10);
  await all.click();
  await expect(rows).toHaveCount(count);
  await fold.getByRole('button', { name: 'Vis kun de 10 største udsving' }).click();
  await expect(rows).toHaveCount(10);
});

test('a linear result moves by hand: the company against its alternative price in year one', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const fold = await openTornado(page);
  await fold.getByRole('radio', { name: 'Virksomhedens resultat i forhold til alternativet' }).check();
  await fold.getByRole('radio', { name: 'Første år' }).check();
  // 37.207,50 kr. now; 1.320 billed hours × (250 − 320) and × (450 − 320) kr.
  await expect(page.getByTestId('tornado')).toContainText('Nu: 37.208\u00a0kr.');
  const row = page.getByTestId('tornado-table').locator('tr').filter({ has: page.getByRole('rowheader', { name: 'Virksomhedens alternative timepris' }) });
  await expect(row.locator('td')).toHaveText([
    '320\u00a0kr./time',
    '250\u00a0kr./time → -55.193\u00a0kr.',
    '450\u00a0kr./time → 208.808\u00a0kr.',
    '264.000\u00a0kr.',
  ]);
  // A changed input moves the whole chart.
  await calc.fill('company.alternative_price_per_hour', '300');
  await expect(page.getByTestId('tornado')).toContainText('Nu: 10.808\u00a0kr.');
});
