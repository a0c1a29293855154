// The municipality's and the state's side: four parties, the rate year, and the sources.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';

test('the four-party view shows kommune and stat with a plain verdict each', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  // Hand-computed in tests/model_public_purse.rs (joint model, 2026 rates).
  await expect(calc.verdicts).toContainText('Virksomheden sparer 37.208\u00a0kr. om året i forhold til sit alternativ.');
  await expect(calc.verdicts).toContainText('I det første år betaler kommunen 199.549\u00a0kr. mere for deltagerpladser og mentorstøtte, end den får ind i skat');
  await expect(calc.verdicts).toContainText('I det første år får staten 53.496\u00a0kr. i skat og sparet refusion.');
  for (const party of ['Virksomheden', 'Den socialøkonomiske virksomhed', 'Kommunen', 'Staten']) {
    await expect(calc.parties.getByRole('heading', { name: party, exact: true })).toBeVisible();
  }
  await expect(calc.parties).toContainText('-199.549\u00a0kr.');
  await expect(calc.parties.getByRole('img')).toHaveAttribute('aria-label', /Statens resultat i det første år er 53\.496/);
});

test('the rate-year switch changes the figures and the sources panel', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const sources = await calc.openSources();
  await expect(sources.locator('summary')).toContainText('satsår 2026');
  await expect(sources).toContainText('21.600\u00a0kr. pr. md.');
  await expect(calc.verdicts).toContainText('I det første år får staten 53.496\u00a0kr.');
  await calc.chooseLabelled('rate-year', '2025');
  await expect(sources.locator('summary')).toContainText('satsår 2025');
  await expect(sources).toContainText('20.670\u00a0kr. pr. md.');
  await expect(calc.verdicts).not.toContainText('I det første år får staten 53.496\u00a0kr.');
  // Every input's source names its year and status.
  await expect(sources).toContainText('2024 · bekræftet');
  await expect(sources).toContainText('Huset Venture');
});

test('when no overhead suits both parties, the page says so', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.fill('company.alternative_price_per_hour', '270');
  await expect(calc.verdicts).toContainText('Intet overhead passer begge parter: socialpædagogen kræver mindst 11,4\u00a0%, men over 6,4\u00a0% er alternativet billigere for virksomheden.');
});

test('an unusual value is allowed but warned with its typical range', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.fill('pricing.markup_rate', '150');
  await expect(calc.messageFor('pricing.markup_rate')).toHaveText('Bemærk: Usædvanlig værdi: typisk 5–30\u00a0%. Tjek tallet.');
  await expect(calc.field('pricing.markup_rate')).toHaveAttribute('aria-invalid', 'false');
  expect(await calc.resultsAreCurrent()).toBe(true);
});
