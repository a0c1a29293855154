// Files out and in: the scenario file (JSON) holds every input and opens again as the same
// scenario; the spreadsheet (CSV) is written for a Danish Excel.
import { test, expect, type Page } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar, quoting } from '../pages/scenarios';

const NAME = 'Nord; "A"';

/** A scenario with a name a spreadsheet must quote, the supplier model and two changed inputs. */
async function edited(page: Page) {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await calc.choosePreset('supplier');
  await bar.rename(NAME);
  // Done once the page shows them (the address follows the render).
  await bar.linkAfter(
    () => calc.fill('pricing.markup_rate', '20,5'),
    () => calc.fill('company.alternative_price_per_hour', '2.345,5'),
  );
  return { calc, bar };
}

test('the spreadsheet is UTF-8 with BOM, semicolons, decimal commas and CRLF', async ({ page }) => {
  const { calc, bar } = await edited(page);
  // The years of the inputs as edited have arrived.
  await expect(calc.yearsTable).toBeVisible();
  await expect(calc.years).not.toHaveAttribute('aria-busy', 'true');
  const csv = await bar.download(bar.exportCsv);
  expect(csv.name).toBe('Nord-A.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.text.replace(/^\ufeff/, '');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const rows = text.split('\r\n');
  expect(rows[0]).toBe('Partnerskabsberegneren');
  expect(rows[1]).toMatch(/^Dato;\d{1,2}\. \p{L}+ \d{4}$/u);
  // The name holds ";" and '"': quoted, quotes doubled.
  expect(rows).toContain('Scenarie;"Nord; ""A"""');
  expect(rows.indexOf('Nøgletal')).toBeGreaterThan(0);
  expect(rows.indexOf('Forudsætninger')).toBeGreaterThan(rows.indexOf('Nøgletal'));
  // Each party's figure of each year, before the assumptions.
  expect(rows.indexOf('Over årene')).toBeGreaterThan(rows.indexOf('Nøgletal'));
  expect(rows.indexOf('Over årene')).toBeLessThan(rows.indexOf('Forudsætninger'));
  expect(rows).toContainEqual(expect.stringMatching(/^Kommunen, år 3 \(kr\.\);-?\d+(,\d\d?)?$/));
  // Kroner to the øre without a thousands separator, with a decimal comma; counts with the
  // decimals a spreadsheet user calculates on (0,6286 årsværk, not 0,6).
  expect(rows).toContainEqual(expect.stringMatching(/^Virksomhedens betaling for timerne \(kr\.\);\d{5,}(,\d\d?)?$/));
  expect(rows).toContainEqual(expect.stringMatching(/^Socialpædagoger \(årsværk\);\d+(,\d{1,4})?$/));
  expect(rows).toContainEqual(expect.stringMatching(/^Virksomhedens pris pr\. faktureret time \(kr\.\);\d+,\d\d$/));
  expect(rows).toContain('Overhead på lønomkostningen (%);20,5');
  expect(rows).toContain('Virksomhedens alternative timepris (kr./time);2345,5');
  expect(rows).toContain('Partnerskabsmodel;Leverandør');
  for (const row of rows.filter((r) => r.includes(';'))) {
    expect(row, row).not.toMatch(/;-?\d{1,3}\.\d{3}/);
  }
});

test('the scenario file holds every input and opens again as the same scenario', async ({ page }) => {
  const { calc, bar } = await edited(page);
  const coverage = await calc.coverage.textContent();
  const json = await bar.download(bar.exportJson);
  expect(json.name).toBe('Nord-A.json');
  const file = JSON.parse(json.text);
  expect(file).toMatchObject({
    format: 'partnerskabsberegneren.scenario',
    version: 5,
    name: NAME,
    model: 'supplier',
    scenario: { pricing: { markup_rate: 0.205 }, company: { alternative_price_per_hour: 2345.5 } },
  });
  expect(Date.parse(file.saved)).not.toBeNaN();
  expect(file.scenario.groups.length).toBeGreaterThan(0);

  // Opened in a fresh page it is a new tab with the same values.
  await calc.goto();
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  await bar.openFile(json.name, json.bytes);
  await expect(bar.tabs).toHaveText(['Scenarie 1', NAME]);
  await expect(bar.currentTab).toHaveText(NAME);
  await expect(bar.notice).toContainText(quoting`Åbnet som nyt scenarie: ${NAME}.`);
  await expect(calc.coverage).toHaveText(coverage!);
  await expect(calc.presetRadio('supplier')).toBeChecked();
  await expect(calc.field('pricing.markup_rate')).toHaveValue('20,5');
  await expect(calc.field('company.alternative_price_per_hour')).toHaveValue('2.345,5');
});

test('a file that is no scenario is refused with a reason, and nothing changes', async ({ page }) => {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  await bar.openFile('regneark.json', '{"format":');
  await expect(bar.noticeError).toContainText('Filen kunne ikke åbnes.');
  await bar.openFile('andet.json', '{"format": "noget andet", "version": 1}');
  await expect(bar.noticeError).toContainText('ikke en scenariefil fra beregneren.');
  await expect(bar.tabs).toHaveCount(1);
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
});
