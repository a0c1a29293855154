// Browser benchmarks, printed as a report: the first complete render of the app and of a minimal
// Yew page (median of LOADS fresh loads each), input-to-updated-results latency over EDITS edits,
// the simulation's draws (the model alone in wasm, from DRAWS_URL, and as the page runs them in
// slices), and typing while draws run.
// Usage: node benches/browser.mjs APP_URL MINIMAL_URL [LOADS] [EDITS] [DRAWS_URL]
import { chromium } from '@playwright/test';

const [appUrl, minimalUrl, loadsArg, editsArg, drawsUrl] = process.argv.slice(2);
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

// A repeat visit: the first visit's service worker and the browser's cache warm. Each load is a
// new tab in the same context: its first complete render, how many responses the worker served,
// and the bytes fetched past it.
const repeat = { times: [], bytes: [], served: [] };
{
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(appUrl);
  await first.waitForSelector('[data-testid=coverage]');
  await first.evaluate(async () => { await navigator.serviceWorker?.ready; });
  await first.close();
  for (let i = 0; i < LOADS; i++) {
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    const fromWorker = new Set();
    let bytes = 0;
    let responses = 0;
    cdp.on('Network.responseReceived', (e) => {
      responses += 1;
      if (e.response.fromServiceWorker) fromWorker.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => { if (!fromWorker.has(e.requestId)) bytes += e.encodedDataLength; });
    await p.addInitScript(firstRenderProbe, '[data-testid=coverage]');
    await p.goto(appUrl);
    await p.waitForFunction(() => window.__firstRender !== null);
    repeat.times.push(await p.evaluate(() => window.__firstRender));
    repeat.bytes.push(bytes);
    repeat.served.push(`${fromWorker.size} of ${responses}`);
    await p.close();
  }
  await context.close();
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

// The simulation as the page runs it: 10,000 draws of every estimate over its typical range, one
// year and three years, in slices between frames; from a new seed typed to the results shown, less
// the 150 ms pause for typing. Then typing into a field while 100,000 draws run.
const sim = await page.evaluate(async () => {
  const fold = document.querySelector('#simulation');
  fold.querySelector('summary').click();
  const until = (test) => new Promise((resolve) => {
    const check = () => (test() ? resolve(performance.now()) : requestAnimationFrame(check));
    check();
  });
  await until(() => fold.querySelector('.button-row button'));
  fold.querySelector('.button-row button').click();
  const basis = () => document.querySelector('[data-testid=simulation-based-on]');
  await until(() => basis());
  const seed = document.querySelector('#simulation-seed');
  const runs = [];
  for (let i = 0; i < 5; i++) {
    seed.value = String(100 + i);
    const t0 = performance.now();
    seed.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const t1 = await until(() => basis() && basis().textContent.includes(`startværdien ${100 + i}.`));
    runs.push(t1 - t0 - 150);
  }
  // 100,000 draws as the page runs them, then typing while they run (each edit starts them anew).
  const radios = [...fold.querySelectorAll('input[name=simulation-draws]')];
  let t0 = performance.now();
  radios[2].click();
  await until(() => basis() && basis().textContent.startsWith('100.000'));
  const hundredThousand = performance.now() - t0 - 150;
  const input = document.querySelector('#f-pricing-markup_rate');
  const typing = [];
  for (let i = 0; i < 60; i++) {
    const coverage = document.querySelector('[data-testid=coverage]');
    const changed = new Promise((resolve) => {
      const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
      obs.observe(coverage, { childList: true, characterData: true, subtree: true });
    });
    input.value = String(10 + (i % 20));
    const t = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    typing.push((await changed) - t);
    // Every third edit waits long enough for the draws to start again and be under way.
    await new Promise((r) => setTimeout(r, i % 3 === 2 ? 400 : 16));
  }
  return { runs, typing, hundredThousand };
});

await page.close();
let wasmDraws = null;
if (drawsUrl) {
  const p = await browser.newPage();
  await p.goto(drawsUrl);
  wasmDraws = await (await p.waitForSelector('#results', { timeout: 120_000 })).textContent();
}
await browser.close();

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`first complete render, median of ${LOADS} loads:`);
console.log(`  app            ${ms(median(app))}  (min ${ms(Math.min(...app))}, max ${ms(Math.max(...app))})`);
console.log(`  minimal Yew    ${ms(median(minimal))}  (min ${ms(Math.min(...minimal))}, max ${ms(Math.max(...minimal))})`);
console.log(`  ratio          ${(median(app) / median(minimal)).toFixed(2)} (budget 1.5)`);
console.log(`  repeat visit   ${ms(median(repeat.times))}  (the service worker and the cache warm: ${repeat.served[0]} responses from the worker, which fetches only the page itself from the network; ${median(repeat.bytes).toLocaleString('en')} bytes fetched past it)`);
console.log(`input to updated results over ${EDITS} edits: p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))} (budget p95 8 ms)`);
const yearsDone = years.years.filter((x) => !Number.isNaN(x));
console.log(`input to updated one-year results with the years redrawn between edits, over ${YEARS_EDITS} edits: p50 ${ms(quantile(years.oneYear, 0.5))}, p95 ${ms(quantile(years.oneYear, 0.95))}`);
console.log(`the years redrawn after an edit, less the 150 ms pause, over ${YEARS_EDITS} edits: p50 ${ms(quantile(yearsDone, 0.5))}, p95 ${ms(quantile(yearsDone, 0.95))}`);
if (wasmDraws) {
  console.log('the simulation in Chromium, the model alone in wasm (10,000 draws, every estimate over its typical range, median of 5):');
  for (const line of wasmDraws.trim().split('\n')) {
    const [name, t] = line.split(' ');
    const rate = 10000 / (Number(t) / 1000);
    console.log(`  ${name.padEnd(18)} ${ms(Number(t))}  (${Math.round(rate).toLocaleString('en')} draws/s)`);
  }
}
console.log(`the simulation as the page runs it (10,000 draws, one year and the years, in slices), seed typed to results shown less the 150 ms pause, 5 runs: p50 ${ms(quantile(sim.runs, 0.5))}, max ${ms(Math.max(...sim.runs))}`);
console.log(`the page's 100,000 draws, choice to results shown less the 150 ms pause: ${ms(sim.hundredThousand)}`);
console.log(`typing while 100,000 draws run (${sim.typing.length} edits): input to updated results p50 ${ms(quantile(sim.typing, 0.5))}, p95 ${ms(quantile(sim.typing, 0.95))}`);
