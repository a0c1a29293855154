// The views of the calculator that the quality gates visit: each puts the page in a state a user
// meets. Later features (share links, Monte Carlo, embedding) add theirs here.
import { expect, type Page } from '@playwright/test';
import { CalculatorPage } from './calculator';
import { ComparePage, LibraryPage, ScenarioBar } from './scenarios';

/** A view opens in Danish unless it can ask for `lang` itself (embed mode has no language button). */
export type View = { name: string; open: (page: Page, lang?: 'da' | 'en') => Promise<void> };

/** Two scenarios (the default and a variant with 20 % overhead) on the comparison page, in `lang`. */
async function compareTwo(page: Page, lang: 'da' | 'en' = 'da') {
  const calc = new CalculatorPage(page);
  const bar = new ScenarioBar(page);
  await calc.goto();
  if (lang === 'en') await calc.switchLanguage();
  await bar.addVariant.click();
  await calc.fill('pricing.markup_rate', '20');
  const compare = new ComparePage(page);
  await compare.open();
  await expect(compare.differs).toHaveCount(1);
}

/** Opens every folded section and waits for its contents. */
export async function openAllFolds(page: Page) {
  await new CalculatorPage(page).openAllFolds();
}

export const views: View[] = [
  { name: 'start', open: async (page) => { await new CalculatorPage(page).goto(); } },
  {
    name: 'all folds and sources open',
    open: async (page) => {
      await new CalculatorPage(page).goto();
      await openAllFolds(page);
      for (const toggle of await page.locator('.field__source-toggle').all()) await toggle.click();
    },
  },
  {
    name: 'bad input with error summary and stale results',
    open: async (page) => {
      const calc = new CalculatorPage(page);
      await calc.goto();
      await calc.fill('pricing.markup_rate', 'abc');
      await calc.fill('groups[1].hours_per_week', '40');
      await calc.page.locator('.error-summary').waitFor();
    },
  },
  {
    name: 'fixed price and fixed staffing with warnings',
    open: async (page) => {
      const calc = new CalculatorPage(page);
      await calc.goto();
      await page.locator('#pricing-mode-1').check();
      await page.locator('#staffing-mode-1').check();
      await calc.fill('pricing.fixed_hourly_price', '200');
    },
  },
  {
    name: 'embedded, prefilled, locked and themed',
    open: async (page, lang = 'da') => {
      await new CalculatorPage(page).goto(`?embed=1&lang=${lang}&model=joint&set.municipal.course_price_per_week=2500&lock.municipal.course_price_per_week=Kommunens%20pris&accent=005a7e&font=verdana&hide=glossary`);
    },
  },
  {
    name: 'the embed page',
    open: async (page) => {
      const calc = new CalculatorPage(page);
      await calc.goto();
      await calc.openEmbedPage();
    },
  },
  {
    name: 'supplier model with a gap',
    open: async (page) => {
      const calc = new CalculatorPage(page);
      await calc.goto();
      await calc.choosePreset('supplier');
    },
  },
  {
    name: 'the library with a saved and a damaged scenario, a deletion to undo',
    open: async (page) => {
      const calc = new CalculatorPage(page);
      const library = new LibraryPage(page);
      await calc.goto();
      await library.seed({ damaged: '{"format":' });
      await new ScenarioBar(page).rename('Værksted Nord');
      await library.open();
      await library.saveActive.click();
      await library.button('Duplikér', 'Værksted Nord').click();
      await library.button('Slet', 'Værksted Nord (kopi)').click();
      await expect(library.undoDelete).toBeVisible();
      await expect(library.damaged).toBeVisible();
      await library.button('Omdøb', 'Værksted Nord').click();
    },
  },
  { name: 'the comparison of two scenarios', open: (page, lang) => compareTwo(page, lang) },
  {
    name: 'the menu of files open, two tabs of one name',
    open: async (page) => {
      const bar = new ScenarioBar(page);
      await new CalculatorPage(page).goto();
      await bar.rename('Basis');
      await bar.addVariant.click();
      await bar.name.fill('Basis');
      await page.locator('#scenario-name-taken').waitFor();
      await bar.openFileMenu();
    },
  },
  {
    name: 'every working open, for a municipality reader',
    open: async (page, lang = 'da') => {
      const calc = new CalculatorPage(page);
      await calc.goto(`?lang=${lang}&reader=municipality`);
      for (const toggle of await page.locator('.working__toggle').all()) await toggle.click();
      await expect(page.locator('.working__toggle[aria-expanded="false"]')).toHaveCount(0);
    },
  },
  {
    name: 'a company reader, printed',
    open: async (page, lang = 'da') => {
      const calc = new CalculatorPage(page);
      await calc.goto(`?lang=${lang}&reader=company`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.report-head')).toBeVisible();
    },
  },
  {
    name: 'the comparison printed',
    open: async (page, lang) => {
      await compareTwo(page, lang);
      await page.emulateMedia({ media: 'print' });
      await expect(new ComparePage(page).figures).toBeVisible();
    },
  },
  {
    name: 'ten years of the spin-off, read by the municipality',
    open: async (page) => {
      const calc = new CalculatorPage(page);
      await calc.goto('?reader=municipality');
      await calc.choosePreset('spin_off');
      await calc.fill('projection.years', '10');
      await expect(calc.yearsTable.locator('tbody tr')).toHaveCount(10);
    },
  },
  {
    name: 'which assumptions matter most, all shown',
    open: async (page, lang = 'da') => {
      const calc = new CalculatorPage(page);
      await calc.goto(`?lang=${lang}`);
      await page.locator('#sensitivity > summary').click();
      await expect(page.getByTestId('tornado')).toBeVisible();
      await page.locator('#sensitivity .button').click();
    },
  },
  {
    name: 'how certain the result is: every estimate uncertain, the histogram and its table',
    open: async (page, lang = 'da') => {
      const calc = new CalculatorPage(page);
      await calc.goto(`?lang=${lang}`);
      const fold = await calc.openSimulation();
      await fold.locator('.button-row .button').first().click();
      await expect(page.getByTestId('histogram')).toBeVisible();
      await fold.locator('.chart__table > summary').click();
      await expect(page.getByTestId('histogram-table')).toBeVisible();
    },
  },
  {
    name: 'a range at its field with an error, and in the summary',
    open: async (page, lang = 'da') => {
      const calc = new CalculatorPage(page);
      await calc.goto(`?lang=${lang}`);
      await calc.markUncertain('municipal.course_price_per_week');
      await calc.rangeEnd('municipal.course_price_per_week', 'high').fill('1.000');
      await expect(calc.errorSummary).toBeVisible();
      await calc.markUncertain('municipal.occupancy');
    },
  },
];
