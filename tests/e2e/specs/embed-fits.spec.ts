// The embedded frame fits its content exactly, at phone and desktop widths and after folds open:
// no scrolling inside the frame, no empty band below the calculator.
import { test, expect, type FrameLocator, type Locator } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { useHostPage } from '../pages/host';

const host = useHostPage();

/** How far the frame's content overflows it (positive: it scrolls inside), and how much empty
 * room the frame has below its content (positive: a gap). */
async function fit(frameEl: Locator, frame: FrameLocator) {
  const frameHeight = (await frameEl.boundingBox())!.height;
  const [scrollHeight, contentHeight] = await frame.locator('html').evaluate((html) => [
    document.scrollingElement!.scrollHeight,
    html.getBoundingClientRect().height,
  ]);
  // The frame's height is the content's rounded up to a whole pixel.
  return { overflow: Math.max(0, scrollHeight - frameHeight), gap: Math.floor(frameHeight - contentHeight) };
}

for (const width of [320, 400, 768, 1280]) {
  test(`the frame is exactly as tall as the calculator at ${width} px, and after folds open`, async ({ page }) => {
    const calc = new CalculatorPage(page);
    await calc.goto();
    await calc.openEmbedPage();
    const snippet = await calc.embedSnippet.inputValue();
    expect(snippet).toContain('allow="clipboard-write"');
    const hostUrl = host.serve(`<!doctype html><html lang="da"><head><title>Kommunens side</title>
      <style>body { margin: 0 } .column { width: ${width}px }</style></head>
      <body><div class="column"><h1>Beregn jeres partnerskab</h1>${snippet}<p>Efter beregneren</p></div></body></html>`);
    await page.setViewportSize({ width: Math.max(width, 320), height: 800 });
    await page.goto(hostUrl);
    const frameEl = page.locator('#partnerskabsberegneren');
    const frame = page.frameLocator('#partnerskabsberegneren');
    await expect(frame.getByTestId('coverage')).toBeVisible();
    await expect.poll(async () => fit(frameEl, frame)).toEqual({ overflow: 0, gap: 0 });
    const before = (await frameEl.boundingBox())!.height;
    await frame.locator('details.advanced').first().locator('summary').click();
    await frame.locator('details.glossary > summary').click();
    await expect.poll(async () => (await frameEl.boundingBox())!.height).toBeGreaterThan(before + 100);
    await expect.poll(async () => fit(frameEl, frame)).toEqual({ overflow: 0, gap: 0 });
  });
}
