// Embedding on a municipal site: a host page on another origin, auto-height, prefill and theme,
// hostile conditions.
import { test, expect, type Page } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { useHostPage } from '../pages/host';

const host = useHostPage();

/** Serves `html` as the host page on another origin and returns its address. */
async function hostPage(_page: Page, _appUrl: string, html: string): Promise<string> {
  return host.serve(html);
}

test('a host page on another origin embeds the calculator, and the iframe follows its height', async ({ page, baseURL }) => {
  // The snippet as the embed page builds it.
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.openEmbedPage();
  await calc.embedControl('price').fill('2.500');
  await calc.embedControl('lock').check();
  const snippet = await calc.embedSnippet.inputValue();
  expect(snippet).toContain('embed=1');
  expect(snippet).toContain('event.origin !== origin');

  const hostUrl = await hostPage(page, baseURL!, `<!doctype html><html lang="da"><head><title>Kommunens side</title></head>
    <body><h1>Socialøkonomiske virksomheder</h1>${snippet}<p>Efter beregneren</p></body></html>`);
  await page.goto(hostUrl);
  const frameEl = page.locator('#partnerskabsberegneren');
  const frame = page.frameLocator('#partnerskabsberegneren');
  await expect(frame.getByTestId('coverage')).toBeVisible();
  await expect(frameEl).toHaveAttribute('title', /Partnerskabsberegneren/);
  // The course price is prefilled and locked.
  await expect(frame.locator('input[data-path="municipal.course_price_per_week"]')).toHaveValue('2.500');
  await expect(frame.locator('input[data-path="municipal.course_price_per_week"]')).toHaveJSProperty('readOnly', true);
  // The iframe is as tall as its content: no scrolling inside scrolling.
  const height = async () => (await frameEl.boundingBox())!.height;
  await expect.poll(height).toBeGreaterThan(1000);
  const inner = async () => frame.locator('#app-root').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom));
  await expect.poll(async () => Math.abs((await height()) - (await inner()))).toBeLessThan(4);
  const before = await height();
  await frame.locator('details.advanced').first().locator('summary').click();
  await frame.locator('details.glossary > summary').click();
  await expect.poll(height).toBeGreaterThan(before + 100);
  // The calculator never touches the host page.
  await expect(page).toHaveTitle('Kommunens side');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});

test('with storage blocked inside the iframe the calculator still computes', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const hostUrl = await hostPage(page, baseURL!, `<!doctype html><html lang="da"><head><title>Vært</title></head><body>
    <iframe id="calc" src="${baseURL}?embed=1" title="Partnerskabsberegneren" style="width:100%;height:800px;border:0"></iframe></body></html>`);
  await page.goto(hostUrl);
  const frame = page.frameLocator('#calc');
  await expect(frame.getByTestId('coverage')).toHaveText('103,9\u00a0%');
  await frame.locator('input[data-path="pricing.markup_rate"]').fill('20');
  await expect(frame.getByTestId('coverage')).toHaveText('109,5\u00a0%');
  expect(errors).toEqual([]);
});

test('prefill and theme parameters take effect', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto('?embed=1&lang=en&model=joint&year=2025&set.municipal.course_price_per_week=2500&set.pricing.markup_rate=20&lock.municipal.course_price_per_week=Our%20price%202026&accent=005a7e&font=georgia&hide=glossary,breakevens');
  await expect(calc.root).toHaveAttribute('lang', 'en');
  await expect(calc.presetRadio('joint')).toBeChecked();
  await expect(calc.field('pricing.markup_rate')).toHaveValue('20');
  await expect(calc.field('municipal.course_price_per_week')).toHaveValue('2,500');
  await expect(calc.field('municipal.course_price_per_week')).toHaveJSProperty('readOnly', true);
  await expect(calc.fieldBox('municipal.course_price_per_week')).toContainText('Locked on this site: Our price 2026');
  await expect(calc.headerActions).toHaveCount(0);
  await expect(page.locator('details.glossary')).toHaveCount(0);
  await expect(calc.breakEven('Price')).toHaveCount(0);
  const styles = await calc.root.evaluate((el) => {
    const s = getComputedStyle(el);
    return { brand: s.getPropertyValue('--brand').trim(), font: s.fontFamily };
  });
  expect(styles.brand).toBe('#005a7e');
  expect(styles.font).toContain('Georgia');
  // The locked price does not change by typing.
  await calc.field('municipal.course_price_per_week').focus();
  await page.keyboard.type('9');
  await expect(calc.field('municipal.course_price_per_week')).toHaveValue('2,500');
});

test('a municipality sets its own tax rate and the years, locks its share assumption, or hides the years', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto('?embed=1&reader=municipality&set.public.kommuneskat=25.3&set.projection.years=5&lock.projection.otherwise_fp=Rebild%20Kommunes%20sk%C3%B8n');
  await expect(calc.yearsTable.locator('tbody tr')).toHaveCount(5);
  await expect(calc.yearsVerdicts.first()).toContainText('Kommunens samlede resultat');
  await expect(calc.field('projection.otherwise_fp')).toHaveJSProperty('readOnly', true);
  await expect(calc.fieldBox('projection.otherwise_fp')).toContainText('Låst på denne side: Rebild Kommunes skøn');
  await calc.openAllFolds();
  await expect(calc.field('public.kommuneskat')).toHaveValue('25,3');
  await calc.goto('?embed=1&hide=years');
  await expect(calc.years).toHaveCount(0);
});

test('bad parameters are ignored with a console note, never an error page', async ({ page }) => {
  const notes: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'info') notes.push(m.text()); if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const calc = new CalculatorPage(page);
  await calc.goto('?embed=1&lang=xx&model=nope&year=1999&accent=ffff00&font=comic&hide=all&set.municipal.course_price_per_week=-5&set.groups[0].persons=3&lock.nope=1&%3Cscript%3E=1');
  await expect(calc.coverage).toHaveText('103,9\u00a0%');
  await expect(calc.root).toHaveAttribute('lang', 'da');
  expect(notes.filter((n) => n.includes('ignored')).length).toBe(10);
  expect(errors).toEqual([]);
});

test('the embed page builds the snippet, copies it and previews it live', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const calc = new CalculatorPage(page);
  await calc.goto();
  await calc.openEmbedPage();
  await calc.embedControl('lang').selectOption('en');
  await calc.embedControl('model').selectOption('in_house');
  // A model without participant places has no price per place to set or lock.
  await expect(page.locator('#embed-no-places')).toBeVisible();
  await expect(calc.embedControl('price')).toHaveCount(0);
  await calc.embedControl('hide-glossary').check();
  const snippet = await calc.embedSnippet.inputValue();
  expect(snippet).toContain('lang=en');
  expect(snippet).toContain('model=in_house');
  expect(snippet).toContain('hide=glossary');
  await calc.embedControl('copy').click();
  await expect(page.getByRole('status').filter({ hasText: 'kopieret' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  // The preview shows the same calculator and grows to its content.
  const preview = page.frameLocator('#embed-preview');
  await expect(preview.getByTestId('coverage')).toHaveText('50.1%');
  await expect.poll(async () => Number(await calc.embedPreview.getAttribute('height'))).toBeGreaterThan(1000);
  // A colour with too little contrast is refused, plainly.
  await calc.embedControl('accent').evaluate((el: HTMLInputElement) => { el.value = '#ffff00'; el.dispatchEvent(new Event('change', { bubbles: true })); });
  await expect(page.locator('#embed-accent-msg')).toBeVisible();
});
