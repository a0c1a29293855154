// "Over årene": the projection of the active scenario, with a sentence per party, a yearly table,
// two charts with their tables, and the counterfactual in the open.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar } from '../pages/scenarios';

const FIXTURES = `${__dirname}/../../../crates/formats/tests/fixtures`;

test('the yearly table and both charts render, each chart with its table', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(calc.years.getByRole('heading', { name: 'Over årene', level: 2 })).toBeVisible();
  // Three years by default, then the sums.
  await expect(calc.yearsTable.locator('tbody tr')).toHaveCount(3);
  for (const row of ['I alt', 'Nutidsværdi', 'Positivt fra', 'Varig effekt (sidste år)']) {
    await expect(calc.yearsRow(row)).toHaveCount(1);
  }
  await expect(calc.yearsTable.locator('thead th')).toHaveText([
    'År', 'Virksomheden', 'Den socialøkonomiske virksomhed', 'Kommunen', 'Staten', 'Det offentlige i alt',
  ]);
  // The company gains from the first year; the municipality pays for places every year.
  await expect(calc.yearsRow('Positivt fra')).toContainText('år 1');
  await expect(calc.yearsRow('Positivt fra')).toContainText('ikke inden for 3 år');
  await expect(calc.yearsVerdicts.first()).toHaveText(/^Virksomhedens samlede resultat er positivt fra første år: [\d.]+\u00a0kr\. i nutidsværdi over 3 år\.$/);
  await expect(calc.yearsVerdicts).toContainText([/Kommunens samlede resultat bliver ikke positivt inden for 3 år: -[\d.]+\u00a0kr\. i nutidsværdi\./]);
  // Each chart is an image with a title and a text description, and says where its table is
  // (the line chart's table comes before it, the bar chart's right after it).
  for (const [id, title, where] of [
    ['cumulative-chart', 'Hver parts samlede resultat år for år', 'Tallene står i tabellen ovenfor.'],
    ['persons-chart', 'Hvor deltagerne er ved årets udgang', 'Tallene står i tabellen nedenfor.'],
  ]) {
    const chart = calc.yearsChart(id);
    await expect(chart.getByRole('img', { name: new RegExp(title) })).toBeVisible();
    await expect(chart.locator('desc')).toContainText('Tallene står i tabellen');
    await expect(chart.locator('figcaption')).toContainText(where);
  }
  await expect(calc.yearsChart('cumulative-chart').locator('desc')).not.toContainText('..');
  await expect(calc.yearsChart('cumulative-chart').locator('polyline')).toHaveCount(5);
  await expect(calc.personsTable.locator('tbody tr')).toHaveCount(3);
  await expect(calc.personsTable.locator('tbody tr').first().locator('td').first()).toHaveText('3,0');
  // The tables scroll on a narrow screen: their region takes the keyboard's focus.
  const region = page.getByRole('region', { name: /Hver parts resultat år for år/ });
  await region.focus();
  await expect(region).toBeFocused();
});

test('a changed input moves the years: more years, more jobs, another reader', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const pv = calc.yearsRow('Nutidsværdi').locator('td').nth(2);
  await expect(pv).toHaveText(/^-[\d.]+\u00a0kr\.$/);
  const before = await pv.textContent();
  await calc.fill('projection.years', '5');
  await expect(calc.yearsTable.locator('tbody tr')).toHaveCount(5);
  await expect(calc.yearsVerdicts.first()).toContainText('over 5 år');
  await expect(pv).not.toHaveText(before!);
  // More former participants in unsubsidised jobs raise the municipality's present value.
  const five = Number((await pv.textContent())!.replace(/[^\d-]/g, ''));
  await calc.fill('projection.ordinary_share', '40');
  await expect(pv).not.toHaveText(`${five}`);
  await expect.poll(async () => Number((await pv.textContent())!.replace(/[^\d-]/g, ''))).toBeGreaterThan(five);
  // The municipality's reader sees its own sentence first.
  await calc.reader('Kommunen').check();
  await expect(calc.yearsVerdicts.first()).toContainText('Kommunens samlede resultat');
});

test('the counterfactual is said in words, with the municipality without the førtidspension share', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  const box = calc.years.locator('.years__counterfactual');
  await expect(box.getByRole('heading', { name: 'Hvad de tidligere deltagere ellers ville have fået' })).toBeVisible();
  await expect(box).toContainText('95\u00a0% af de tidligere deltagere, der er kommet i job, ellers ville have beholdt deres ydelse (kontanthjælp, forhøjet sats');
  await expect(box).toContainText('14.201\u00a0kr. om måneden');
  await expect(box).toContainText('5\u00a0% ville være endt på førtidspension');
  await expect(box.getByTestId('without-fp')).toContainText('Sættes den til 0\u00a0%, er kommunens nutidsværdi');
  await calc.fill('projection.otherwise_fp', '0');
  await expect(box.getByTestId('without-fp')).toHaveCount(0);
  await expect(box).toContainText('0\u00a0% ville være endt på førtidspension');
});

test('shares of the same people above 100 % are refused at the field', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await expect(calc.yearsTable).toBeVisible();
  await calc.fill('projection.flex_share', '70');
  await calc.fill('projection.ordinary_share', '40');
  await expect(calc.messageFor('projection.ordinary_share')).toHaveText(
    'Fejl: Sammen med »Andel, der går i fleksjob efter forløbet« bliver summen 110,0\u00a0%, men den må højst være 100 %.');
  await expect(calc.years.getByRole('status')).toContainText('Tallene nedenfor bygger på de seneste gyldige indtastninger');
});

test('with errors before any years have been worked out, the section says what to do', async ({ page }) => {
  const calc = new CalculatorPage(page);
  // A link whose scenario has an error: no years can be worked out until it is fixed.
  await calc.goto('?embed=1&set.projection.flex_share=70');
  await calc.fill('projection.ordinary_share', '40');
  await expect(calc.years).toContainText(/Årene vises, når fejlene i indtastningerne er rettet\.|Tallene nedenfor bygger på de seneste gyldige indtastninger/);
  await calc.fill('projection.ordinary_share', '10');
  await expect(calc.yearsTable).toBeVisible();
});

test('the spin-off is a department in year one, then a company of its own', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.choosePreset('spin_off');
  await expect(calc.yearsRow(/^År 1 \(afdeling hele året\)$/)).toHaveCount(1);
  // The social enterprise has no figure of its own while a department.
  await expect(calc.yearsRow(/^År 1/).locator('td').nth(1)).toHaveText('–');
  await expect(calc.yearsRow(/^År 2$/).locator('td').nth(1)).toHaveText(/kr\.$/);
  await expect(calc.field('projection.spin_off_month')).toHaveValue('13');
  await calc.fill('projection.spin_off_month', '7');
  await expect(calc.yearsRow(/^År 1 \(afdeling i 6 måneder, derefter selvstændig\)$/)).toHaveCount(1);
});

test('an old link and an old file open with the new inputs at their defaults', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  // The joint model's link as version 1 wrote it (frozen in the formats crate's fixtures).
  const link = readFileSync(`${FIXTURES}/links/v1/joint.txt`, 'utf8').trim();
  await calc.goto(`#s=${link}`);
  await expect(calc.field('projection.years')).toHaveValue('3');
  await expect(page.locator('#projection-via-se')).not.toBeChecked();
  await expect(calc.yearsTable.locator('tbody tr')).toHaveCount(3);
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  // A scenario file of version 3, with the tax rates it held then: read, the tax rates dropped.
  await calc.fill('pricing.markup_rate', '20');
  await bar.openFile('fælles.json', readFileSync(`${FIXTURES}/v3/joint.json`, 'utf8'));
  await expect(bar.tabs).toHaveCount(2);
  await expect(calc.field('projection.years')).toHaveValue('3');
  await expect(calc.verdicts).toContainText('I det første år betaler kommunen 199.549');
});
