// Browser benchmarks, printed as a report: cold loads of the app and of a minimal Yew page side by
// side (median of LOADS fresh loads each, and under 4x CPU throttling): first contentful paint
// and whether the results were in it, when the page is alive, bytes before that and in all; a
// repeat visit with the cache warm; input-to-updated-results latency over EDITS edits,
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

// Records, as ms since navigation start and before any page script runs, when `selector` first
// appears (the results; the minimal page's text) and when the page is alive: the app marks
// <html> `pb-live` once it has replaced the page rendered at build time; the minimal page is
// alive when its text appears.
const loadProbe = ({ selector, live }) => {
  window.__shown = null;
  window.__painted = null;
  window.__live = null;
  const check = () => {
    const now = performance.now();
    if (window.__shown === null && document.querySelector(selector)) {
      window.__shown = now;
      // The first frame with it: a task queued from the frame's callback runs after its paint.
      requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
    }
    if (window.__live === null && (live ? document.documentElement.classList.contains(live) : window.__shown !== null)) {
      window.__live = now;
    }
    return window.__live !== null && window.__shown !== null;
  };
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
};

// One cold load in a fresh context (`throttle`: Chromium's CPU slowdown, 4 for a phone-like CPU):
// first contentful paint, when the results showed and whether they were in the first paint, when
// the page was alive, the bytes fetched before that and in all (the offline cache's worker
// fetches after the first render).
async function load(url, selector, live, throttle = 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Network.enable');
  const finished = [];
  cdp.on('Network.loadingFinished', (e) => finished.push(e.encodedDataLength));
  await page.addInitScript(loadProbe, { selector, live });
  await page.goto(url);
  await page.waitForFunction(() => window.__live !== null && window.__painted !== null);
  const bytesBefore = finished.reduce((a, b) => a + b, 0);
  const t = await page.evaluate(() => ({
    shown: window.__shown,
    painted: window.__painted,
    live: window.__live,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await page.waitForLoadState('networkidle');
  const bytesTotal = finished.reduce((a, b) => a + b, 0);
  await context.close();
  return { ...t, withResults: t.shown <= t.fcp, bytesBefore, bytesTotal };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => quantile(xs, 0.5);

// Each load has a fresh context (cold caches). App and minimal page alternate, so that both see
// the same machine conditions; one unmeasured load of each warms the servers first. Then the same
// under 4x CPU throttling (fewer loads: each takes longer).
const APP = [appUrl, '[data-testid=coverage]', 'pb-live'];
const MINIMAL = [minimalUrl, '#rendered', null];
await load(...APP);
await load(...MINIMAL);
const runs = {};
for (const [name, throttle, loads] of [['plain', 1, LOADS], ['throttled', 4, Math.max(3, Math.ceil(LOADS / 3))]]) {
  const app = [];
  const minimal = [];
  for (let i = 0; i < loads; i++) {
    app.push(await load(...APP, throttle));
    minimal.push(await load(...MINIMAL, throttle));
  }
  runs[name] = { app, minimal, loads };
}

// A repeat visit: the first visit's service worker and the browser's cache warm. Each load is a
// new tab in the same context: its first complete render, how many responses the worker served,
// and the bytes fetched past it.
const repeat = { times: [], bytes: [], served: [] };
{
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(appUrl);
  await first.waitForSelector('html.pb-live');
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
    await p.addInitScript(loadProbe, { selector: '[data-testid=coverage]', live: 'pb-live' });
    await p.goto(appUrl);
    await p.waitForFunction(() => window.__live !== null);
    repeat.times.push(await p.evaluate(() => window.__live));
    repeat.bytes.push(bytes);
    repeat.served.push(`${fromWorker.size} of ${responses}`);
    await p.close();
  }
  await context.close();
}

// Input latency: from dispatching an input event to the coverage text changing.
const page = await browser.newPage();
await page.goto(appUrl);
await page.waitForSelector('html.pb-live');
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
const kb = (x) => `${(x / 1000).toFixed(1)} KB`;
for (const [name, { app, minimal, loads }] of Object.entries(runs)) {
  const m = (xs, key) => median(xs.map((x) => x[key]));
  console.log(`${name === 'plain' ? 'cold loads' : 'cold loads under 4x CPU throttling'}, median of ${loads} each:`);
  console.log(`  first contentful paint   app ${ms(m(app, 'fcp'))} (the results in it: ${app.filter((x) => x.withResults).length} of ${loads}), minimal Yew ${ms(m(minimal, 'fcp'))}`);
  console.log(`  results painted          app ${ms(m(app, 'painted'))} (rendered at build time), minimal Yew's first render ${ms(m(minimal, 'painted'))}; ratio ${(m(app, 'painted') / m(minimal, 'painted')).toFixed(2)} (aim: below 1)`);
  console.log(`  interactive              app ${ms(m(app, 'live'))}, minimal Yew ${ms(m(minimal, 'live'))}; ratio ${(m(app, 'live') / m(minimal, 'live')).toFixed(2)} (aim: at most 1.5)`);
  console.log(`  bytes fetched            app ${kb(m(app, 'bytesBefore'))} before interactive, ${kb(m(app, 'bytesTotal'))} by the time the network is idle (the offline cache's worker fetches in its own context, apart); minimal Yew ${kb(m(minimal, 'bytesTotal'))} (served uncompressed)`);
}
console.log(`  repeat visit             interactive in ${ms(median(repeat.times))} (the service worker and the cache warm: ${repeat.served[0]} responses from the worker, which fetches only the page itself from the network; ${median(repeat.bytes).toLocaleString('en')} bytes fetched past it)`);
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
