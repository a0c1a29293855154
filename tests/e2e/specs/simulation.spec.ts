// "Hvor sikkert er resultatet?": ranges at the fields, draws with a seed, and what they show.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar } from '../pages/scenarios';

const occupancy = 'municipal.occupancy';
const coursePrice = 'municipal.course_price_per_week';

test('a range shows its shape and the P10 and P90 it implies at the field', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.fill(occupancy, '80');
  await calc.markUncertain(occupancy);
  const range = calc.range(occupancy);
  // The button is gone once pressed: the focus moves on to the low end.
  await expect(calc.rangeEnd(occupancy, 'low')).toBeFocused();
  // The typical range of the occupancy, around the value 80 %.
  await expect(calc.rangeEnd(occupancy, 'low')).toHaveValue('70');
  await expect(calc.rangeEnd(occupancy, 'high')).toHaveValue('100');
  await calc.rangeEnd(occupancy, 'low').fill('50');
  // Triangle 50–80–100: P10 = 50 + √(0,1 · 50 · 30) = 62,25; P90 = 100 − √(0,1 · 50 · 20) = 90.
  await expect(range).toContainText('Mest sandsynlig: feltets værdi, 80\u00a0%. 8 ud af 10 trækninger ligger mellem 62,25\u00a0% og 90\u00a0% (P10 og P90).');
  await expect(range.getByRole('img')).toHaveAccessibleName('Trekantfordeling fra 50\u00a0% til 100\u00a0% med toppunkt ved 80\u00a0%');
  await range.getByRole('button', { name: 'Fjern interval' }).click();
  await expect(range).toHaveCount(0);
  await expect(calc.fieldBox(occupancy).getByRole('button', { name: 'Angiv usikkerhed' })).toBeFocused();
});

test('the same seed gives the same percentiles, another seed others, and back again', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.markUncertain(coursePrice);
  await calc.markUncertain(occupancy);
  const fold = await calc.openSimulation();
  await fold.getByRole('radio', { name: '1.000' }).check();
  await expect(calc.simulationBasis).toHaveText('1.000 trækninger med startværdien 2026. Alle trækninger var gyldige.');
  const first = await calc.simulationTable.innerText();
  const seed = fold.getByLabel('Startværdi for trækningerne');
  await seed.fill('7');
  await expect(calc.simulationBasis).toContainText('startværdien 7.');
  const other = await calc.simulationTable.innerText();
  expect(other).not.toEqual(first);
  await seed.fill('2026');
  await expect(calc.simulationBasis).toContainText('startværdien 2026.');
  await expect.poll(() => calc.simulationTable.innerText()).toBe(first);
  // "Ny startværdi" draws another seed, shown in the field.
  await fold.getByRole('button', { name: 'Ny startværdi' }).click();
  await expect(seed).not.toHaveValue('2026');
  await expect(calc.simulationBasis).toContainText(`startværdien ${await seed.inputValue()}.`);
});

test('a link reopened shows the very same percentiles', async ({ page, context }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.markUncertain(coursePrice);
  await calc.markUncertain('groups[0].persons');
  const fold = await calc.openSimulation();
  await fold.getByLabel('Startværdi for trækningerne').fill('4711');
  await expect(calc.simulationBasis).toContainText('startværdien 4711.');
  const table = await calc.simulationTable.innerText();
  const shares = await page.getByTestId('simulation-shares').innerText();
  const link = await new ScenarioBar(page).copiedLink();
  const other = await context.newPage();
  const again = new CalculatorPage(other);
  await other.goto(link);
  await new CalculatorPage(other).alive();
  await expect(again.range(coursePrice)).toBeVisible();
  await again.openSimulation();
  await expect(again.simulationBasis).toContainText('10.000 trækninger med startværdien 4711.');
  await expect.poll(() => again.simulationTable.innerText()).toBe(table);
  expect(await other.getByTestId('simulation-shares').innerText()).toBe(shares);
});

test('the shares are shares of the user\'s ranges, and the notes say what the draws assume', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const fold = await calc.openSimulation();
  await expect(fold).toContainText('Ingen forudsætninger har et interval endnu.');
  await fold.getByRole('button', { name: 'Brug de typiske intervaller for alle skøn' }).click();
  await expect(fold.getByTestId('marked')).toHaveText(/^\d+ forudsætninger har et interval\.$/);
  const shares = page.getByTestId('simulation-shares').locator('li');
  await expect(shares).toHaveCount(4);
  await expect(shares.nth(0)).toHaveText(/^I [\d,]+\s% af trækningerne er socialpædagogen fuldt dækket det første år\.$/);
  await expect(shares.nth(2)).toHaveText(/^I [\d,]+\s% af trækningerne er kommunens nutidsværdi mindst 0\skr\.$/);
  await expect(fold).toContainText('ikke sandsynligheder');
  await expect(fold).toContainText('Forudsætningerne trækkes uafhængigt af hinanden.');
  await expect(fold).toContainText('et hold på 3 pladser over 3 år kan give ét job, to eller slet ingen');
  // The histogram has a title, a description and a table; the table's draws add up.
  const chart = page.getByTestId('histogram');
  await expect(chart.locator('title')).toHaveText('Kommunens resultat – over årene (nutidsværdi)');
  await expect(chart.locator('desc')).toContainText('Det skraverede bånd går fra P10');
  await fold.getByText('Fordelingen som tabel').click();
  const counts = await page.getByTestId('histogram-table').locator('tbody td:last-child').allInnerTexts();
  const total = counts.map((c) => Number(c.replace(/\./g, ''))).reduce((a, b) => a + b, 0);
  expect(total).toBe(10000);
  // Removing every range leaves the base case in every draw.
  await fold.getByRole('button', { name: 'Fjern alle intervaller' }).click();
  await expect(fold).toContainText('Ingen forudsætninger har et interval endnu.');
});

test('draws that break a rule are counted and reported', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  // Into fleksjob and into ordinary jobs together may not pass 100 % of the leavers.
  await calc.markUncertain('projection.flex_share');
  await calc.rangeEnd('projection.flex_share', 'high').fill('90');
  await calc.markUncertain('projection.ordinary_share');
  await calc.rangeEnd('projection.ordinary_share', 'high').fill('90');
  await calc.openSimulation();
  await expect(calc.simulationBasis).toHaveText(/trækninger? gav en ugyldig kombination .* og er udeladt\. Tallene bygger på de [\d.]+ gyldige\.$/);
});

test('bad ranges get a message at the field and in the summary, and the results stay', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const coverage = await calc.coverage.textContent();
  await calc.markUncertain(coursePrice);
  // Low above high.
  await calc.rangeEnd(coursePrice, 'low').fill('4.000');
  await calc.rangeEnd(coursePrice, 'high').fill('3.500');
  const range = calc.range(coursePrice);
  await expect(range.locator('.field__message')).toHaveText(/^Fejl:\s?Den høje værdi må ikke være lavere end den lave værdi \(4\.000\skr\.\/uge\)\.$/);
  await expect(calc.rangeEnd(coursePrice, 'high')).toHaveAttribute('aria-invalid', 'true');
  await expect(calc.errorSummary).toContainText('Kommunens pris pr. deltagerplads pr. uge, høj værdi: Den høje værdi må ikke være lavere end den lave værdi');
  // The most likely value (the field's) outside the range.
  await calc.rangeEnd(coursePrice, 'high').fill('5.000');
  await expect(range.locator('.field__message')).toContainText('Feltets værdi, 2.000\u00a0kr./uge, er den mest sandsynlige og skal derfor ligge mellem den lave og den høje værdi (4.000\u00a0kr./uge – 5.000\u00a0kr./uge).');
  // Text that is no number.
  await calc.rangeEnd(coursePrice, 'low').fill('fire');
  await expect(range.locator('.field__message')).toHaveCount(1);
  await expect(calc.errorSummary).toContainText('lav værdi');
  // The results of the inputs themselves are not blocked, and the simulation says what to do.
  await expect(calc.coverage).toHaveText(coverage!);
  const fold = await calc.openSimulation();
  await expect(fold).toContainText('Der regnes igen, når fejlene i intervallerne eller startværdien er rettet.');
  // The summary's link goes to the range's end.
  await calc.errorSummary.getByRole('link', { name: /lav værdi/ }).click();
  await expect(calc.rangeEnd(coursePrice, 'low')).toBeFocused();
  // A seed that is no whole number.
  await fold.getByLabel('Startværdi for trækningerne').fill('12,5');
  await expect(calc.errorSummary).toContainText('Startværdi for trækningerne: Startværdien skal være et helt tal');
});

test('the English page says it all in English', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto('?lang=en');
  await calc.markUncertain(coursePrice);
  const fold = await calc.openSimulation();
  await expect(calc.simulationBasis).toHaveText('10,000 draws with the seed 2026. Every draw was valid.');
  await expect(fold.getByRole('button', { name: 'New seed' })).toBeVisible();
});
