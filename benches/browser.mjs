// Browser benchmarks, printed as a report: the first complete render of the app and of a minimal
// Yew page (median of LOADS fresh loads each), and input-to-updated-results latency over EDITS edits.
// Usage: node benches/browser.mjs APP_URL MINIMAL_URL [LOADS] [EDITS]
import { chromium } from '@playwright/test';

const [appUrl, minimalUrl, loadsArg, editsArg] = process.argv.slice(2);
const LOADS = Number(loadsArg ?? 21);
const EDITS = Number(editsArg ?? 300);
const YEARS_EDITS = 80;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

// Records when `selector` first appears, as ms since navigation start, before any page script runs.
const firstRenderProbe = (selector) => {
  window.__firstRender = null;
  new MutationObserver((_, obs) => {
    if (document.querySelector(selector)) {
      window.__firstRender = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function firstRender(url, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(firstRenderProbe, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstRender !== null);
  const t = await page.evaluate(() => window.__firstRender);
  await context.close();
  return t;
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => quantile(xs, 0.5);

// Each load has a fresh context (cold caches). App and minimal page alternate, so that both see
// the same machine conditions; one unmeasured load of each warms the servers first.
await firstRender(appUrl, '[data-testid=coverage]');
await firstRender(minimalUrl, '#rendered');
const app = [];
const minimal = [];
for (let i = 0; i < LOADS; i++) {
  app.push(await firstRender(appUrl, '[data-testid=coverage]'));
  minimal.push(await firstRender(minimalUrl, '#rendered'));
}

// Input latency: from dispatching an input event to the coverage text changing.
const page = await browser.newPage();
await page.goto(appUrl);
await page.waitForSelector('[data-testid=coverage]');
const latencies = await page.evaluate(async (edits) => {
  const input = document.querySelector('#f-pricing-markup_rate');
  const out = [];
  for (let i = 0; i < edits; i++) {
    const coverage = document.querySelector('[data-testid=coverage]');
    const changed = new Promise((resolve) => {
      const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
      obs.observe(coverage, { childList: true, characterData: true, subtree: true });
    });
    input.value = String(5 + (i % 40));
    const t0 = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    out.push((await changed) - t0);
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return out;
}, EDITS);

// The years: an edit, then a pause; from the input event to the yearly table redrawn, less the
// pause the page waits for typing to stop (150 ms). And the one-year results' latency with the
// years on the page and redrawn between edits.
const years = await page.evaluate(async (edits) => {
  const input = document.querySelector('#f-pricing-markup_rate');
  const table = () => document.querySelector('#years');
  const out = { years: [], oneYear: [] };
  for (let i = 0; i < edits; i++) {
    const coverage = document.querySelector('[data-testid=coverage]');
    const section = table();
    const oneYear = new Promise((resolve) => {
      const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
      obs.observe(coverage, { childList: true, characterData: true, subtree: true });
    });
    const redrawn = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (!section.classList.contains('years--updating')) { obs.disconnect(); resolve(performance.now()); }
      });
      obs.observe(section, { attributes: true, childList: true, subtree: true });
    });
    input.value = String(6 + (i % 30));
    const t0 = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    out.oneYear.push((await Promise.race([oneYear, new Promise((r) => setTimeout(() => r(NaN), 1000))])) - t0);
    out.years.push((await redrawn) - t0 - 150);
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}, YEARS_EDITS);
await browser.close();

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`first complete render, median of ${LOADS} loads:`);
console.log(`  app            ${ms(median(app))}  (min ${ms(Math.min(...app))}, max ${ms(Math.max(...app))})`);
console.log(`  minimal Yew    ${ms(median(minimal))}  (min ${ms(Math.min(...minimal))}, max ${ms(Math.max(...minimal))})`);
console.log(`  ratio          ${(median(app) / median(minimal)).toFixed(2)} (budget 1.5)`);
console.log(`input to updated results over ${EDITS} edits: p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))} (budget p95 8 ms)`);
const yearsDone = years.years.filter((x) => !Number.isNaN(x));
console.log(`input to updated one-year results with the years redrawn between edits, over ${YEARS_EDITS} edits: p50 ${ms(quantile(years.oneYear, 0.5))}, p95 ${ms(quantile(years.oneYear, 0.95))}`);
console.log(`the years redrawn after an edit, less the 150 ms pause, over ${YEARS_EDITS} edits: p50 ${ms(quantile(yearsDone, 0.5))}, p95 ${ms(quantile(yearsDone, 0.95))}`);
